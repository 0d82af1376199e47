import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";
import type { StoreStats } from "./store.type.ts";
import { findStore, STOCK_ON_HAND_JOIN } from "./store.service.ts";

const DAY = 86_400_000;

/** Half-up integer division of non-negative cents. */
const average = (sum: number, count: number) => (count > 0 ? Math.floor((2 * sum + count) / (2 * count)) : 0);

/**
 * A store's dashboard in four statements (two sales aggregates, one stock aggregate, one transfer group): sales of
 * today (since 00:00 UTC) and the rolling last 30 days (voided sales excluded), stock units and value on hand, low
 * stock rows and open transfers both ways.
 */
export async function storeStats(ctx: Context, rawId: string): Promise<StoreStats> {
  const tenantId = tenantIdOf(ctx);
  const { id } = await findStore(ctx, rawId, { select: { id: true } });
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const since30 = new Date(now.getTime() - 30 * DAY);
  const sales = (from: Date) => ctx.db.posSale.aggregate({
    where: { tenantId, storeId: id, status: { not: "VOIDED" }, createdAt: { gte: from } },
    _count: { _all: true },
    _sum: { total: true, refundedTotal: true },
  });
  const [d, m, stockRows, transfers] = await Promise.all([
    sales(today),
    sales(since30),
    ctx.db.$queryRawUnsafe<{ units: bigint; value: bigint; low: bigint; products: bigint }[]>(
      `SELECT COALESCE(SUM(GREATEST(s.quantity, 0)), 0)::bigint AS units,
              COALESCE(SUM(GREATEST(s.quantity, 0)::bigint * COALESCE(v.cost, p.cost)), 0)::bigint AS value,
              COUNT(*) FILTER (WHERE s."lowStockThreshold" > 0 AND s.quantity <= s."lowStockThreshold")::bigint AS low,
              COUNT(*) FILTER (WHERE s.quantity > 0)::bigint AS products
       ${STOCK_ON_HAND_JOIN}`, tenantId, id),
    ctx.db.$queryRaw<{ incoming: bigint; outgoing: bigint }[]>`
      SELECT COUNT(*) FILTER (WHERE "toStoreId" = ${id}::uuid)::bigint AS incoming,
             COUNT(*) FILTER (WHERE "fromStoreId" = ${id}::uuid)::bigint AS outgoing
      FROM pos_transfers
      WHERE "tenantId" = ${tenantId}::uuid AND status IN ('PENDING', 'IN_TRANSIT')
        AND ("toStoreId" = ${id}::uuid OR "fromStoreId" = ${id}::uuid)`,
  ]);
  const period = (a: typeof d) => {
    const revenue = a._sum.total ?? 0;
    return { salesCount: a._count._all, revenue, refunded: a._sum.refundedTotal ?? 0, averageBasket: average(revenue, a._count._all) };
  };
  const s = stockRows[0]!;
  const t = transfers[0]!;
  return {
    storeId: id, generatedAt: now, today: period(d), last30Days: period(m),
    stock: { units: Number(s.units), value: Number(s.value), lowStockCount: Number(s.low), productCount: Number(s.products) },
    transfers: { incoming: Number(t.incoming), outgoing: Number(t.outgoing) },
  };
}
