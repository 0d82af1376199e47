import { defineGrammar } from "../../../kernel/list/grammar.ts";

export const JOB_STATES = ["queued", "processing", "success", "failure"] as const;

/** GET advancedqueue_item: a job by its item_id, or jobs by state, operation, entity type or creation date. */
export const queueGrammar = defineGrammar({
  name: "AuctionQueueItem",
  table: "auction_jobs",
  filters: {
    item_id: { kind: "id", column: "id" },
    state: { kind: "enum", values: JOB_STATES },
    operation: { kind: "exact" },
    entity_type: { kind: "exact", column: "entityType" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: { item_id: "id", created: "createdAt", processed: "processedAt", state: "state" },
  defaultSort: "-item_id",
});
