import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { saleStats, type SaleStats } from "./sale-stats.service.ts";

const AuctionTopLot = builder.objectRef<NonNullable<SaleStats["topLot"]>>("AuctionTopLot").implement({
  description: "The sold item with the highest hammer price.",
  fields: (t) => ({
    id: t.id({ resolve: (l) => String(l.id) }),
    lot: t.exposeString("lot", { nullable: true }),
    hammerPrice: t.field({ type: "Money", resolve: (l) => l.hammerPrice }),
  }),
});

const AuctionSaleStats = builder.objectRef<SaleStats>("AuctionSaleStats").implement({
  description: "A sale's live statistics. Withdrawn items do not count; unsold = every other item not sold.",
  fields: (t) => ({
    saleId: t.id({ resolve: (s) => String(s.saleId) }),
    totalItems: t.exposeInt("totalItems"),
    soldItems: t.exposeInt("soldItems"),
    unsoldItems: t.exposeInt("unsoldItems"),
    sellThroughRate: t.exposeFloat("sellThroughRate", { description: "sold / total × 100, one decimal (0 without items)." }),
    totalHammerPrice: t.field({ type: "Money", resolve: (s) => s.totalHammerPrice }),
    totalEstimatesLow: t.field({ type: "Money", resolve: (s) => s.totalEstimatesLow }),
    totalEstimatesHigh: t.field({ type: "Money", resolve: (s) => s.totalEstimatesHigh }),
    performanceVsEstimate: t.exposeFloat("performanceVsEstimate", {
      nullable: true, description: "Hammer total / low-estimate total of the sold items × 100, one decimal; null without estimates.",
    }),
    totalBuyers: t.exposeInt("totalBuyers", { description: "Distinct winners of sold items." }),
    totalBidders: t.exposeInt("totalBidders", { description: "Clients registered to bid in the sale." }),
    onlineBidders: t.exposeInt("onlineBidders"),
    phoneBidders: t.exposeInt("phoneBidders"),
    floorBidders: t.exposeInt("floorBidders"),
    averageLotPrice: t.field({ type: "Money", nullable: true, description: "Hammer total / sold items; null when nothing sold.", resolve: (s) => s.averageLotPrice }),
    topLot: t.field({ type: AuctionTopLot, nullable: true, resolve: (s) => s.topLot }),
  }),
});

builder.queryFields((t) => ({
  auctionSaleStats: t.field({
    description: "Sale Statistics, computed live in the database; `refresh` is accepted for compatibility (always fresh).",
    type: AuctionSaleStats,
    authScopes: { role: STAFF },
    args: {
      saleId: t.arg.id({ required: true }),
      refresh: t.arg({ type: "Flag", required: false, description: "Force refresh (0 or 1): statistics are never cached, so both give live figures." }),
    },
    resolve: (_root, { saleId }, ctx) => saleStats(ctx, String(saleId)),
  }),
}));
