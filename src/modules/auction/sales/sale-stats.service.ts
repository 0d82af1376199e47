import type { Context } from "../../../kernel/context.ts";
import { idOf, missing } from "../shared/ids.ts";
import { Decimal, ZERO } from "../shared/money.ts";

export type SaleStats = {
  saleId: number; totalItems: number; soldItems: number; unsoldItems: number; sellThroughRate: number;
  totalHammerPrice: Decimal; totalEstimatesLow: Decimal; totalEstimatesHigh: Decimal; performanceVsEstimate: number | null;
  totalBuyers: number; totalBidders: number; onlineBidders: number; phoneBidders: number; floorBidders: number;
  averageLotPrice: Decimal | null; topLot: { id: number; lot: string | null; hammerPrice: Decimal } | null;
};

/** a percentage with one decimal (80.0), from exact decimals */
const rate = (part: Decimal, whole: Decimal) => Number(part.times(100).dividedBy(whole).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1));

/**
 * A sale's statistics, computed by the database (aggregates and counts, never the item rows). Withdrawn items are
 * not part of the sale: total = sold + unsold (unsold, passed and not yet offered). Stats are always live, so
 * `refresh` has nothing to force.
 */
export async function saleStats(ctx: Context, rawId: string): Promise<SaleStats> {
  const saleId = idOf(rawId, "Sale");
  const db = ctx.db;
  const offered = { saleId, status: { not: "withdrawn" as const } };
  const sold = { saleId, status: "sold" as const };
  const [exists, all, soldAgg, buyers, bidders, top] = await Promise.all([
    db.auctionSale.count({ where: { id: saleId } }),
    db.auctionItem.aggregate({ where: offered, _count: { _all: true }, _sum: { estimateLow: true, estimateHigh: true } }),
    db.auctionItem.aggregate({ where: sold, _count: { _all: true }, _sum: { hammerPrice: true, estimateLow: true } }),
    db.$queryRaw<{ n: number }[]>`SELECT COUNT(DISTINCT "winnerId")::int AS n FROM auction_items WHERE "saleId" = ${saleId} AND status = 'sold'`,
    db.auctionSaleBidder.groupBy({ by: ["kind"], where: { saleId }, _count: { _all: true } }),
    db.auctionItem.findFirst({
      where: { ...sold, hammerPrice: { not: null } }, orderBy: [{ hammerPrice: "desc" }, { position: "asc" }],
      select: { id: true, lot: true, hammerPrice: true },
    }),
  ]);
  if (!exists) throw missing("Sale", rawId);
  const totalItems = all._count._all;
  const soldItems = soldAgg._count._all;
  const hammer = soldAgg._sum.hammerPrice ?? ZERO;
  const soldLow = soldAgg._sum.estimateLow ?? ZERO;
  const byKind = (kind: string) => bidders.find((b) => b.kind === kind)?._count._all ?? 0;
  return {
    saleId,
    totalItems,
    soldItems,
    unsoldItems: totalItems - soldItems,
    sellThroughRate: totalItems ? rate(new Decimal(soldItems), new Decimal(totalItems)) : 0,
    totalHammerPrice: hammer,
    totalEstimatesLow: all._sum.estimateLow ?? ZERO,
    totalEstimatesHigh: all._sum.estimateHigh ?? ZERO,
    performanceVsEstimate: soldLow.isZero() ? null : rate(hammer, soldLow),
    totalBuyers: buyers[0]?.n ?? 0,
    totalBidders: bidders.reduce((n, b) => n + b._count._all, 0),
    onlineBidders: byKind("online"),
    phoneBidders: byKind("phone"),
    floorBidders: byKind("floor"),
    averageLotPrice: soldItems ? hammer.dividedBy(soldItems).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : null,
    topLot: top && { id: top.id, lot: top.lot, hammerPrice: top.hammerPrice! },
  };
}
