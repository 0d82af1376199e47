import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { flagFilter } from "../taxonomy/flag-filter.ts";

export const cataloguePartGrammar = defineGrammar({
  name: "AuctionCataloguePart",
  table: "auction_catalogue_parts",
  filters: {
    id: { kind: "id" },
    catalog: { kind: "id", column: "catalogId", description: "Catalogue id." },
    label: { kind: "text" },
    description: { kind: "text" },
    published: flagFilter((yes) => ({ published: yes }), "Published (1) or not (0)."),
    created: { kind: "date", column: "createdAt" },
    updated: { kind: "date", column: "updatedAt" },
  },
  sorts: { id: "id", weight: "weight", label: "label", catalog: "catalogId", created: "createdAt", updated: "updatedAt" },
  search: ["label", "description"],
  defaultSort: "weight",
});

/** The public list: only what a visitor may narrow by. */
export const publicCataloguePartGrammar = defineGrammar({
  name: "AuctionPublicCataloguePart",
  table: "auction_catalogue_parts",
  filters: {
    catalog: { kind: "id", column: "catalogId", description: "Catalogue id." },
    label: { kind: "text" },
  },
  sorts: { id: "id", weight: "weight", label: "label", catalog: "catalogId" },
  search: ["label", "description"],
  defaultSort: "weight",
});
