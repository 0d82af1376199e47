import { builder } from "../../../builder.ts";
import { ANY_POS } from "../permissions.ts";
import { PosUser } from "./user.type.ts";
import { USER_ADMINS } from "./user.queries.ts";
import { EmailModel, NameModel, PasswordModel, PhoneModel, RoleModel } from "./user.validation.ts";
import * as users from "./user.service.ts";

const CreatePosUserInput = builder.inputType("CreatePosUserInput", {
  fields: (t) => ({
    email: t.string({ required: true, description: "Unique over all tenants (409).", validate: EmailModel }),
    name: t.string({ required: true, validate: NameModel }),
    phone: t.string({ required: false, validate: PhoneModel.nullish() }),
    role: t.string({ required: true, description: "ADMIN, MANAGER or CASHIER (a MANAGER creates CASHIERs only).", validate: RoleModel }),
    storeId: t.string({ required: false, description: "A store of the tenant, or null for every store." }),
    password: t.string({ required: true, description: "8 to 128 characters.", validate: PasswordModel }),
  }),
});

const UpdatePosUserInput = builder.inputType("UpdatePosUserInput", {
  fields: (t) => ({
    name: t.string({ required: false, validate: NameModel.nullish() }),
    phone: t.string({ required: false, description: "null clears it.", validate: PhoneModel.nullish() }),
    role: t.string({ required: false, description: "ADMIN, MANAGER or CASHIER; a change retires the account's current access tokens.", validate: RoleModel.nullish() }),
    storeId: t.string({ required: false, description: "A store of the tenant; null: every store." }),
    isActive: t.boolean({ required: false, description: "false deactivates (ends sessions), true reactivates." }),
  }),
});

const UpdatePosProfileInput = builder.inputType("UpdatePosProfileInput", {
  fields: (t) => ({
    name: t.string({ required: false, validate: NameModel.nullish() }),
    phone: t.string({ required: false, description: "null clears it.", validate: PhoneModel.nullish() }),
  }),
});

const ResetPosUserPasswordInput = builder.inputType("ResetPosStaffPasswordInput", {
  fields: (t) => ({ newPassword: t.string({ required: true, description: "8 to 128 characters.", validate: PasswordModel }) }),
});

const byId = (ctx: Parameters<typeof users.findUser>[0], id: string, query: object) => users.findUser(ctx, id, query);

builder.mutationFields((t) => ({
  updatePosProfile: t.prismaField({
    description: "Update the caller's own name and phone (any signed-in account).",
    type: PosUser,
    authScopes: { role: ANY_POS },
    args: { input: t.arg({ type: UpdatePosProfileInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await users.updateProfile(ctx, input);
      return ctx.db.posUser.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  createPosUser: t.prismaField({
    description: "Create an account in the caller's tenant. 403: a MANAGER creating a non-cashier, or a SUPER_ADMIN; "
      + "404: a store of another tenant; 409: the e-mail is taken.",
    type: PosUser,
    authScopes: { role: USER_ADMINS },
    args: { input: t.arg({ type: CreatePosUserInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => byId(ctx, await users.createUser(ctx, input as users.CreateUserInput), query),
  }),
  updatePosUser: t.prismaField({
    description: "Update an account: only the given fields change. A MANAGER edits cashiers only (403); nobody changes "
      + "their own role or deactivates themselves (422); the tenant keeps an active admin (422).",
    type: PosUser,
    authScopes: { role: USER_ADMINS },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosUserInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => byId(ctx, await users.updateUser(ctx, String(id), input as users.UpdateUserInput), query),
  }),
  resetPosUserPassword: t.prismaField({
    description: "Set a new password for an account and end its sessions (a MANAGER: cashiers only).",
    type: PosUser,
    authScopes: { role: USER_ADMINS },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ResetPosUserPasswordInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => byId(ctx, await users.resetPassword(ctx, String(id), input), query),
  }),
  deactivatePosUser: t.prismaField({
    description: "Deactivate an account (reversible with restore): it cannot log in and its sessions end at once. "
      + "Not yourself, not the tenant's last active admin (422).",
    type: PosUser,
    authScopes: { role: USER_ADMINS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => byId(ctx, await users.deactivateUser(ctx, String(id)), query),
  }),
  restorePosUser: t.prismaField({
    description: "Reactivate a deactivated account.",
    type: PosUser,
    authScopes: { role: USER_ADMINS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => byId(ctx, await users.restoreUser(ctx, String(id)), query),
  }),
}));
