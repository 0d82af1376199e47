import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { itemDimensionGrammar, itemGrammar, itemHistoryGrammar, itemListGrammar, itemLotGrammar, publicItemGrammar } from "./item.grammar.ts";

export const ITEM = `{ id label lot description sale { id label } consignment { id symbol subSymbol } category { id label }
  estimateLow estimateHigh reservePrice hammerPrice status winner { id label bidderNumber } images { id url thumbnail }
  dimensions { height width depth } created updated }`;
const JSON_ITEM = `{ id label lot position description estimateLow estimateHigh reservePrice hammerPrice status
  sale { id label } category { id label } consignment { id symbol subSymbol } dimensions { height width depth } created updated }`;
const PUBLIC_ITEM = `{ id label lot position description sale { id label } category { id label } estimateLow estimateHigh
  hammerPrice status images { id url thumbnail } dimensions { height width depth } }`;
const DIMENSION = `{ id item height width depth weight unit }`;
const BULK = `{ success operation itemsProcessed }`;

export const itemRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/datatable-items", operation: "Query.auctionItems", grammar: itemGrammar,
    select: `{ data ${ITEM} count }`,
    summary: "List Items (DataTable): filter[sale|consignment|category|status|lot|description|estimate_low|estimate_high|hammer_price|consignor_symbol|winner|id], sort (lot sorts numerically: 2 < 10 < 10A), range, page, fields, global_search." },
  { method: "GET", path: "/api/v1.0/datatable-items/:id", operation: "Query.auctionItem", envelope: "record", select: ITEM,
    summary: "Get Single Item → {data: [item]}; 404 when it does not exist." },
  { method: "GET", path: "/api/v1.0/items-list", operation: "Query.auctionItemsList", grammar: itemListGrammar,
    select: `{ data { id label lot status hammerPrice } count }`,
    summary: "Items List (Simple): filter[sale], filter[status], range, page; catalogue order." },
  { method: "GET", path: "/api/v1.0/items-json", operation: "Query.auctionItemsJson", grammar: itemGrammar,
    select: `{ data ${JSON_ITEM} count }`,
    summary: "Items JSON: flat item records; filter[sale] (and the datatable's filters), fields=id,lot,description,... ." },
  { method: "GET", path: "/api/v1.0/items-public", operation: "Query.auctionPublicItems", grammar: publicItemGrammar,
    select: `{ data ${PUBLIC_ITEM} count }`,
    summary: "Items Public (no token): items of published or closed sales, withdrawn ones hidden; no reserve, winner or consignor data. filter[sale|category|lot|description], range, sort." },
  { method: "GET", path: "/api/v1.0/items-lots", operation: "Query.auctionItemLots", grammar: itemLotGrammar,
    select: `{ data { id lot position } count }`,
    summary: "Items Lots: ?sale= (required: 400) → the sale's [{id, lot, position}] by position." },
  { method: "POST", path: "/api/v1.0/items-bulk", operation: "Mutation.bulkUpdateAuctionItems", bodyArg: "input", envelope: "object", select: BULK,
    summary: "Items Bulk Operations, all or nothing: update_status {items, values: {status}} (sold needs hammer price and winner; sold items cannot be withdrawn: 422), update_field {items, field, value} (category, description, estimate_low, estimate_high, reserve_price, consignment), delete {items} (not items on an order: 422). Unknown items: 422. → {data: {success, operation, items_processed}}." },
  { method: "PATCH", path: "/api/v1.0/items-bulk-edit", operation: "Mutation.bulkEditAuctionItemLots", bodyArg: "input", envelope: "object",
    select: `{ success itemsProcessed }`,
    summary: "Items Bulk Edit (Lot Numbers): {items: [{id, lot}]}, all or nothing; lots unique per sale (409), locked lots 422 → {data: {success, items_processed}}." },
  { method: "POST", path: "/api/v1.0/item-clone-or-move", operation: "Mutation.cloneOrMoveAuctionItems", bodyArg: "input", envelope: "object",
    select: `{ success operation itemsProcessed newItemIds }`,
    summary: "Clone or Move Items: {items, operation: move|clone, target_sale, target_consignment} → {data: {success, operation, items_processed, new_item_ids}}; sold items or items on orders cannot move (422)." },
  { method: "GET", path: "/api/v1.0/item-dimensions", operation: "Query.auctionItemDimensions", grammar: itemDimensionGrammar,
    select: `{ data ${DIMENSION} count }`,
    summary: "Item Dimensions: filter[item] → dimension rows (height, width, depth in unit; weight in kg)." },
  { method: "PATCH", path: "/api/v1.0/item-dimensions/:dimensionId", operation: "Mutation.updateAuctionItemDimension", bodyArg: "input", envelope: "record", select: DIMENSION,
    summary: "Update Item Dimensions {height, width, depth, weight, unit} → {data: [dimension]}; 404 for an unknown row." },
  { method: "GET", path: "/api/v1.0/items-histories", operation: "Query.auctionItemHistories", grammar: itemHistoryGrammar,
    select: `{ data { id item action oldValue newValue user { id name } created details } count }`,
    summary: "Items Histories: filter[item], filter[action], sort (default -created)." },
  { method: "DELETE", path: "/api/v1.0/delete-winning-bid/:itemId", operation: "Mutation.deleteAuctionWinningBid", envelope: "object",
    select: `{ success itemId previousWinner previousHammerPrice }`,
    summary: "Delete Winning Bid → 200 {data: {success, item_id, previous_winner, previous_hammer_price}}; 422 without a winning bid or while the item is on an open order." },
  { method: "GET", path: "/api/v1.0/invoke-function/save_single_lot_number", operation: "Mutation.saveAuctionSingleLotNumber", envelope: "object",
    select: `{ success itemId lot }`,
    summary: "Save Single Lot Number: params[0]=sale, params[1]=position, params[2]=lot, params[3]=force (0|1) → {data: {success, item_id, lot}}; taken lot 409 unless forced; locked lots 422." },
];
