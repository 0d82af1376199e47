import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { callGrammar } from "./call.grammar.ts";

const CALL = "{ id client date notes user { id name } created }";

export const callRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/calls", operation: "Query.auctionCalls", grammar: callGrammar, select: `{ data ${CALL} count }`,
    summary: "List Calls: filter[client], filter[user], filter[date] (range), sort (default -date)." },
  { method: "POST", path: "/api/v1.0/calls", operation: "Mutation.createAuctionCall", status: 201, bodyArg: "input", envelope: "record", select: CALL,
    summary: "Create Call Log {client, date, notes} → 201 {data: [call]}; the caller is its user; unknown client 422." },
];
