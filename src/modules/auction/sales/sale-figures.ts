import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { ZERO, type Decimal } from "../shared/money.ts";

export type SaleFigures = { itemCount: number; totalEstimates: Decimal; totalHammerPrice: Decimal };

/**
 * Per-sale item figures for a whole page in one grouped query. Withdrawn items are no longer part of the sale and
 * count nowhere; the estimate total is the sum of the low estimates; the hammer total is that of the sold items.
 */
export const saleFigures = createContextCache((ctx: Context) => new DataLoader<number, SaleFigures>(async (ids) => {
  const rows = await ctx.db.auctionItem.groupBy({
    by: ["saleId", "status"],
    where: { saleId: { in: [...ids] }, status: { not: "withdrawn" } },
    _count: { _all: true },
    _sum: { estimateLow: true, hammerPrice: true },
  });
  const figures = new Map<number, SaleFigures>();
  for (const r of rows) {
    const f = figures.get(r.saleId) ?? { itemCount: 0, totalEstimates: ZERO, totalHammerPrice: ZERO };
    figures.set(r.saleId, {
      itemCount: f.itemCount + r._count._all,
      totalEstimates: f.totalEstimates.plus(r._sum.estimateLow ?? ZERO),
      totalHammerPrice: r.status === "sold" ? f.totalHammerPrice.plus(r._sum.hammerPrice ?? ZERO) : f.totalHammerPrice,
    });
  }
  return ids.map((id) => figures.get(id) ?? { itemCount: 0, totalEstimates: ZERO, totalHammerPrice: ZERO });
}));
