import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { ZERO, type Decimal } from "../shared/money.ts";

export type ConsignmentFigures = { itemCount: number; totalHammerPrice: Decimal };

/** Item count (withdrawn items not counted) and hammer total of the sold items, for a page of consignments in one query. */
export const consignmentFigures = createContextCache((ctx: Context) => new DataLoader<number, ConsignmentFigures>(async (ids) => {
  const rows = await ctx.db.auctionItem.groupBy({
    by: ["consignmentId", "status"],
    where: { consignmentId: { in: [...ids] }, status: { not: "withdrawn" } },
    _count: { _all: true },
    _sum: { hammerPrice: true },
  });
  const figures = new Map<number, ConsignmentFigures>();
  for (const r of rows) {
    const f = figures.get(r.consignmentId!) ?? { itemCount: 0, totalHammerPrice: ZERO };
    figures.set(r.consignmentId!, {
      itemCount: f.itemCount + r._count._all,
      totalHammerPrice: r.status === "sold" ? f.totalHammerPrice.plus(r._sum.hammerPrice ?? ZERO) : f.totalHammerPrice,
    });
  }
  return ids.map((id) => figures.get(id) ?? { itemCount: 0, totalHammerPrice: ZERO });
}));
