import { defineGrammar } from "../../../kernel/list/grammar.ts";

/** sale-sessions: filter by sale (the spec's one filter), id, date, auctioneer; in date then number order. */
export const sessionGrammar = defineGrammar({
  name: "AuctionSaleSession",
  filters: {
    id: { kind: "id" },
    sale: { kind: "id", column: "saleId" },
    session_date: { kind: "date", column: "sessionDate" },
    auctioneer: { kind: "id", column: "auctioneerId" },
  },
  sorts: { session_number: "sessionNumber", session_date: "sessionDate", id: "id" },
  defaultSort: "session_date,session_number",
});
