import { builder } from "../../../builder.ts";
import { AuctionLabel } from "../shared/types.ts";
import { consignmentFigures } from "./consignment-figures.ts";
import { CLIENT_NAME, clientLabel, consignmentLabel } from "./labels.ts";

export const CONSIGNMENT_STATUSES = ["active", "closed"] as const;
export const AuctionConsignmentStatus = builder.enumType("AuctionConsignmentStatus", { values: CONSIGNMENT_STATUSES });

export const AuctionConsignment = builder.prismaObject("AuctionConsignment", {
  description: "A consignment: the items one consignor brings to one sale, under a symbol.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.string({ description: "\"Consignment #<number>\".", select: { number: true }, resolve: (c) => consignmentLabel(c.number) }),
    number: t.exposeInt("number"),
    symbol: t.exposeString("symbol"),
    subSymbol: t.exposeString("subSymbol"),
    sale: t.field({ type: AuctionLabel, select: { sale: { select: { id: true, label: true } } }, resolve: (c) => c.sale }),
    owner: t.field({
      type: AuctionLabel, select: { owner: CLIENT_NAME },
      resolve: (c) => ({ id: c.owner.id, label: clientLabel(c.owner) }),
    }),
    consignorCommission: t.expose("consignorCommission", { type: "Money", description: "Percent of the hammer price the house keeps." }),
    paymentInstructions: t.exposeString("paymentInstructions"),
    itemCount: t.int({ description: "Items (withdrawn ones not counted).", resolve: async (c, _a, ctx) => (await consignmentFigures(ctx).load(c.id)).itemCount }),
    totalHammerPrice: t.field({
      type: "Money", description: "Hammer total of the sold items.",
      resolve: async (c, _a, ctx) => (await consignmentFigures(ctx).load(c.id)).totalHammerPrice,
    }),
    status: t.expose("status", { type: AuctionConsignmentStatus }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
