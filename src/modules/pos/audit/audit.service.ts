import { z } from "zod";
import { timeRange } from "../shared/dates.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { invalid } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { paged } from "../shared/paging.ts";

type PlannedQuery = { select?: object; include?: object };
export type AuditFilter = {
  page?: number | null; limit?: number | null; search?: string | null;
  action?: string | null; entityType?: string | null; entityId?: string | null; userId?: string | null;
  from?: string | null; to?: string | null; tenantId?: string | null;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** `2024-05-01` or a full ISO timestamp (`2024-05-01T10:00:00Z`). */
export const IsoDate = z.string().trim().refine((v) => {
  if (!DATE_ONLY.test(v) && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v)) return false;
  return !Number.isNaN(new Date(DATE_ONLY.test(v) ? `${v}T00:00:00Z` : v).getTime());
}, "must be an ISO date (YYYY-MM-DD) or date-time");

/** A date-only `to` includes that whole day (UTC); a timestamp is inclusive as given. */
function bounds(from?: string | null, to?: string | null) {
  const range = timeRange(from, to);
  const end = range?.lt ?? range?.lte;
  if (range?.gte && end && range.gte.getTime() > end.getTime()) {
    throw invalid("Validation failed", { fields: [{ path: "from", message: "must not be after to" }] });
  }
  return range ? { createdAt: range } : {};
}

/**
 * One page of audit rows, newest first, in two statements (rows, count; the acting accounts are batched by the
 * type). `tenantId` scopes the rows: the caller's tenant for /audit, a filter (or everything) for /audit/all.
 */
export async function listAudit(ctx: Context, scope: { tenantId?: string }, filter: AuditFilter, query: PlannedQuery): Promise<OffsetPage> {
  const { page, limit, skip, take } = paged(filter);
  const search = filter.search?.trim();
  const contains = search ? { contains: search, mode: "insensitive" as const } : undefined;
  const where: Prisma.PosAuditLogWhereInput = {
    ...(scope.tenantId !== undefined ? { tenantId: scope.tenantId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.userId ? { userId: filter.userId.toLowerCase() } : {}),
    ...(contains ? { OR: [{ action: contains }, { entityType: contains }, { entityId: contains }] } : {}),
    ...bounds(filter.from, filter.to),
  };
  const [items, total] = await Promise.all([
    ctx.db.posAuditLog.findMany({ ...(query as { select?: object }), where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    ctx.db.posAuditLog.count({ where }),
  ]);
  return { items, total, page, limit };
}
