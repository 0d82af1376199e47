import { builder } from "../../../builder.ts";
import { unauthenticated } from "../../../kernel/errors.ts";
import { ANY_PRINT_USER, userIdOf } from "../roles.ts";
import { PrintUser } from "../users/user.type.ts";

builder.queryFields((t) => ({
  printProfile: t.prismaField({
    description: "The calling account's profile.",
    type: PrintUser,
    authScopes: { role: ANY_PRINT_USER },
    resolve: async (query, _root, _args, ctx) => {
      const user = await ctx.db.printUser.findUnique({ ...query, where: { id: userIdOf(ctx) } });
      // a token outliving its deleted account is no longer a login
      if (!user) throw unauthenticated("Account no longer exists");
      return user;
    },
  }),
}));
