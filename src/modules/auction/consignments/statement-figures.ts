import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { ZERO, type Decimal } from "../shared/money.ts";

/** The consignor's consignment in the statement's sale (the first one when several), by `${ownerId}:${saleId}`. */
export const statementConsignments = createContextCache((ctx: Context) => new DataLoader<string, number | null>(async (keys) => {
  const pairs = keys.map((k) => k.split(":").map(Number) as [number, number]);
  const rows = await ctx.db.auctionConsignment.findMany({
    where: { OR: pairs.map(([ownerId, saleId]) => ({ ownerId, saleId })) },
    select: { id: true, ownerId: true, saleId: true },
    orderBy: { id: "asc" },
  });
  const first = new Map<string, number>();
  for (const r of rows) if (!first.has(`${r.ownerId}:${r.saleId}`)) first.set(`${r.ownerId}:${r.saleId}`, r.id);
  return keys.map((k) => first.get(k) ?? null);
}));

/**
 * What the buyers have paid for a statement's items: the hammer prices of the items on the statement that sit on a
 * bidder invoice paid in full (amount due 0 or less, not canceled). Two queries for a whole page of statements.
 */
export const receivedFromBuyers = createContextCache((ctx: Context) => new DataLoader<number, Decimal>(async (orderIds) => {
  const lines = await ctx.db.auctionOrderLine.findMany({ where: { orderId: { in: [...orderIds] } }, select: { orderId: true, itemId: true } });
  const paid = lines.length ? await ctx.db.auctionOrderLine.groupBy({
    by: ["itemId"],
    where: { itemId: { in: [...new Set(lines.map((l) => l.itemId))] }, order: { type: "bidder", status: { not: "canceled" }, amountDue: { lte: 0 } } },
    _sum: { hammerPrice: true },
  }) : [];
  const byItem = new Map(paid.map((p) => [p.itemId, p._sum.hammerPrice ?? ZERO]));
  const totals = new Map<number, Decimal>();
  for (const l of lines) totals.set(l.orderId, (totals.get(l.orderId) ?? ZERO).plus(byItem.get(l.itemId) ?? ZERO));
  return orderIds.map((id) => totals.get(id) ?? ZERO);
}));
