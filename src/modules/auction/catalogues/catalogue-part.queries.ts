import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionCataloguePart, AuctionPublicCataloguePart } from "./catalogue-part.type.ts";
import { cataloguePartGrammar, publicCataloguePartGrammar } from "./catalogue-part.grammar.ts";
import { PUBLIC_PARTS } from "./catalogue-part.service.ts";

const AuctionCataloguePartPage = dataPageType("AuctionCataloguePartPage", AuctionCataloguePart, "A page of catalogue parts and how many match.");
const AuctionPublicCataloguePartPage = dataPageType("AuctionPublicCataloguePartPage", AuctionPublicCataloguePart, "A page of public catalogue parts and how many match.");
const partListArgs = listArgs(cataloguePartGrammar);
const publicPartListArgs = listArgs(publicCataloguePartGrammar);

builder.queryFields((t) => ({
  auctionCatalogueParts: t.field({
    description: "Catalogue parts (published or not), e.g. of one catalogue ordered by weight.",
    type: AuctionCataloguePartPage,
    authScopes: { role: STAFF },
    args: partListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: cataloguePartGrammar, args, model: ctx.db.auctionCataloguePart }),
  }),
  // anonymous on purpose: the public catalogue (published parts of published or closed sales' catalogues only)
  auctionPublicCatalogueParts: t.field({
    description: "Publicly visible catalogue parts: published parts of catalogues used by a published or closed sale. No sign-in needed.",
    type: AuctionPublicCataloguePartPage,
    args: publicPartListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({
      ctx, info, grammar: publicCataloguePartGrammar, args, model: ctx.db.auctionCataloguePart, base: PUBLIC_PARTS as never,
    }),
  }),
}));
