import { builder } from "../../../builder.ts";
import { AuctionStaffRef } from "../shared/types.ts";

export const AuctionSaleSession = builder.prismaObject("AuctionSaleSession", {
  description: "A session of a sale: its date, number, lot range and auctioneer.",
  fields: (t) => ({
    id: t.exposeID("id"),
    sale: t.id({ description: "The sale's id.", resolve: (s) => String(s.saleId) }),
    sessionDate: t.expose("sessionDate", { type: "DateTime" }),
    sessionNumber: t.exposeInt("sessionNumber"),
    itemRangeStart: t.exposeString("itemRangeStart", { description: "First lot of the session." }),
    itemRangeEnd: t.exposeString("itemRangeEnd", { description: "Last lot of the session." }),
    auctioneer: t.field({
      type: AuctionStaffRef, nullable: true,
      select: { auctioneer: { select: { id: true, name: true } } },
      resolve: (s) => s.auctioneer,
    }),
  }),
});
