import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { AuctionShipment } from "./shipment.type.ts";
import { ItemIds, Length, LengthUnit, NonNegativeMoney, ShippingMethod, TrackingNumber, Weight } from "./shipping.validation.ts";
import { SHIPMENT_STATUSES } from "./shipment.grammar.ts";
import * as shipments from "./shipment.service.ts";

const AuctionShipmentStatusInput = builder.enumType("AuctionShipmentStatus", { values: SHIPMENT_STATUSES });

const AuctionShipmentDimensionsInput = builder.inputType("AuctionShipmentDimensionsInput", {
  fields: (t) => ({
    length: t.string({ validate: Length.nullish() }),
    width: t.string({ validate: Length.nullish() }),
    height: t.string({ validate: Length.nullish() }),
    unit: t.string({ description: "mm, cm, m or in.", validate: LengthUnit.nullish() }),
  }),
});

// every field optional in the schema: a missing required one is the spec's 400 naming it (the service decides)
const CreateAuctionShipmentInput = builder.inputType("CreateAuctionShipmentInput", {
  fields: (t) => ({
    order: t.id({ description: "The order shipped (required)." }),
    items: t.idList({ description: "Item ids of that order (required); each item ships once.", validate: ItemIds.nullish() }),
    shippingMethod: t.string({ description: "Carrier and service, e.g. FedEx Ground (required).", validate: ShippingMethod.nullish() }),
    trackingNumber: t.string({ validate: TrackingNumber.nullish() }),
    shippingCost: t.field({ type: "Money", description: "Default 0.00.", validate: NonNegativeMoney.nullish() }),
    weight: t.string({ description: "Kilograms, e.g. \"2.5\".", validate: Weight.nullish() }),
    dimensions: t.field({ type: AuctionShipmentDimensionsInput }),
    status: t.field({ type: AuctionShipmentStatusInput, description: "Default pending." }),
  }),
});

builder.mutationFields((t) => ({
  createAuctionShipment: t.prismaField({
    description: "Ship items of an order: they must be on the order (422) and in no other shipment (409).",
    type: AuctionShipment,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: CreateAuctionShipmentInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await shipments.createShipment(ctx, input as shipments.ShipmentInput);
      return ctx.db.auctionShipment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
