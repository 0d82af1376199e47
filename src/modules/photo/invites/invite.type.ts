import { builder } from "../../../builder.ts";
import { PhotoInviteRegistrationStatus } from "../enums.ts";
import { registrationStatusLoader } from "./registration-status.loader.ts";

export const PhotoInvite = builder.prismaObject("PhotoInvite", {
  description: "An e-mail invitation to a project.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    email: t.exposeString("email"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    registrationStatus: t.field({
      type: PhotoInviteRegistrationStatus,
      description: "Derived from the invitee's account and membership, batched per request (no N+1).",
      select: { projectId: true, email: true, expiresAt: true },
      resolve: (invite, _args, ctx) => registrationStatusLoader(ctx).load(invite),
    }),
  }),
});
