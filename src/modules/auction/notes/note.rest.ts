import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { noteGrammar } from "./note.grammar.ts";

const NOTE = "{ id reference referenceType note user { id name } created }";

export const noteRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/notes", operation: "Query.auctionNotes", grammar: noteGrammar, select: `{ data ${NOTE} count }`,
    summary: "List Notes: filter[reference] (content id), filter[reference_type] (item, order, client, sale, consignment, transaction, task), sort (default -created)." },
  { method: "POST", path: "/api/v1.0/notes", operation: "Mutation.createAuctionNote", status: 201, bodyArg: "input", envelope: "record", select: NOTE,
    summary: "Create Note {reference, note, reference_type (default item)} → 201 {data: [note]}; the record must exist (422)." },
];
