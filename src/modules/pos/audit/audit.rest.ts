import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const AUDIT_ROW = "{ id tenantId action entityType entityId userId user { id name email } before after ip createdAt }";
const FILTERS = "?page &limit (≤100) &action &entityType &entityId &userId &from &to (YYYY-MM-DD = whole UTC day, or ISO date-time) &search (action/entity)";

export const auditRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/audit", operation: "Query.posAuditLogs", select: `{ items ${AUDIT_ROW} total page limit }`,
    summary: `Tenant audit logs (report:read), newest first: ${FILTERS}. SUPER_ADMIN accounts have no tenant (403): they use /audit/all.` },
  { method: "GET", path: "/api/v1/audit/all", operation: "Query.posAllAuditLogs", select: `{ items ${AUDIT_ROW} total page limit }`,
    summary: `Platform-wide audit logs (SUPER_ADMIN), newest first: ${FILTERS} &tenantId.` },
];
