import { builder } from "../../../builder.ts";

export type Dimensions = { length: string; width: string; height: string; unit: string };

export const AuctionShipmentDimensions = builder.objectRef<Dimensions>("AuctionShipmentDimensions").implement({
  description: "A parcel's size: three sides and their unit.",
  fields: (t) => ({
    length: t.exposeString("length"),
    width: t.exposeString("width"),
    height: t.exposeString("height"),
    unit: t.exposeString("unit"),
  }),
});

export const AuctionShipment = builder.prismaObject("AuctionShipment", {
  description: "A parcel sent for an order: which of its items, how, at what cost; an item ships at most once.",
  fields: (t) => ({
    id: t.exposeID("id"),
    order: t.exposeID("orderId", { description: "The order's id." }),
    items: t.idList({ description: "Item ids.", resolve: (s) => s.itemIds.map(String) }),
    shippingMethod: t.exposeString("shippingMethod"),
    trackingNumber: t.exposeString("trackingNumber"),
    shippingCost: t.field({ type: "Money", resolve: (s) => s.shippingCost }),
    weight: t.string({ nullable: true, description: "Kilograms.", resolve: (s) => s.weight?.toString() ?? null }),
    dimensions: t.field({ type: AuctionShipmentDimensions, nullable: true, resolve: (s) => s.dimensions as Dimensions | null }),
    status: t.exposeString("status", { description: "pending, shipped or delivered." }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
