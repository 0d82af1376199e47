import { z } from "zod";
import { builder } from "../../../builder.ts";
import { SUPER_ADMIN } from "../permissions.ts";
import { PosBulkUserReport, PosHardDeletedUser, PosPlatformUser } from "./super-admin.type.ts";
import * as admin from "./super-admin.service.ts";

const Email = z.string().trim().max(254).email("must be a valid e-mail address").transform((v) => v.toLowerCase());
const Name = z.string().trim().min(1, "is required").max(120, "must be at most 120 characters");
const Password = z.string().min(8, "must be at least 8 characters").max(128, "must be at most 128 characters");
const BULK_ACTIONS = ["deactivate", "activate", "delete", "restore"] as const;

const CreatePosSuperAdminInput = builder.inputType("CreatePosSuperAdminInput", {
  fields: (t) => ({
    email: t.string({ required: true, description: "Unique over every account (409).", validate: Email }),
    name: t.string({ required: true, validate: Name }),
    password: t.string({ required: true, description: "8 to 128 characters.", validate: Password }),
  }),
});

const BulkPosUsersInput = builder.inputType("BulkPosUsersInput", {
  fields: (t) => ({
    action: t.string({ required: true, description: BULK_ACTIONS.join(", "), validate: z.enum(BULK_ACTIONS, { message: `must be one of ${BULK_ACTIONS.join(", ")}` }) }),
    userIds: t.stringList({ required: true, description: "1 to 100 account ids.", validate: z.array(z.string().trim().uuid("must be a UUID")).min(1, "must name at least one user").max(100, "must name at most 100 users") }),
  }),
});

const ResetPosUserPasswordInput = builder.inputType("ResetPosUserPasswordInput", {
  fields: (t) => ({ newPassword: t.string({ required: true, description: "8 to 128 characters.", validate: Password }) }),
});

const reload = (ctx: Parameters<typeof admin.findUser>[0], id: string, query: object) => admin.findUser(ctx, id, query);

builder.mutationFields((t) => ({
  createPosSuperAdmin: t.prismaField({
    description: "Create a SUPER_ADMIN account (e-mail unique: 409).",
    type: PosPlatformUser,
    authScopes: { role: SUPER_ADMIN },
    args: { input: t.arg({ type: CreatePosSuperAdminInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await admin.createSuperAdmin(ctx, input as { email: string; name: string; password: string });
      return reload(ctx, user.id, query);
    },
  }),
  deletePosPlatformUser: t.prismaField({
    description: "Soft-delete any account: deletedAt, inactive, its tokens and sessions revoked. 422 for your own account, the last super admin or an already deleted account.",
    type: PosPlatformUser,
    authScopes: { role: SUPER_ADMIN },
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { userId }, ctx) => reload(ctx, await admin.softDeleteUser(ctx, String(userId)), query),
  }),
  restorePosPlatformUser: t.prismaField({
    description: "Restore a soft-deleted (or deactivated) account: not deleted, active. 422 when it is neither.",
    type: PosPlatformUser,
    authScopes: { role: SUPER_ADMIN },
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { userId }, ctx) => reload(ctx, await admin.restoreUser(ctx, String(userId)), query),
  }),
  hardDeletePosPlatformUser: t.field({
    description: "Permanently delete an account (the audit log keeps its last state). 422 for your own account and the last super admin.",
    type: PosHardDeletedUser,
    authScopes: { role: SUPER_ADMIN },
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, { userId }, ctx) => admin.hardDeleteUser(ctx, String(userId)),
  }),
  bulkPosPlatformUsers: t.field({
    description: "deactivate / activate / delete (soft) / restore up to 100 accounts, reported per account (each in its own transaction); never your own account.",
    type: PosBulkUserReport,
    authScopes: { role: SUPER_ADMIN },
    args: { input: t.arg({ type: BulkPosUsersInput, required: true }) },
    resolve: (_root, { input }, ctx) => admin.bulkUsers(ctx, input.action as admin.BulkAction, input.userIds),
  }),
  resetPosPlatformUserPassword: t.prismaField({
    description: "Set any account's password: its older access tokens and every refresh token stop working.",
    type: PosPlatformUser,
    authScopes: { role: SUPER_ADMIN },
    args: { userId: t.arg.id({ required: true }), input: t.arg({ type: ResetPosUserPasswordInput, required: true }) },
    resolve: async (query, _root, { userId, input }, ctx) => reload(ctx, await admin.resetPassword(ctx, String(userId), input.newPassword), query),
  }),
}));
