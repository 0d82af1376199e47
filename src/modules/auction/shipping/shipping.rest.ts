import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { shipmentGrammar } from "./shipment.grammar.ts";
import { shippingAreaGrammar } from "./shipping-area.ts";

const SHIPMENT = `{ id order items shippingMethod trackingNumber shippingCost weight dimensions { length width height unit } status created }`;
const BOX = `{ id order boxNumber items weight dimensions created updated }`;

export const shippingRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/shipments", operation: "Query.auctionShipments", grammar: shipmentGrammar,
    select: `{ data ${SHIPMENT} count }`,
    summary: "List Shipments: filter[order], filter[status] (pending, shipped, delivered); sort (default -created)." },
  { method: "POST", path: "/api/v1.0/shipments", operation: "Mutation.createAuctionShipment", status: 201, bodyArg: "input", envelope: "record", select: SHIPMENT,
    summary: "Create Shipment {order, items, shipping_method, tracking_number, shipping_cost, weight, dimensions{length,width,height,unit}, status?} → 201 {data: [shipment]}. "
      + "Missing order/items/shipping_method: 400; unknown order, items not on the order, malformed values: 422; an item already in a shipment: 409." },
  { method: "GET", path: "/api/v1.0/shipping-areas", operation: "Query.auctionShippingAreas", grammar: shippingAreaGrammar,
    select: "{ data { id label description baseRate } count }",
    summary: "Shipping Areas: zones with description and base_rate; sort (default id), filter[label]." },
  { method: "POST", path: "/api/v1.0/shipping-box", operation: "Mutation.saveAuctionShippingBox", status: 201, bodyArg: "input", envelope: "record", select: BOX,
    summary: "Create or update a shipping box (upsert on order + box_number; 201 either way) → {data: [box]}. "
      + "Items must be on the order (422) and in no other box of it (409); dimensions like 30x20x15cm." },
];
