import { defineGrammar } from "../../../kernel/list/grammar.ts";

/** consignments-underbids-inquiries: by sale and consignment (the spec's filters), consignor and status; in lot order. */
export const underbidGrammar = defineGrammar({
  name: "AuctionUnderbidInquiry",
  table: "auction_items",
  filters: {
    sale: { kind: "id", column: "saleId" },
    consignment: { kind: "id", column: "consignmentId" },
    owner: { kind: "id", column: "consignment.ownerId" },
    status: { kind: "enum", values: ["sold", "unsold", "passed"] },
    lot: { kind: "text" },
  },
  // items without a price come last either way
  sorts: {
    lot: "position", id: "id",
    hammer_price: (d) => ({ hammerPrice: { sort: d, nulls: "last" } }),
    reserve_price: (d) => ({ reservePrice: { sort: d, nulls: "last" } }),
  },
  search: ["description", "lot"],
  defaultSort: "lot",
});
