import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionShipment } from "./shipment.type.ts";
import { shipmentGrammar } from "./shipment.grammar.ts";

export const AuctionShipmentPage = dataPageType("AuctionShipmentPage", AuctionShipment, "A page of shipments and how many match.");
const shipmentListArgs = listArgs(shipmentGrammar);

builder.queryFields((t) => ({
  auctionShipments: t.field({
    description: "Shipments (of an order, by status, ...): typed filters, sort (default newest first), page.",
    type: AuctionShipmentPage,
    authScopes: { role: STAFF },
    args: shipmentListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: shipmentGrammar, args, model: ctx.db.auctionShipment }),
  }),
}));
