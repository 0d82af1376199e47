import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import {
  productLoader, storeLoader, transferLinesLoader, userLoader, variantLoader,
  type ProductRef, type StoreRef, type TransferLineRow, type UserRef, type VariantRef,
} from "./inventory.loaders.ts";
import type { StockChangedEvent } from "./stock-events.ts";

export const MOVEMENT_TYPES = ["ADJUSTMENT", "SET", "SALE", "VOID", "RETURN", "TRANSFER_OUT", "TRANSFER_IN", "PURCHASE"] as const;
export const TRANSFER_STATUSES = ["PENDING", "IN_TRANSIT", "COMPLETED", "CANCELLED"] as const;

export const PosStockMovementType = builder.enumType("PosStockMovementType", {
  description: "ADJUSTMENT (manual delta), SET (manual count), SALE, VOID (sale voided), RETURN, TRANSFER_OUT / TRANSFER_IN, PURCHASE (goods received).",
  values: MOVEMENT_TYPES,
});

export const PosTransferStatus = builder.enumType("PosTransferStatus", {
  description: "PENDING (created) → IN_TRANSIT (shipped: stock left the source) → COMPLETED (received: stock arrived); PENDING or IN_TRANSIT → CANCELLED.",
  values: TRANSFER_STATUSES,
});

export const PosInventoryStore = builder.objectRef<StoreRef>("PosInventoryStore").implement({
  description: "The store a stock row, movement or transfer belongs to.",
  fields: (t) => ({ id: t.exposeString("id"), name: t.exposeString("name"), code: t.exposeString("code") }),
});

export const PosInventoryProduct = builder.objectRef<ProductRef>("PosInventoryProduct").implement({
  description: "The product a stock row, movement or transfer line counts.",
  fields: (t) => ({
    id: t.exposeString("id"), name: t.exposeString("name"), sku: t.exposeString("sku"),
    barcode: t.exposeString("barcode", { nullable: true }), unit: t.exposeString("unit"),
  }),
});

export const PosInventoryVariant = builder.objectRef<VariantRef>("PosInventoryVariant").implement({
  description: "The variant of the product, when stock is kept per variant.",
  fields: (t) => ({ id: t.exposeString("id"), name: t.exposeString("name"), sku: t.exposeString("sku") }),
});

export const PosInventoryUser = builder.objectRef<UserRef>("PosInventoryUser").implement({
  description: "The account that made a change.",
  fields: (t) => ({ id: t.exposeString("id"), name: t.exposeString("name") }),
});

type Keyed = { storeId: string; productId: string; variantId: string | null };
/** store/product/variant fields of rows carrying those ids, batched per page. */
const keyedFields = (t: any) => ({
  store: t.field({ type: PosInventoryStore, resolve: (r: Keyed, _a: unknown, ctx: any) => storeLoader(ctx).load(r.storeId) }),
  product: t.field({ type: PosInventoryProduct, resolve: (r: Keyed, _a: unknown, ctx: any) => productLoader(ctx).load(r.productId) }),
  variant: t.field({
    type: PosInventoryVariant, nullable: true,
    resolve: (r: Keyed, _a: unknown, ctx: any) => (r.variantId ? variantLoader(ctx).load(r.variantId) : null),
  }),
});

export type StockRow = {
  id: string; tenantId: string; storeId: string; productId: string; variantId: string | null; quantity: number;
  lowStockThreshold: number; updatedAt: Date;
};

export const PosStock = builder.objectRef<StockRow>("PosStock").implement({
  description: "The stock of one product (or variant) in one store.",
  fields: (t) => ({
    id: t.exposeString("id"),
    ...keyedFields(t),
    quantity: t.exposeInt("quantity", { description: "Units on hand (negative only when the tenant allows negative stock)." }),
    lowStockThreshold: t.exposeInt("lowStockThreshold", { description: "0: no low-stock alert." }),
    isLow: t.boolean({
      description: "A threshold is set and the quantity is at or below it.",
      resolve: (s) => s.lowStockThreshold > 0 && s.quantity <= s.lowStockThreshold,
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export type MovementRow = {
  id: string; storeId: string; productId: string; variantId: string | null; type: (typeof MOVEMENT_TYPES)[number]; change: number;
  quantityAfter: number; reason: string | null; referenceType: string | null; referenceId: string | null; userId: string | null; createdAt: Date;
};

export const PosStockMovement = builder.objectRef<MovementRow>("PosStockMovement").implement({
  description: "One change of a stock level and why.",
  fields: (t) => ({
    id: t.exposeString("id"),
    type: t.expose("type", { type: PosStockMovementType }),
    change: t.exposeInt("change", { description: "Signed units." }),
    quantityAfter: t.exposeInt("quantityAfter"),
    reason: t.exposeString("reason", { nullable: true }),
    referenceType: t.exposeString("referenceType", { nullable: true, description: "What caused it (sale, transfer, purchase...), with referenceId." }),
    referenceId: t.exposeString("referenceId", { nullable: true }),
    ...keyedFields(t),
    user: t.field({ type: PosInventoryUser, nullable: true, resolve: (m, _a, ctx) => (m.userId ? userLoader(ctx).load(m.userId) : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const PosStockPage = offsetPageType("PosStockPage", PosStock, "A page of stock rows.");
export const PosStockMovementPage = offsetPageType("PosStockMovementPage", PosStockMovement, "A page of stock movements, newest first.");

export const PosStockAdjustment = builder.objectRef<{ stock: StockRow; movement: MovementRow }>("PosStockAdjustment").implement({
  description: "The stock row after an adjustment and the movement that recorded it.",
  fields: (t) => ({
    stock: t.field({ type: PosStock, resolve: (r) => r.stock }),
    movement: t.field({ type: PosStockMovement, resolve: (r) => r.movement }),
  }),
});

export const PosStockCount = builder.objectRef<{ stock: StockRow; movement: MovementRow; before: number; after: number }>("PosStockCount").implement({
  description: "The stock row after setting an absolute level, the level before and after, and the SET movement (change = after - before).",
  fields: (t) => ({
    before: t.exposeInt("before"),
    after: t.exposeInt("after"),
    stock: t.field({ type: PosStock, resolve: (r) => r.stock }),
    movement: t.field({ type: PosStockMovement, resolve: (r) => r.movement }),
  }),
});

export const PosTransferLine = builder.objectRef<TransferLineRow>("PosTransferLine").implement({
  description: "Units of one product (or variant) moved by a transfer.",
  fields: (t) => ({
    id: t.exposeString("id"),
    product: t.field({ type: PosInventoryProduct, resolve: async (l, _a, ctx) => (await productLoader(ctx).load(l.productId))! }),
    variant: t.field({ type: PosInventoryVariant, nullable: true, resolve: (l, _a, ctx) => (l.variantId ? variantLoader(ctx).load(l.variantId) : null) }),
    quantity: t.exposeInt("quantity"),
  }),
});

export type TransferRow = {
  id: string; number: string; fromStoreId: string; toStoreId: string; status: (typeof TRANSFER_STATUSES)[number]; notes: string | null;
  createdById: string | null; shippedAt: Date | null; receivedAt: Date | null; cancelledAt: Date | null; createdAt: Date; updatedAt: Date;
};

export const PosTransfer = builder.objectRef<TransferRow>("PosTransfer").implement({
  description: "A move of stock between two stores of the tenant.",
  fields: (t) => ({
    id: t.exposeString("id"),
    number: t.exposeString("number", { description: "TR-000001, per tenant." }),
    status: t.expose("status", { type: PosTransferStatus }),
    fromStore: t.field({ type: PosInventoryStore, resolve: async (r, _a, ctx) => (await storeLoader(ctx).load(r.fromStoreId))! }),
    toStore: t.field({ type: PosInventoryStore, resolve: async (r, _a, ctx) => (await storeLoader(ctx).load(r.toStoreId))! }),
    notes: t.exposeString("notes", { nullable: true }),
    createdBy: t.field({ type: PosInventoryUser, nullable: true, resolve: (r, _a, ctx) => (r.createdById ? userLoader(ctx).load(r.createdById) : null) }),
    lines: t.field({ type: [PosTransferLine], resolve: (r, _a, ctx) => transferLinesLoader(ctx).load(r.id) }),
    lineCount: t.int({ resolve: async (r, _a, ctx) => (await transferLinesLoader(ctx).load(r.id)).length }),
    totalQuantity: t.int({
      description: "Units over all lines.",
      resolve: async (r, _a, ctx) => (await transferLinesLoader(ctx).load(r.id)).reduce((s, l) => s + l.quantity, 0),
    }),
    shippedAt: t.expose("shippedAt", { type: "DateTime", nullable: true }),
    receivedAt: t.expose("receivedAt", { type: "DateTime", nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosTransferPage = offsetPageType("PosTransferPage", PosTransfer, "A page of transfers, newest first.");

export const PosStockChangedEvent = builder.objectRef<StockChangedEvent>("PosStockChangedEvent").implement({
  description: "A committed change of one stock level of the store: refetch or patch what you show.",
  fields: (t) => ({
    storeId: t.exposeString("storeId"),
    productId: t.exposeString("productId"),
    variantId: t.exposeString("variantId", { nullable: true }),
    quantity: t.exposeInt("quantity", { description: "The level after the change." }),
    change: t.exposeInt("change", { description: "Signed units." }),
    type: t.expose("type", { type: PosStockMovementType }),
  }),
});
