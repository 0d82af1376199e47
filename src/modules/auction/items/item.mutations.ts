import { z } from "zod";
import { builder } from "../../../builder.ts";
import { CATALOGUE } from "../roles.ts";
import { AuctionItemDimension, updateDimension, type DimensionInput } from "./item-dimension.ts";
import { bulkItems, type BulkInput } from "./item-bulk.service.ts";
import { bulkEditLots, saveSingleLot } from "./item-lots.service.ts";
import { cloneOrMove, type CloneOrMoveInput } from "./item-move.service.ts";
import { deleteWinningBid } from "./item.service.ts";
import { BulkOperation, ItemIds, ItemStatusValue, LotValue, Measure, Unit, Weight } from "./item.validation.ts";

type Bulk = { success: boolean; operation: string; itemsProcessed: number; newItemIds?: number[] };
const AuctionItemsBulkResult = builder.objectRef<Bulk>("AuctionItemsBulkResult").implement({
  description: "The outcome of a bulk item operation (all items or none were changed).",
  fields: (t) => ({
    success: t.exposeBoolean("success"),
    operation: t.exposeString("operation"),
    itemsProcessed: t.exposeInt("itemsProcessed"),
    newItemIds: t.idList({ description: "clone: the new items; move: the moved items (they keep their ids).", resolve: (r) => (r.newItemIds ?? []).map(String) }),
  }),
});

type Removed = Awaited<ReturnType<typeof deleteWinningBid>>;
const AuctionWinningBidRemoved = builder.objectRef<Removed>("AuctionWinningBidRemoved").implement({
  fields: (t) => ({
    success: t.boolean({ resolve: () => true }),
    itemId: t.id({ resolve: (r) => String(r.itemId) }),
    previousWinner: t.string({ nullable: true, description: "The paddle (bidder) number that had won.", resolve: (r) => r.previousWinner }),
    previousHammerPrice: t.field({ type: "Money", nullable: true, resolve: (r) => r.previousHammerPrice }),
  }),
});

const AuctionSingleLotSaved = builder.objectRef<{ itemId: number; lot: string | null }>("AuctionSingleLotSaved").implement({
  fields: (t) => ({
    success: t.boolean({ resolve: () => true }),
    itemId: t.id({ resolve: (r) => String(r.itemId) }),
    lot: t.exposeString("lot", { nullable: true }),
  }),
});

const BulkValues = builder.inputType("AuctionItemsBulkValues", {
  fields: (t) => ({ status: t.string({ description: "update_status: the new status.", validate: ItemStatusValue.nullish() }) }),
});
const BulkAuctionItemsInput = builder.inputType("BulkAuctionItemsInput", {
  fields: (t) => ({
    operation: t.string({ required: true, description: "update_status | update_field | delete", validate: BulkOperation }),
    items: t.idList({ required: true, validate: ItemIds }),
    values: t.field({ type: BulkValues, description: "update_status: `{status}`." }),
    field: t.string({ description: "update_field: category, description, estimate_low, estimate_high, reserve_price or consignment." }),
    value: t.field({ type: "JSON", description: "update_field: the new value (an id, text or amount; null clears)." }),
  }),
});

const LotEdit = builder.inputType("AuctionItemLotEdit", {
  fields: (t) => ({
    id: t.id({ required: true }),
    lot: t.string({ description: "The new lot; empty or null clears it.", validate: LotValue.nullish() }),
  }),
});
const BulkEditAuctionItemLotsInput = builder.inputType("BulkEditAuctionItemLotsInput", {
  fields: (t) => ({ items: t.field({ type: [LotEdit], required: true, validate: ItemIds }) }),
});

const CloneOrMoveAuctionItemsInput = builder.inputType("CloneOrMoveAuctionItemsInput", {
  fields: (t) => ({
    items: t.idList({ required: true, validate: ItemIds }),
    operation: t.string({ required: true, description: "move | clone", validate: z.enum(["move", "clone"], { message: "must be move or clone" }) }),
    targetSale: t.id({ required: true }),
    targetConsignment: t.id({ description: "Must belong to the target sale." }),
  }),
});

const clearable = <T extends z.ZodTypeAny>(schema: T) => schema.or(z.literal("")).nullish();
const UpdateAuctionItemDimensionInput = builder.inputType("UpdateAuctionItemDimensionInput", {
  fields: (t) => ({
    height: t.string({ validate: clearable(Measure) }),
    width: t.string({ validate: clearable(Measure) }),
    depth: t.string({ validate: clearable(Measure) }),
    weight: t.string({ description: "Kilograms.", validate: clearable(Weight) }),
    unit: t.string({ validate: Unit.nullish() }),
  }),
});

builder.mutationFields((t) => ({
  bulkUpdateAuctionItems: t.field({
    description: "One operation on many items, all or nothing: update_status, update_field (whitelisted fields) or delete.",
    type: AuctionItemsBulkResult,
    authScopes: { role: CATALOGUE },
    args: { input: t.arg({ type: BulkAuctionItemsInput, required: true }) },
    resolve: (_root, { input }, ctx) => bulkItems(ctx, input as BulkInput),
  }),
  bulkEditAuctionItemLots: t.field({
    description: "New lots for many items, all or nothing: unique per sale (409), refused while a sale's lots are locked (422).",
    type: AuctionItemsBulkResult,
    authScopes: { role: CATALOGUE },
    args: { input: t.arg({ type: BulkEditAuctionItemLotsInput, required: true }) },
    resolve: (_root, { input }, ctx) => bulkEditLots(ctx, input),
  }),
  cloneOrMoveAuctionItems: t.field({
    description: "Clone items into, or move them to, a sale (and consignment), all or nothing.",
    type: AuctionItemsBulkResult,
    authScopes: { role: CATALOGUE },
    args: { input: t.arg({ type: CloneOrMoveAuctionItemsInput, required: true }) },
    resolve: (_root, { input }, ctx) => cloneOrMove(ctx, input as CloneOrMoveInput),
  }),
  updateAuctionItemDimension: t.prismaField({
    description: "Update an item's dimension row: only the given measures change.",
    type: AuctionItemDimension,
    authScopes: { role: CATALOGUE },
    args: { dimensionId: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionItemDimensionInput, required: true }) },
    resolve: (query, _root, { dimensionId, input }, ctx) => updateDimension(ctx, String(dimensionId), input as DimensionInput, query),
  }),
  deleteAuctionWinningBid: t.field({
    description: "Remove an item's winning bid (winner, paddle number, hammer price); refused while the item is on an order that is not canceled.",
    type: AuctionWinningBidRemoved,
    authScopes: { role: CATALOGUE },
    args: { itemId: t.arg.id({ required: true }) },
    resolve: (_root, { itemId }, ctx) => deleteWinningBid(ctx, String(itemId)),
  }),
  saveAuctionSingleLotNumber: t.field({
    description: "Set the lot of the item at a position of a sale: params = [sale id, position, lot, force 0|1]. "
      + "A lot held by another item of the sale is a 409, or with force moves to this item. (The legacy route is a GET.)",
    type: AuctionSingleLotSaved,
    authScopes: { role: CATALOGUE },
    args: { params: t.arg.stringList({ required: true }) },
    resolve: (_root, { params }, ctx) => saveSingleLot(ctx, params),
  }),
}));
