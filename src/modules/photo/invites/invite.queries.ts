import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { ownProject } from "../projects/project.service.ts";
import { PhotoInvite } from "./invite.type.ts";

builder.queryFields((t) => ({
  photoProjectInvites: t.prismaField({
    description: "Invites of one of the operator's projects, newest first, each with the invitee's registration status.",
    type: [PhotoInvite],
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await ownProject(ctx, id);
      return ctx.db.photoInvite.findMany({ ...query, where: { projectId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    },
  }),
}));
