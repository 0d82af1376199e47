import { z } from "zod";
import { builder } from "../../../builder.ts";
import { AuctionStaff } from "../staff/staff.type.ts";
import * as auth from "./auth.service.ts";

const AuctionAuthPayload = builder.objectRef<{ accessToken: string; userId: number }>("AuctionAuthPayload").implement({
  description: "A signed JWT (audience `auction`) for `Authorization: Bearer`, and who it belongs to.",
  fields: (t) => ({
    accessToken: t.exposeString("accessToken"),
    user: t.prismaField({
      type: AuctionStaff,
      resolve: (query, p, _args, ctx) => ctx.db.auctionStaff.findUniqueOrThrow({ ...query, where: { id: p.userId } }),
    }),
  }),
});

const LoginAuctionInput = builder.inputType("LoginAuctionInput", {
  fields: (t) => ({
    username: t.string({ required: true, description: "username or e-mail", validate: z.string().trim().min(1, "This field is required").max(200) }),
    password: t.string({ required: true, validate: z.string().min(1, "This field is required").max(200) }),
  }),
});

builder.mutationFields((t) => ({
  loginAuction: t.field({
    description: "Back-office authentication (bo_auth): the access token used by every other call.",
    type: AuctionAuthPayload,
    args: { input: t.arg({ type: LoginAuctionInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.login(ctx, input),
  }),
}));
