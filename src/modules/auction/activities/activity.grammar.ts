import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { CONTENT_TYPES } from "./content.ts";

/** GET activities: the spec's filters (content, type, user) plus the content's type and date ranges. */
export const activityGrammar = defineGrammar({
  name: "AuctionActivity",
  table: "auction_activities",
  filters: {
    id: { kind: "id" },
    content: { kind: "id", column: "contentId", description: "The id of the item, order, client, ... the activity is about." },
    content_type: { kind: "enum", column: "contentType", values: CONTENT_TYPES },
    type: { kind: "exact", description: "Activity type id, e.g. status_change." },
    user: { kind: "id", column: "userId" },
    created: { kind: "date", column: "createdAt" },
    updated: { kind: "date", column: "updatedAt" },
  },
  sorts: { id: "id", created: "createdAt", updated: "updatedAt", type: "type", user: "userId" },
  search: ["message", "type"],
  defaultSort: "-updated",
});

/** GET activities-list (simplified): by user and by date (the day it was created). */
export const activityListGrammar = defineGrammar({
  name: "AuctionActivityListEntry",
  table: "auction_activities",
  filters: {
    user: { kind: "id", column: "userId" },
    date: { kind: "date", column: "createdAt" },
  },
  sorts: { id: "id", date: "createdAt", created: "createdAt" },
  search: ["message"],
  defaultSort: "-date",
});
