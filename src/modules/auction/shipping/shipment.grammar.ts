import { defineGrammar } from "../../../kernel/list/grammar.ts";

export const SHIPMENT_STATUSES = ["pending", "shipped", "delivered"] as const;

/** GET /shipments: the spec's order and status filters (plus id, tracking number, created); newest first. */
export const shipmentGrammar = defineGrammar({
  name: "AuctionShipment",
  table: "auction_shipments",
  filters: {
    id: { kind: "id" },
    order: { kind: "id", column: "orderId" },
    status: { kind: "enum", values: SHIPMENT_STATUSES },
    tracking_number: { kind: "exact" },
    shipping_method: { kind: "text" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: { id: "id", created: "createdAt", status: "status", order: "orderId", shipping_cost: "shippingCost" },
  search: ["trackingNumber", "shippingMethod"],
  defaultSort: "-created",
});
