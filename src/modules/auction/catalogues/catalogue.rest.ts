import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { cataloguePartGrammar, publicCataloguePartGrammar } from "./catalogue-part.grammar.ts";

const PART = "{ id catalog label description weight published created updated }";

export const catalogueRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/catalogue-parts", operation: "Query.auctionCatalogueParts", grammar: cataloguePartGrammar,
    select: `{ data ${PART} count }`,
    summary: "Catalogue Parts: filter[catalog], filter[published], filter[label], sort (default weight) → {data: [part], count}." },
  { method: "POST", path: "/api/v1.0/catalogue-parts", operation: "Mutation.createAuctionCataloguePart", status: 201, bodyArg: "input", envelope: "record", select: PART,
    summary: "Create Catalogue Part {catalog, label, description, weight, published}: label/catalog missing 400, unknown catalog 422 → 201 {data: [part]}." },
  { method: "PATCH", path: "/api/v1.0/catalogue-parts/:id", operation: "Mutation.updateAuctionCataloguePart", bodyArg: "input", envelope: "record", select: PART,
    summary: "Update Catalogue Part: only the given fields change (label, description, weight, published, catalog)." },
  { method: "DELETE", path: "/api/v1.0/catalogue-parts/:id", operation: "Mutation.deleteAuctionCataloguePart", status: 204, select: "{ id }",
    summary: "Delete Catalogue Part → 204; 404 when it does not exist." },
  { method: "GET", path: "/api/v1.0/catalogue-parts-public", operation: "Query.auctionPublicCatalogueParts", grammar: publicCataloguePartGrammar,
    select: "{ data { id catalog label description weight } count }",
    summary: "Catalogue Parts Public (no sign-in): published parts of catalogues of published or closed sales; filter[catalog], sort (default weight)." },
];
