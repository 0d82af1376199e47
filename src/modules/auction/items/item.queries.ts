import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { idOf, missing } from "../shared/ids.ts";
import { STAFF } from "../roles.ts";
import { AuctionItem, AuctionPublicItem } from "./item.type.ts";
import { AuctionItemDimension } from "./item-dimension.ts";
import { AuctionItemHistory } from "./item-history.type.ts";
import { itemDimensionGrammar, itemGrammar, itemHistoryGrammar, itemListGrammar, itemLotGrammar, publicItemGrammar } from "./item.grammar.ts";
import { findItem, PUBLIC_ITEMS } from "./item.service.ts";

export const AuctionItemPage = dataPageType("AuctionItemPage", AuctionItem, "A page of items and how many match.");
const AuctionPublicItemPage = dataPageType("AuctionPublicItemPage", AuctionPublicItem, "A page of public items and how many match.");
const AuctionItemDimensionPage = dataPageType("AuctionItemDimensionPage", AuctionItemDimension, "Dimension rows and how many match.");
const AuctionItemHistoryPage = dataPageType("AuctionItemHistoryPage", AuctionItemHistory, "History entries and how many match.");

const itemArgs = listArgs(itemGrammar);
const itemListArgs = listArgs(itemListGrammar);
const publicArgs = listArgs(publicItemGrammar);
const lotArgs = listArgs(itemLotGrammar);
const dimensionArgs = listArgs(itemDimensionGrammar);
const historyArgs = listArgs(itemHistoryGrammar);

builder.queryFields((t) => ({
  auctionItems: t.field({
    description: "Items (datatable): typed filters (sale, consignment, category, status, lot, description, estimate and hammer "
      + "ranges, consignor symbol, winner), sort (lots numerically), page and global search.",
    type: AuctionItemPage,
    authScopes: { role: STAFF },
    args: itemArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: itemGrammar, args, model: ctx.db.auctionItem }),
  }),
  auctionItemsJson: t.field({
    description: "Items as flat JSON records (items-json): the datatable's filters, sorts and paging.",
    type: AuctionItemPage,
    authScopes: { role: STAFF },
    args: itemArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: itemGrammar, args, model: ctx.db.auctionItem }),
  }),
  auctionItemsList: t.field({
    description: "The simple item list (items-list): a sale's items in catalogue order, filtered by sale, status or id.",
    type: AuctionItemPage,
    authScopes: { role: STAFF },
    args: itemListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: itemListGrammar, args, model: ctx.db.auctionItem }),
  }),
  auctionItem: t.prismaField({
    description: "One item.",
    type: AuctionItem,
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findItem(ctx, String(id), query),
  }),
  auctionPublicItems: t.field({
    description: "Items of published or closed sales for the website (anonymous): no drafts, no withdrawn items, no reserve, winner or consignor.",
    type: AuctionPublicItemPage,
    args: publicArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: publicItemGrammar, args, model: ctx.db.auctionItem, base: PUBLIC_ITEMS }),
  }),
  auctionItemLots: t.field({
    description: "A sale's lots (id, lot, position) by position, the whole sale in one page (up to 5000).",
    type: AuctionItemPage,
    authScopes: { role: STAFF },
    args: { ...lotArgs(t), sale: t.arg.id({ required: true, description: "The sale." }) },
    resolve: async (_root, args, ctx, info) => {
      const saleId = idOf(String(args.sale), "Sale");
      if (!(await ctx.db.auctionSale.count({ where: { id: saleId } }))) throw missing("Sale", String(args.sale));
      return resolveDataPage({ ctx, info, grammar: itemLotGrammar, args, model: ctx.db.auctionItem, base: { saleId } });
    },
  }),
  auctionItemDimensions: t.field({
    description: "Dimension rows, e.g. of one item (filter item).",
    type: AuctionItemDimensionPage,
    authScopes: { role: STAFF },
    args: dimensionArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: itemDimensionGrammar, args, model: ctx.db.auctionItemDimension }),
  }),
  auctionItemHistories: t.field({
    description: "Item history (audit trail), newest first by default.",
    type: AuctionItemHistoryPage,
    authScopes: { role: STAFF },
    args: historyArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: itemHistoryGrammar, args, model: ctx.db.auctionItemHistory }),
  }),
}));
