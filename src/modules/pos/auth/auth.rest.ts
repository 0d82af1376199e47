import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const SESSION_USER = "{ id email name role tenantId storeId permissions }";
const TOKENS = `{ accessToken refreshToken tokenType expiresIn refreshExpiresAt user ${SESSION_USER} }`;
export const PROFILE = "{ id email name phone role tenantId storeId isActive lastLoginAt createdAt updatedAt permissions tenant { id name } }";

export const authRoutes: RestRoute[] = [
  { method: "POST", path: "/api/auth/login", operation: "Mutation.posLogin", bodyArg: "input", select: TOKENS,
    summary: "Login {email, password} → {accessToken (15 min), refreshToken (7 days), tokenType, expiresIn, refreshExpiresAt, user}; 401 wrong credentials or deactivated account/tenant; 429 too many attempts" },
  { method: "POST", path: "/api/auth/refresh", operation: "Mutation.posRefresh", bodyArg: "input", select: TOKENS,
    summary: "Exchange {refreshToken} for a new token pair (rotation); a rotated token presented again revokes the whole session family (401)" },
  { method: "POST", path: "/api/auth/logout", operation: "Mutation.posLogout", bodyArg: "input", select: "{ revoked }",
    summary: "Revoke the current refresh token {refreshToken} → {revoked: true|false}" },
  { method: "POST", path: "/api/auth/logout-all", operation: "Mutation.posLogoutAll", select: "{ revoked }",
    summary: "Revoke all sessions of this account (refresh tokens and current access tokens) → {revoked: N}" },
  { method: "GET", path: "/api/auth/me", operation: "Query.posMe", select: PROFILE,
    summary: "The authenticated user's profile with permissions and tenant" },
  { method: "PATCH", path: "/api/auth/change-password", operation: "Mutation.changePosPassword", bodyArg: "input", select: TOKENS,
    summary: "Change password {currentPassword, newPassword} (422 wrong current password): revokes all active sessions and returns a fresh token pair" },
];
