import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const PLATFORM_USER = "{ id email name phone role tenantId tenant { id name } storeId isActive deletedAt lastLoginAt createdAt updatedAt }";
const STATS = `{ generatedAt tenants { total active } stores { total active }
  users { total active deleted byRole { superAdmin admin manager cashier } }
  sales { count revenue last30Days { count revenue } } products customers }`;
const SA = "SUPER_ADMIN only";

export const superAdminRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/super-admin/admins", operation: "Query.posSuperAdmins", select: `{ items ${PLATFORM_USER} total page limit }`,
    summary: `List super admins (${SA}): ?page &limit (≤100) &search (name/e-mail/phone); deleted ones not listed.` },
  { method: "POST", path: "/api/v1/super-admin/admins", operation: "Mutation.createPosSuperAdmin", status: 201, bodyArg: "input", select: PLATFORM_USER,
    summary: `Create super admin {email, name, password (8-128)} → 201 (${SA}); e-mail unique over every account (409).` },
  { method: "GET", path: "/api/v1/super-admin/stats", operation: "Query.posPlatformStats", select: STATS,
    summary: `Platform-wide statistics (${SA}): tenants, stores, users by role, sales count and revenue (totals of sales not voided) all time and last 30 days, products, customers.` },
  { method: "GET", path: "/api/v1/super-admin/users", operation: "Query.posPlatformUsers", select: `{ items ${PLATFORM_USER} total page limit }`,
    summary: `List all users, cross-tenant (${SA}): ?page &limit &search &tenantId &role &isActive &includeDeleted (default false); newest first, with tenant {id, name}.` },
  { method: "GET", path: "/api/v1/super-admin/users/:userId", operation: "Query.posPlatformUser", select: PLATFORM_USER,
    summary: `Get any user, deleted ones included (${SA}).` },
  { method: "DELETE", path: "/api/v1/super-admin/users/:userId", operation: "Mutation.deletePosPlatformUser", select: PLATFORM_USER,
    summary: `Soft-delete user (${SA}): deletedAt, inactive, tokens and refresh tokens revoked. 422 SELF, LAST_SUPER_ADMIN, ALREADY_DELETED.` },
  { method: "PATCH", path: "/api/v1/super-admin/users/:userId/restore", operation: "Mutation.restorePosPlatformUser", select: PLATFORM_USER,
    summary: `Restore user (${SA}): not deleted and active again. 422 NOT_DELETED when it is neither deleted nor deactivated.` },
  { method: "DELETE", path: "/api/v1/super-admin/users/:userId/hard", operation: "Mutation.hardDeletePosPlatformUser", select: "{ id email role tenantId deleted }",
    summary: `Hard-delete user (${SA}): permanent; the audit log keeps its last state. 422 SELF, LAST_SUPER_ADMIN.` },
  { method: "POST", path: "/api/v1/super-admin/users/bulk", operation: "Mutation.bulkPosPlatformUsers", bodyArg: "input",
    select: "{ action processed succeeded failed results { userId ok code error } }",
    summary: `Bulk user action (${SA}) {action: deactivate|activate|delete|restore, userIds: 1-100 UUIDs} → per-user report {processed, succeeded, failed, results: [{userId, ok, code?, error?}]}: each user in its own transaction, refusals (NOT_FOUND, SELF, wrong state, LAST_SUPER_ADMIN) do not undo the others; never your own account.` },
  { method: "POST", path: "/api/v1/super-admin/users/:userId/reset-password", operation: "Mutation.resetPosPlatformUserPassword", bodyArg: "input", select: PLATFORM_USER,
    summary: `Reset any password {newPassword (8-128)} (${SA}): older access tokens and every refresh token of the account stop working.` },
];
