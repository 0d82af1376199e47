import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { ROLES } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosUser, PosUserPage } from "./user.type.ts";
import { RoleModel, UuidModel } from "./user.validation.ts";
import { findUser, listUsers, type UserListArgs } from "./user.service.ts";

export const USER_ADMINS = ROLES("ADMIN", "MANAGER");

builder.queryFields((t) => ({
  posUsers: t.field({
    description: "The tenant's accounts, newest first: search over name and e-mail; filters role, isActive, storeId.",
    type: PosUserPage,
    authScopes: { role: USER_ADMINS },
    args: {
      ...pageArgs(t),
      role: t.arg.string({ required: false, description: "ADMIN, MANAGER or CASHIER.", validate: RoleModel.nullish() }),
      isActive: t.arg.boolean({ required: false }),
      storeId: t.arg.string({ required: false, validate: UuidModel.nullish() }),
    },
    resolve: (_root, args, ctx, info) => listUsers(ctx, args as UserListArgs, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posUser: t.prismaField({
    description: "One account of the tenant (404 for another tenant's).",
    type: PosUser,
    authScopes: { role: USER_ADMINS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findUser(ctx, String(id), query),
  }),
}));
