import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { AuctionShippingBox } from "./shipping-box.type.ts";
import { BoxDimensions, BoxNumber, ItemIds, Weight } from "./shipping.validation.ts";
import * as boxes from "./shipping-box.service.ts";

// every field optional in the schema: a missing required one is the spec's 400 naming it (the service decides)
const SaveAuctionShippingBoxInput = builder.inputType("SaveAuctionShippingBoxInput", {
  fields: (t) => ({
    order: t.id({ description: "The order packed (required)." }),
    items: t.idList({ description: "Item ids of that order (required); replaces the box's contents.", validate: ItemIds.nullish() }),
    boxNumber: t.string({ description: "The box's number within the order (required), e.g. \"1\".", validate: BoxNumber.nullish() }),
    weight: t.string({ description: "Kilograms, e.g. \"2.5\".", validate: Weight.nullish() }),
    dimensions: t.string({ description: "e.g. \"30x20x15cm\".", validate: BoxDimensions.nullish() }),
  }),
});

builder.mutationFields((t) => ({
  saveAuctionShippingBox: t.prismaField({
    description: "Create or update a shipping box of an order (one per box number): its items (on the order, in no other box), weight, size.",
    type: AuctionShippingBox,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: SaveAuctionShippingBoxInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await boxes.saveShippingBox(ctx, input as boxes.ShippingBoxInput);
      return ctx.db.auctionShippingBox.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
