import { z } from "zod";
import { builder } from "../../../builder.ts";
import { ANY_POS } from "../permissions.ts";
import { PasswordModel } from "../users/user.validation.ts";
import { PosAuthPayload, PosLogoutAllResult, PosLogoutResult } from "./auth.type.ts";
import * as auth from "./auth.service.ts";

const Secret = z.string().min(1, "is required").max(512, "is too long");

const PosLoginInput = builder.inputType("PosLoginInput", {
  fields: (t) => ({
    email: t.string({ required: true, validate: z.string().trim().min(1, "is required").max(254, "is too long") }),
    password: t.string({ required: true, validate: Secret }),
  }),
});
const PosRefreshInput = builder.inputType("PosRefreshInput", {
  fields: (t) => ({ refreshToken: t.string({ required: true, validate: Secret }) }),
});
const PosLogoutInput = builder.inputType("PosLogoutInput", {
  fields: (t) => ({ refreshToken: t.string({ required: true, validate: Secret }) }),
});
const ChangePosPasswordInput = builder.inputType("ChangePosPasswordInput", {
  fields: (t) => ({
    currentPassword: t.string({ required: true, validate: Secret }),
    newPassword: t.string({ required: true, description: "8 to 128 characters, different from the current one.", validate: PasswordModel }),
  }),
});

builder.mutationFields((t) => ({
  posLogin: t.field({
    description: "Log in with e-mail and password: an access token (15 min) and a refresh token (7 days). "
      + "401 for any wrong e-mail, password, deactivated account or tenant; 429 after too many attempts.",
    type: PosAuthPayload,
    args: { input: t.arg({ type: PosLoginInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.login(ctx, input),
  }),
  posRefresh: t.field({
    description: "Exchange a refresh token for a new token pair (the old refresh token is rotated out). "
      + "A token presented again after rotation revokes every session of its login (reuse detection) and answers 401.",
    type: PosAuthPayload,
    args: { input: t.arg({ type: PosRefreshInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.refresh(ctx, input),
  }),
  posLogout: t.field({
    description: "Revoke the caller's refresh token (this session). `revoked: false` when it was not a live token of the caller.",
    type: PosLogoutResult,
    authScopes: { role: ANY_POS },
    args: { input: t.arg({ type: PosLogoutInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.logout(ctx, input),
  }),
  posLogoutAll: t.field({
    description: "Revoke every session of the account: all refresh tokens, and access tokens issued so far stop working.",
    type: PosLogoutAllResult,
    authScopes: { role: ANY_POS },
    resolve: (_root, _args, ctx) => auth.logoutAll(ctx),
  }),
  changePosPassword: t.field({
    description: "Change the caller's password (422 when the current one is wrong). Revokes all active sessions and "
      + "returns a fresh token pair for this device.",
    type: PosAuthPayload,
    authScopes: { role: ANY_POS },
    args: { input: t.arg({ type: ChangePosPasswordInput, required: true }) },
    resolve: (_root, { input }, ctx) => auth.changePassword(ctx, input),
  }),
}));
