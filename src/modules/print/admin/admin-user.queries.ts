import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { ADMIN } from "../roles.ts";
import { PrintRole } from "../enums.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { PrintAdminUser, PrintAdminUserPage } from "./admin-user.type.ts";
import { DEFAULT_LIMIT, LimitModel, PageModel, SearchModel, IdModel } from "./admin.validation.ts";
import { listUsers } from "./admin-user.service.ts";

builder.queryFields((t) => ({
  printAdminUsers: t.field({
    description: "All accounts, newest first, one page at a time; optionally one role and a search over username, e-mail and phone.",
    type: PrintAdminUserPage,
    authScopes: { role: ADMIN },
    args: {
      page: t.arg.int({ defaultValue: 1, description: "1-indexed.", validate: PageModel.nullish() }),
      limit: t.arg.int({ defaultValue: DEFAULT_LIMIT, description: "Items per page, at most 100.", validate: LimitModel.nullish() }),
      role: t.arg({ type: PrintRole }),
      search: t.arg.string({ description: "Case-insensitive substring of username, e-mail or phone.", validate: SearchModel.nullish() }),
    },
    resolve: (_root, args, ctx, info) => {
      assertAdminAccess(ctx);
      return listUsers(ctx, args, queryFromInfo({ context: ctx, info, path: ["items"] }));
    },
  }),
  printAdminUser: t.prismaField({
    description: "One account in detail: profile, wallet, counts, latest orders, referral standing.",
    type: PrintAdminUser,
    authScopes: { role: ADMIN },
    args: { userId: t.arg.int({ required: true, validate: IdModel }) },
    resolve: async (query, _root, { userId }, ctx) => {
      assertAdminAccess(ctx);
      const user = await ctx.db.printUser.findUnique({ ...query, where: { id: userId } });
      if (!user) throw notFound("User");
      return user;
    },
  }),
}));
