import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { REFERENCE_TYPES } from "./note.validation.ts";

/** notes: filter[reference] (the content id, the spec), its type, the author and dates; default -created. */
export const noteGrammar = defineGrammar({
  name: "AuctionNote",
  table: "auction_notes",
  filters: {
    id: { kind: "id" },
    reference: { kind: "id", column: "referenceId", description: "Content id" },
    reference_type: { kind: "enum", values: REFERENCE_TYPES, column: "referenceType" },
    user: { kind: "id", column: "userId", description: "Author" },
    note: { kind: "text" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: { id: "id", created: "createdAt" },
  search: ["note"],
  defaultSort: "-created",
});
