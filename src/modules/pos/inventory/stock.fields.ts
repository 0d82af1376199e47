import { BoundModel } from "../shared/dates.ts";
import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosStock, PosStockAdjustment, PosStockCount, PosStockMovementPage, PosStockMovementType, PosStockPage } from "./inventory.type.ts";
import { adjustStock, listMovements, listStock, setStockLevel, updateThreshold } from "./stock.service.ts";

const Id = z.string().trim().max(64);
const Reason = z.string().trim().min(1, "is required").max(500);
const MAX_UNITS = 1_000_000;

const PosStockAdjustInput = builder.inputType("PosStockAdjustInput", {
  fields: (t) => ({
    storeId: t.string({ required: true, validate: Id }),
    productId: t.string({ required: true, validate: Id }),
    variantId: t.string({ required: false, validate: Id.nullish() }),
    quantity: t.int({
      required: true, description: "Signed units to add (positive) or remove (negative); not 0.",
      validate: z.number().int().min(-MAX_UNITS).max(MAX_UNITS).refine((v) => v !== 0, "must not be 0"),
    }),
    reason: t.string({ required: true, description: "Why (damaged, found, recount...).", validate: Reason }),
  }),
});

const PosStockSetInput = builder.inputType("PosStockSetInput", {
  fields: (t) => ({
    storeId: t.string({ required: true, validate: Id }),
    productId: t.string({ required: true, validate: Id }),
    variantId: t.string({ required: false, validate: Id.nullish() }),
    quantity: t.int({ required: true, description: "The counted level, 0 or more.", validate: z.number().int().min(0).max(MAX_UNITS) }),
    reason: t.string({ required: true, validate: Reason }),
  }),
});

const PosStockThresholdInput = builder.inputType("PosStockThresholdInput", {
  fields: (t) => ({
    lowStockThreshold: t.int({ required: true, description: "Alert at or below this many units; 0 turns the alert off.", validate: z.number().int().min(0).max(MAX_UNITS) }),
    variantId: t.string({ required: false, validate: Id.nullish() }),
  }),
});

const DateArg = BoundModel.nullish();

builder.queryFields((t) => ({
  posStock: t.field({
    description: "Stock rows of live stores and products, by product name; search over product (or variant) name and SKU. "
      + "A cashier bound to a store sees that store only.",
    type: PosStockPage,
    authScopes: { role: can("inventory:read") },
    args: {
      ...pageArgs(t),
      storeId: t.arg.string({ required: false, validate: Id.nullish() }),
      productId: t.arg.string({ required: false, validate: Id.nullish() }),
      lowOnly: t.arg.boolean({ required: false, description: "Only rows at or below their low-stock threshold." }),
    },
    resolve: (_root, args, ctx) => listStock(ctx, args as Parameters<typeof listStock>[1]),
  }),
  posLowStock: t.field({
    description: "Rows with a low-stock threshold set and a quantity at or below it.",
    type: PosStockPage,
    authScopes: { role: can("inventory:read") },
    args: {
      page: pageArgs(t).page,
      limit: pageArgs(t).limit,
      storeId: t.arg.string({ required: false, validate: Id.nullish() }),
    },
    resolve: (_root, args, ctx) => listStock(ctx, { ...(args as Parameters<typeof listStock>[1]), lowOnly: true }),
  }),
  posStockMovements: t.field({
    description: "Stock movements, newest first. `from`/`to`: a date (YYYY-MM-DD, whole day UTC) or an ISO date-time.",
    type: PosStockMovementPage,
    authScopes: { role: can("inventory:read") },
    args: {
      page: pageArgs(t).page,
      limit: pageArgs(t).limit,
      storeId: t.arg.string({ required: false, validate: Id.nullish() }),
      productId: t.arg.string({ required: false, validate: Id.nullish() }),
      type: t.arg({ type: PosStockMovementType, required: false }),
      from: t.arg.string({ required: false, validate: DateArg }),
      to: t.arg.string({ required: false, validate: DateArg }),
    },
    resolve: (_root, args, ctx) => listMovements(ctx, args as Parameters<typeof listMovements>[1]),
  }),
}));

builder.mutationFields((t) => ({
  adjustPosStock: t.field({
    description: "Adds or removes units (ADJUSTMENT movement). Below zero is a 422 INSUFFICIENT_STOCK unless the tenant allows negative stock.",
    type: PosStockAdjustment,
    authScopes: { role: can("inventory:write") },
    args: { input: t.arg({ type: PosStockAdjustInput, required: true }) },
    resolve: (_root, { input }, ctx) => adjustStock(ctx, input),
  }),
  setPosStock: t.field({
    description: "Sets an absolute level (a count); the difference is recorded as a SET movement.",
    type: PosStockCount,
    authScopes: { role: can("inventory:write") },
    args: { input: t.arg({ type: PosStockSetInput, required: true }) },
    resolve: (_root, { input }, ctx) => setStockLevel(ctx, input),
  }),
  updatePosStockThreshold: t.field({
    description: "Sets the low-stock threshold of a product (or variant) in a store.",
    type: PosStock,
    authScopes: { role: can("inventory:write") },
    args: {
      storeId: t.arg.string({ required: true, validate: Id }),
      productId: t.arg.string({ required: true, validate: Id }),
      input: t.arg({ type: PosStockThresholdInput, required: true }),
    },
    resolve: (_root, { storeId, productId, input }, ctx) => updateThreshold(ctx, storeId, productId, input),
  }),
}));
