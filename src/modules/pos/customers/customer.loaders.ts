import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

export type CustomerTotals = { salesCount: number; salesTotal: number; refundedTotal: number; lastSaleAt: Date | null };

/** Live customers per group, for a whole list of groups in one grouped query. */
export const groupCustomerCounts = createContextCache((ctx: Context) => new DataLoader<string, number>(async (ids) => {
  const rows = await ctx.db.posCustomer.groupBy({
    by: ["groupId"],
    where: { tenantId: tenantIdOf(ctx), deletedAt: null, groupId: { in: [...ids] } },
    _count: { _all: true },
  });
  const counts = new Map(rows.map((r) => [r.groupId, r._count._all]));
  return ids.map((id) => counts.get(id) ?? 0);
}));

/**
 * Sales totals per customer (voided sales excluded), for a whole page of customers in one grouped query:
 * salesTotal is net of returns (Σ total − Σ refunded).
 */
export const customerSalesTotals = createContextCache((ctx: Context) => new DataLoader<string, CustomerTotals>(async (ids) => {
  const rows = await ctx.db.posSale.groupBy({
    by: ["customerId"],
    where: { tenantId: tenantIdOf(ctx), customerId: { in: [...ids] }, status: { not: "VOIDED" } },
    _count: { _all: true },
    _sum: { total: true, refundedTotal: true },
    _max: { createdAt: true },
  });
  const totals = new Map(rows.map((r) => [r.customerId, {
    salesCount: r._count._all,
    salesTotal: (r._sum.total ?? 0) - (r._sum.refundedTotal ?? 0),
    refundedTotal: r._sum.refundedTotal ?? 0,
    lastSaleAt: r._max.createdAt ?? null,
  }]));
  return ids.map((id) => totals.get(id) ?? { salesCount: 0, salesTotal: 0, refundedTotal: 0, lastSaleAt: null });
}));
