import type { Context } from "../../../kernel/context.ts";
import { forbidden, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import type { PhotoPurchaseStatus } from "../../../../generated/prisma/enums.ts";
import { operatorIdOf } from "../roles.ts";
import { DEFAULT_LIMIT } from "./purchase.validation.ts";
import { offsetOf, type OffsetPage } from "../../../kernel/pagination.ts";

export type PurchaseFilter = { projectId?: string | null; status?: PhotoPurchaseStatus | null; page?: number | null; limit?: number | null };
type PlannedQuery = { select?: object; include?: object };

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * One page of the operator's purchases plus the total: two statements, whatever the page size (the nested
 * project/user/downloads come from the planned query, batched by Prisma). A projectId of another operator
 * simply matches nothing.
 */
export async function listPurchases(ctx: Context, filter: PurchaseFilter, query: PlannedQuery): Promise<OffsetPage> {
  const page = filter.page ?? 1;
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const where = {
    project: scoped("operatorId", operatorIdOf(ctx), {}),
    ...(filter.projectId ? { projectId: filter.projectId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const [items, total] = await Promise.all([
    ctx.db.photoPurchase.findMany({ ...query, where, orderBy: newestFirst, ...offsetOf(page, limit) }),
    ctx.db.photoPurchase.count({ where }),
  ]);
  return { items, total, page, limit };
}

/**
 * The documented exception to "another owner's row is not found": a purchase of another operator's project is
 * 403 (spec: GET /v1/purchases/:id), an unknown id 404.
 */
export async function assertPurchaseAccess(ctx: Context, id: string) {
  const purchase = await ctx.db.photoPurchase.findUnique({ where: { id }, select: { project: { select: { operatorId: true } } } });
  if (!purchase) throw notFound("Purchase");
  if (purchase.project.operatorId !== operatorIdOf(ctx)) throw forbidden("This purchase belongs to another operator's project");
}
