import { builder } from "../../../builder.ts";

export const AuctionShippingBox = builder.prismaObject("AuctionShippingBox", {
  description: "A numbered box packed for an order: its items, weight and size.",
  fields: (t) => ({
    id: t.exposeID("id"),
    order: t.exposeID("orderId", { description: "The order's id." }),
    boxNumber: t.exposeString("boxNumber"),
    items: t.idList({ description: "Item ids.", resolve: (b) => b.itemIds.map(String) }),
    weight: t.string({ nullable: true, description: "Kilograms.", resolve: (b) => b.weight?.toString() ?? null }),
    dimensions: t.exposeString("dimensions", { description: "e.g. 30x20x15cm" }),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
