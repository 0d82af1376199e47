import { builder } from "../../../builder.ts";
import { unauthenticated } from "../../../kernel/errors.ts";
import { ANY_POS } from "../permissions.ts";
import { userIdOf } from "../shared/tenancy.ts";
import { PosUser } from "../users/user.type.ts";

builder.queryFields((t) => ({
  posMe: t.prismaField({
    description: "The signed-in account: profile, role, permissions and tenant (null for platform accounts).",
    type: PosUser,
    authScopes: { role: ANY_POS },
    resolve: async (query, _root, _args, ctx) => {
      const user = await ctx.db.posUser.findUnique({ ...query, where: { id: userIdOf(ctx) } });
      if (!user) throw unauthenticated();
      return user;
    },
  }),
}));
