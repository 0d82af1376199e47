import { builder } from "../../../builder.ts";
import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";

/** GET /shipping-areas: the house's shipping zones, in id order unless sorted otherwise. */
export const shippingAreaGrammar = defineGrammar({
  name: "AuctionShippingArea",
  table: "auction_shipping_areas",
  filters: {
    id: { kind: "id" },
    label: { kind: "text" },
    base_rate: { kind: "number", column: "baseRate" },
  },
  sorts: { id: "id", label: "label", base_rate: "baseRate" },
  search: ["label", "description"],
  defaultSort: "id",
});

export const AuctionShippingArea = builder.prismaObject("AuctionShippingArea", {
  description: "A shipping zone and its base rate.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    description: t.exposeString("description"),
    baseRate: t.field({ type: "Money", resolve: (a) => a.baseRate }),
  }),
});

const AuctionShippingAreaPage = dataPageType("AuctionShippingAreaPage", AuctionShippingArea, "A page of shipping areas and how many match.");
const areaListArgs = listArgs(shippingAreaGrammar);

builder.queryFields((t) => ({
  auctionShippingAreas: t.field({
    description: "Available shipping areas/zones with their base rates.",
    type: AuctionShippingAreaPage,
    authScopes: { role: STAFF },
    args: areaListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: shippingAreaGrammar, args, model: ctx.db.auctionShippingArea }),
  }),
}));
