import { defineGrammar, type SortField } from "../../../kernel/list/grammar.ts";
import { ITEM_STATUSES } from "./item-history.ts";

/** Lots sort by their leading number, then as text (2 < 10 < 10A < 11); items without a lot come last. */
const byLot: SortField = (direction) => [
  { lotNumber: { sort: direction, nulls: "last" } },
  { lot: { sort: direction, nulls: "last" } },
];
const nullsLast = (column: string): SortField => (direction) => ({ [column]: { sort: direction, nulls: "last" } });

const SORTS = {
  id: "id", lot: byLot, position: "position", sale: "saleId", hammer_price: nullsLast("hammerPrice"),
  estimate_low: nullsLast("estimateLow"), estimate_high: nullsLast("estimateHigh"), created: "createdAt", updated: "updatedAt",
};

/** datatable-items (and items-json): the spec's filters, plus winner, id and the timestamps. */
export const itemGrammar = defineGrammar({
  name: "AuctionItem",
  table: "auction_items",
  filters: {
    id: { kind: "id" },
    sale: { kind: "id", column: "saleId" },
    consignment: { kind: "id", column: "consignmentId" },
    category: { kind: "id", column: "categoryId" },
    status: { kind: "enum", values: ITEM_STATUSES },
    lot: { kind: "text" },
    description: { kind: "text" },
    estimate_low: { kind: "number" },
    estimate_high: { kind: "number" },
    hammer_price: { kind: "number" },
    consignor_symbol: {
      kind: "text",
      column: "consignment.symbol",
      regexSql: `SELECT i.id FROM auction_items i JOIN auction_consignments c ON c.id = i."consignmentId" WHERE c.symbol ~* $1`,
    },
    winner: { kind: "id", column: "winnerId" },
    created: { kind: "date", column: "createdAt" },
    updated: { kind: "date", column: "updatedAt" },
  },
  sorts: SORTS,
  search: ["lot", "description"],
  defaultSort: "sale,position",
});

/** items-list: the simple list (a sale's items in catalogue order). */
export const itemListGrammar = defineGrammar({
  name: "AuctionItemList",
  filters: {
    id: { kind: "id" },
    sale: { kind: "id", column: "saleId" },
    status: { kind: "enum", values: ITEM_STATUSES },
  },
  sorts: { id: "id", lot: byLot, position: "position", sale: "saleId" },
  defaultSort: "sale,position",
});

/** items-public: only what the website may filter on (never reserve, winner or consignor). */
export const publicItemGrammar = defineGrammar({
  name: "AuctionPublicItem",
  table: "auction_items",
  filters: {
    sale: { kind: "id", column: "saleId" },
    category: { kind: "id", column: "categoryId" },
    lot: { kind: "text" },
    description: { kind: "text" },
  },
  sorts: { id: "id", lot: byLot, position: "position", sale: "saleId", estimate_low: SORTS.estimate_low, estimate_high: SORTS.estimate_high },
  search: ["lot", "description"],
  defaultSort: "sale,position",
});

/** items-lots: a whole sale's lot list in one answer (small rows), ordered by position. */
export const itemLotGrammar = defineGrammar({
  name: "AuctionItemLot",
  table: "auction_items",
  filters: { id: { kind: "id" }, lot: { kind: "text" } },
  sorts: { id: "id", position: "position", lot: byLot },
  defaultSort: "position",
  defaultRange: 5000,
  maxRange: 5000,
});

export const itemDimensionGrammar = defineGrammar({
  name: "AuctionItemDimension",
  filters: { id: { kind: "id" }, item: { kind: "id", column: "itemId" } },
  sorts: { id: "id", item: "itemId" },
  defaultSort: "item",
});

/** items-histories: newest first by default. */
export const itemHistoryGrammar = defineGrammar({
  name: "AuctionItemHistory",
  filters: {
    id: { kind: "id" },
    item: { kind: "id", column: "itemId" },
    action: { kind: "exact" },
    user: { kind: "id", column: "userId" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: { id: "id", created: "createdAt", action: "action", item: "itemId" },
  defaultSort: "-created",
});
