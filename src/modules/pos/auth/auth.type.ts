import { builder } from "../../../builder.ts";
import type { AuthPayload, SessionUser } from "./sessions.ts";

export const PosSessionUser = builder.objectRef<SessionUser>("PosSessionUser").implement({
  description: "The signed-in account as the login answer carries it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    role: t.exposeString("role", { description: "SUPER_ADMIN, ADMIN, MANAGER or CASHIER." }),
    tenantId: t.exposeID("tenantId", { nullable: true }),
    storeId: t.exposeID("storeId", { nullable: true }),
    permissions: t.exposeStringList("permissions"),
  }),
});

export const PosAuthPayload = builder.objectRef<AuthPayload>("PosAuthPayload").implement({
  description: "A token pair: send `accessToken` as `Authorization: Bearer …`; exchange `refreshToken` at /auth/refresh before it expires.",
  fields: (t) => ({
    accessToken: t.exposeString("accessToken", { description: "JWT, valid `expiresIn` seconds (15 minutes)." }),
    refreshToken: t.exposeString("refreshToken", { description: "Opaque, single use (each refresh rotates it), valid 7 days." }),
    tokenType: t.exposeString("tokenType"),
    expiresIn: t.exposeInt("expiresIn", { description: "Seconds until the access token expires." }),
    refreshExpiresAt: t.expose("refreshExpiresAt", { type: "DateTime" }),
    user: t.expose("user", { type: PosSessionUser }),
  }),
});

export const PosLogoutResult = builder.objectRef<{ revoked: boolean }>("PosLogoutResult").implement({
  fields: (t) => ({ revoked: t.exposeBoolean("revoked", { description: "Whether a live refresh token of the caller was revoked." }) }),
});

export const PosLogoutAllResult = builder.objectRef<{ revoked: number }>("PosLogoutAllResult").implement({
  fields: (t) => ({ revoked: t.exposeInt("revoked", { description: "How many refresh tokens (sessions) were revoked." }) }),
});
