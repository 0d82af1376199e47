import { defineGrammar } from "../../../kernel/list/grammar.ts";

/** control-list-consigner: consignors (clients) with a consignment in filter[sale] (required); by name. */
export const controlListGrammar = defineGrammar({
  name: "AuctionConsignerControl",
  table: "auction_clients",
  filters: {
    sale: { kind: "id", where: (c) => ({ consignments: { some: { saleId: c } } }) },
    consignor: { kind: "id", column: "id" },
    customer_number: { kind: "text", column: "customerNumber" },
  },
  sorts: { consignor: (d) => [{ lastName: d }, { firstName: d }], customer_number: "customerNumber", id: "id" },
  search: ["lastName", "firstName", "customerNumber", "email"],
  defaultSort: "consignor",
});
