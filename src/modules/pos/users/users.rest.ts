import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const USER_FIELDS = "id email name phone role tenantId storeId isActive lastLoginAt createdAt updatedAt";
const USER = `{ ${USER_FIELDS} }`;

export const usersRoutes: RestRoute[] = [
  { method: "PATCH", path: "/api/v1/users/me", operation: "Mutation.updatePosProfile", bodyArg: "input", select: `{ ${USER_FIELDS} permissions }`,
    summary: "Update own profile {name, phone} (any authenticated account)" },
  { method: "GET", path: "/api/v1/users", operation: "Query.posUsers", select: `{ items ${USER} total page limit }`,
    summary: "List the tenant's users: page, limit, search (name/e-mail), role, isActive, storeId" },
  { method: "POST", path: "/api/v1/users", operation: "Mutation.createPosUser", status: 201, bodyArg: "input", select: USER,
    summary: "Create user {email, name, phone?, role, storeId?, password} → 201; managers create cashiers only (403); e-mail taken 409" },
  { method: "GET", path: "/api/v1/users/:id", operation: "Query.posUser", select: USER,
    summary: "Get user detail (404 for another tenant's user)" },
  { method: "PATCH", path: "/api/v1/users/:id", operation: "Mutation.updatePosUser", bodyArg: "input", select: USER,
    summary: "Update user {name, phone, role, storeId, isActive}; managers edit cashiers only (403); own role/deactivation and last admin 422" },
  { method: "POST", path: "/api/v1/users/:id/reset-password", operation: "Mutation.resetPosUserPassword", bodyArg: "input", select: USER,
    summary: "Reset a user's password {newPassword}: ends all of the user's sessions" },
  { method: "DELETE", path: "/api/v1/users/:id", operation: "Mutation.deactivatePosUser", select: USER,
    summary: "Deactivate user (reversible; sessions end); not yourself or the last admin (422)" },
  { method: "PATCH", path: "/api/v1/users/:id/restore", operation: "Mutation.restorePosUser", select: USER,
    summary: "Reactivate a deactivated user" },
];
