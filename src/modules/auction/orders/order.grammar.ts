import { defineGrammar } from "../../../kernel/list/grammar.ts";

export const ORDER_TYPES = ["bidder", "consignor", "credit_note", "transport_invoice"] as const;
export const ORDER_STATUSES = ["new", "in_process", "finished", "locked", "canceled"] as const;

type Condition = { equals?: unknown; in?: unknown[]; contains?: unknown };

/** bidder_ids is a text[] column: a value matches when the order carries that bidder number (any of them for IN). */
function hasBidder(c: Condition) {
  if (c.in) return { bidderIds: { hasSome: c.in } };
  return { bidderIds: { has: c.equals ?? c.contains } };
}

/** GET /orders: the spec's filters (amounts and weights as from/to ranges), plus id and the timestamps. */
export const orderGrammar = defineGrammar({
  name: "AuctionOrder",
  table: "auction_orders",
  filters: {
    id: { kind: "id" },
    type: { kind: "enum", values: ORDER_TYPES },
    status: { kind: "enum", values: ORDER_STATUSES },
    sale: { kind: "id", column: "saleId" },
    owner: { kind: "id", column: "ownerId" },
    order_id: { kind: "id", column: "orderNumber", description: "The order/invoice number (exact, IN or a range)." },
    customer_number: { kind: "exact", column: "owner.customerNumber", description: "The owner's customer number (C12345)." },
    total_invoice: { kind: "number", column: "grandTotal" },
    payment_received: { kind: "number", column: "paymentReceived" },
    amount_due: { kind: "number", column: "amountDue" },
    bidder_ids: { kind: "exact", where: hasBidder as never, description: "A bidder number the order carries." },
    payment_type_letter: { kind: "exact", column: "paymentType.letter" },
    sale_name: {
      kind: "text",
      where: (c) => ({ sale: { label: c } }),
      regexSql: `SELECT o.id FROM auction_orders o JOIN auction_sales s ON s.id = o."saleId" WHERE s.label ~* $1`,
    },
    shipping_weight: { kind: "number", column: "shippingWeight", description: "Kilograms." },
    created: { kind: "date", column: "createdAt" },
    changed: { kind: "date", column: "changedAt" },
  },
  sorts: {
    id: "id", order_id: "orderNumber", created: "createdAt", changed: "changedAt", grand_total: "grandTotal",
    total_invoice: "grandTotal", amount_due: "amountDue", payment_received: "paymentReceived", status: "status", type: "type",
    shipping_weight: "shippingWeight",
  },
  search: ["owner.firstName", "owner.lastName", "owner.email", "owner.customerNumber", "sale.label"],
  defaultSort: "-order_id",
});
