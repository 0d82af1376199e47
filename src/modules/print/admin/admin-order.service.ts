import type { Context } from "../../../kernel/context.ts";
import { offsetOf, type OffsetPage } from "../../../kernel/pagination.ts";
import type { PrintPaymentStatus } from "../../../../generated/prisma/enums.ts";
import { DEFAULT_LIMIT } from "./admin.validation.ts";

export type OrderFilter = { status?: PrintPaymentStatus | null; page?: number | null; limit?: number | null };
type PlannedQuery = { select?: object; include?: object };

/** One page of every customer's payment orders, newest first, plus the total (two statements). */
export async function listOrders(ctx: Context, filter: OrderFilter, query: PlannedQuery): Promise<OffsetPage> {
  const page = filter.page ?? 1;
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const where = filter.status ? { status: filter.status } : {};
  const [items, total] = await Promise.all([
    ctx.db.printPaymentOrder.findMany({ ...query, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...offsetOf(page, limit) }),
    ctx.db.printPaymentOrder.count({ where }),
  ]);
  return { items, total, page, limit };
}
