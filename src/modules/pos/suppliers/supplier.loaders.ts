import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

export type SupplierPurchaseTotals = {
  orderCount: number; openOrderCount: number; totalOrdered: number; totalReceived: number; totalPaid: number; lastOrderAt: Date | null;
};
const OPEN = new Set(["ORDERED", "PARTIALLY_RECEIVED"]);

/**
 * Purchase order totals per supplier, for a whole page of suppliers in one grouped query. Cancelled orders do not
 * count as ordered or received; what was paid on them still counts as paid.
 */
export const supplierPurchaseTotals = createContextCache((ctx: Context) => new DataLoader<string, SupplierPurchaseTotals>(async (ids) => {
  const rows = await ctx.db.posPurchaseOrder.groupBy({
    by: ["supplierId", "status"],
    where: { tenantId: tenantIdOf(ctx), supplierId: { in: [...ids] } },
    _count: { _all: true },
    _sum: { total: true, receivedTotal: true, paidTotal: true },
    _max: { createdAt: true },
  });
  const totals = new Map<string, SupplierPurchaseTotals>();
  for (const r of rows) {
    const t = totals.get(r.supplierId) ?? { orderCount: 0, openOrderCount: 0, totalOrdered: 0, totalReceived: 0, totalPaid: 0, lastOrderAt: null };
    const cancelled = r.status === "CANCELLED";
    if (!cancelled) {
      t.orderCount += r._count._all;
      t.totalOrdered += r._sum.total ?? 0;
      t.totalReceived += r._sum.receivedTotal ?? 0;
    }
    if (OPEN.has(r.status)) t.openOrderCount += r._count._all;
    t.totalPaid += r._sum.paidTotal ?? 0;
    const last = r._max.createdAt;
    if (last && (!t.lastOrderAt || last > t.lastOrderAt)) t.lastOrderAt = last;
    totals.set(r.supplierId, t);
  }
  return ids.map((id) => totals.get(id) ?? { orderCount: 0, openOrderCount: 0, totalOrdered: 0, totalReceived: 0, totalPaid: 0, lastOrderAt: null });
}));
