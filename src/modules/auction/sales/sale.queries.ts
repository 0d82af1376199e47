import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionPublicSale, AuctionSale } from "./sale.type.ts";
import { publicSaleGrammar, saleGrammar } from "./sale.grammar.ts";
import { findSale } from "./sale.service.ts";

export const AuctionSalePage = dataPageType("AuctionSalePage", AuctionSale, "A page of sales and how many match.");
export const AuctionPublicSalePage = dataPageType("AuctionPublicSalePage", AuctionPublicSale, "A page of public sales and how many match.");
const saleListArgs = listArgs(saleGrammar);
const publicSaleListArgs = listArgs(publicSaleGrammar);

builder.queryFields((t) => ({
  auctionSales: t.field({
    description: "Sales (datatable): filter by status, sale date range, catalog, id; newest sale date first.",
    type: AuctionSalePage,
    authScopes: { role: STAFF },
    args: saleListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: saleGrammar, args, model: ctx.db.auctionSale }),
  }),
  auctionSale: t.prismaField({
    description: "One sale with its figures.",
    type: AuctionSale,
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findSale(ctx, String(id), query),
  }),
  auctionPublicSales: t.field({
    description: "Sales for the website (anonymous): published and closed ones only, public fields only; drafts never show.",
    type: AuctionPublicSalePage,
    args: publicSaleListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({
      ctx, info, grammar: publicSaleGrammar, args, model: ctx.db.auctionSale, base: { status: { in: ["published", "closed"] } },
    }),
  }),
}));
