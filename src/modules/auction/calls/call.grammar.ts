import { defineGrammar } from "../../../kernel/list/grammar.ts";

/** calls: filter[client] (the spec), plus who logged it and when; default -date. */
export const callGrammar = defineGrammar({
  name: "AuctionCall",
  table: "auction_calls",
  filters: {
    id: { kind: "id" },
    client: { kind: "id", column: "clientId", description: "Client id" },
    user: { kind: "id", column: "userId", description: "Staff member who logged the call" },
    date: { kind: "date" },
    created: { kind: "date", column: "createdAt" },
    notes: { kind: "text" },
  },
  sorts: { id: "id", date: "date", created: "createdAt" },
  search: ["notes"],
  defaultSort: "-date",
});
