import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { queueGrammar } from "./queue.grammar.ts";

export const queueRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/advancedqueue_item", operation: "Query.auctionQueueItems", grammar: queueGrammar,
    select: `{ data { itemId queue operation entityType ids state attempts message result created processed } count }`,
    summary: "Get Queue Item: filter[item_id] (also filter[state], filter[operation], filter[entity_type]) → {data: [{item_id, queue, operation, entity_type, ids, state, attempts, message, result, created, processed}], count}." },
  { method: "POST", path: "/api/v1.0/bulk-dispatcher", operation: "Mutation.dispatchAuctionBulk", status: 202, bodyArg: "input", envelope: "object",
    select: `{ itemId state operation entityType count }`,
    summary: "Bulk Dispatcher {operation, entity_type, ids}: print_labels (item) | export_csv (item, client, order) | recalculate_totals (order) → 202 "
      + "{data: {item_id, state: queued, operation, entity_type, count}}; unknown operation/entity: 400; 1–1000 existing ids (422). Follow with advancedqueue_item." },
];
