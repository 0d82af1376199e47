import { z } from "zod";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { SUPER_ADMIN } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosPlatformStats, PosPlatformUser, PosPlatformUserPage } from "./super-admin.type.ts";
import { findUser, listUsers, platformStats, type UserFilter } from "./super-admin.service.ts";

export const ROLE_NAMES = ["SUPER_ADMIN", "ADMIN", "MANAGER", "CASHIER"] as const;

builder.queryFields((t) => ({
  posSuperAdmins: t.field({
    description: "The platform's SUPER_ADMIN accounts (not deleted), newest first; search over name, e-mail and phone.",
    type: PosPlatformUserPage,
    authScopes: { role: SUPER_ADMIN },
    args: pageArgs(t),
    resolve: (_root, args, ctx, info) =>
      listUsers(ctx, args as UserFilter, queryFromInfo({ context: ctx, info, path: ["items"] }), { role: "SUPER_ADMIN" }),
  }),
  posPlatformStats: t.field({
    description: "Platform-wide figures: tenants, stores, users by role, sales and revenue (all time and last 30 days), products, customers.",
    type: PosPlatformStats,
    authScopes: { role: SUPER_ADMIN },
    resolve: (_root, _args, ctx) => platformStats(ctx),
  }),
  posPlatformUsers: t.field({
    description: "Every tenant's accounts (and the platform's), newest first, with their tenant.",
    type: PosPlatformUserPage,
    authScopes: { role: SUPER_ADMIN },
    args: {
      ...pageArgs(t),
      tenantId: t.arg.string({ required: false, description: "Only this tenant's accounts.", validate: z.string().trim().uuid("must be a UUID").nullish() }),
      role: t.arg.string({ required: false, description: ROLE_NAMES.join(", "), validate: z.enum(ROLE_NAMES, { message: `must be one of ${ROLE_NAMES.join(", ")}` }).nullish() }),
      isActive: t.arg.boolean({ required: false }),
      includeDeleted: t.arg.boolean({ required: false, defaultValue: false, description: "Include soft-deleted accounts." }),
    },
    resolve: (_root, args, ctx, info) => listUsers(ctx, args as UserFilter, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posPlatformUser: t.prismaField({
    description: "Any account by id, deleted ones included.",
    type: PosPlatformUser,
    authScopes: { role: SUPER_ADMIN },
    args: { userId: t.arg.id({ required: true }) },
    resolve: (query, _root, { userId }, ctx) => findUser(ctx, String(userId), query),
  }),
}));
