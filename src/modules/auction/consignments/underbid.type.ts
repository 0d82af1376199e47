import { builder } from "../../../builder.ts";
import { AuctionLabel } from "../shared/types.ts";
import { CLIENT_NAME, clientLabel, consignmentLabel } from "./labels.ts";

/** Why an item is on the underbids list. */
export const reasonOf = (i: { status: string; hammerPrice: unknown }) => (i.status === "sold" ? "below_reserve" : i.status);

/** A consigned item that did not sell, or sold under its reserve: what the consignor may be asked about. */
export const AuctionUnderbidInquiry = builder.prismaObject("AuctionItem", {
  variant: "AuctionUnderbidInquiry",
  description: "A consigned item that went unsold or passed, or sold below its reserve price.",
  fields: (t) => ({
    id: t.exposeID("id"),
    lot: t.exposeString("lot", { nullable: true }),
    description: t.exposeString("description"),
    status: t.string({ description: "The item's status: unsold, passed or sold.", resolve: (i) => i.status }),
    reason: t.string({ description: "unsold, passed or below_reserve.", resolve: (i) => reasonOf(i) }),
    sale: t.field({ type: AuctionLabel, select: { sale: { select: { id: true, label: true } } }, resolve: (i) => i.sale }),
    consignment: t.field({
      type: AuctionLabel, nullable: true,
      select: { consignment: { select: { id: true, number: true } } },
      resolve: (i) => i.consignment && { id: i.consignment.id, label: consignmentLabel(i.consignment.number) },
    }),
    consignor: t.field({
      type: AuctionLabel, nullable: true,
      select: { consignment: { select: { owner: CLIENT_NAME } } },
      resolve: (i) => i.consignment && { id: i.consignment.owner.id, label: clientLabel(i.consignment.owner) },
    }),
    reservePrice: t.expose("reservePrice", { type: "Money", nullable: true }),
    hammerPrice: t.expose("hammerPrice", { type: "Money", nullable: true, description: "The highest bid recorded (the hammer price), if any." }),
    estimateLow: t.expose("estimateLow", { type: "Money", nullable: true }),
    estimateHigh: t.expose("estimateHigh", { type: "Money", nullable: true }),
    shortfall: t.field({
      type: "Money", nullable: true, description: "Reserve less the highest bid, when both are known.",
      resolve: (i) => (i.reservePrice && i.hammerPrice && i.hammerPrice.lessThan(i.reservePrice) ? i.reservePrice.minus(i.hammerPrice) : null),
    }),
  }),
});
