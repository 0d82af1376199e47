import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { CONSIGNMENT_STATUSES } from "./consignment.type.ts";

/** datatable-consignments: the spec's filters (sale, symbol, owner, status) plus id; newest first. */
export const consignmentGrammar = defineGrammar({
  name: "AuctionConsignment",
  table: "auction_consignments",
  filters: {
    id: { kind: "id" },
    sale: { kind: "id", column: "saleId" },
    owner: { kind: "id", column: "ownerId" },
    symbol: { kind: "text" },
    status: { kind: "enum", values: CONSIGNMENT_STATUSES },
  },
  sorts: { symbol: (d) => [{ symbol: d }, { subSymbol: d }], number: "number", created: "createdAt", id: "id" },
  search: ["symbol", "owner.lastName", "owner.firstName", "owner.customerNumber"],
  defaultSort: "-created",
});
