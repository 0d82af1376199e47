import { defineGrammar } from "../../../kernel/list/grammar.ts";

const ORDER_STATUSES = ["new", "in_process", "finished", "locked", "canceled"] as const;

/** datatable-consignment-statements: sale, owner, status (IN for several at once), customer_number (regex), consignment. */
export const statementGrammar = defineGrammar({
  name: "AuctionConsignmentStatement",
  table: "auction_orders",
  filters: {
    id: { kind: "id" },
    sale: { kind: "id", column: "saleId" },
    owner: { kind: "id", column: "ownerId" },
    status: { kind: "enum", values: ORDER_STATUSES },
    customer_number: {
      kind: "text", column: "owner.customerNumber",
      regexSql: `SELECT o.id FROM auction_orders o JOIN auction_clients c ON c.id = o."ownerId" WHERE o.type = 'consignor' AND c."customerNumber" ~* $1`,
    },
    consignment: { kind: "id", where: (c) => ({ lines: { some: { item: { consignmentId: c } } } }) },
    order_id: { kind: "number", column: "orderNumber" },
  },
  sorts: {
    order_id: "orderNumber", customer_number: "owner.customerNumber", consignor: (d) => [{ owner: { lastName: d } }, { owner: { firstName: d } }],
    status: "status", total: "grandTotal", created: "createdAt", id: "id",
  },
  search: ["owner.lastName", "owner.firstName", "owner.customerNumber", "owner.email"],
  defaultSort: "-order_id",
});
