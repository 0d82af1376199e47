import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import { z } from "zod";
import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

/** Payment methods of money we pay out (supplier payments, expenses): the same values as sale payments. */
export const PAYMENT_METHODS = ["CASH", "CARD", "CREDIT", "BANK_TRANSFER", "MOBILE"] as const;
export const PosPurchasePaymentMethod = builder.enumType("PosPurchasePaymentMethod", {
  description: "How a supplier payment or an expense was paid.",
  values: PAYMENT_METHODS,
});

export const PosPurchaseStatus = builder.enumType("PosPurchaseStatus", {
  description: "ORDERED (nothing received yet), PARTIALLY_RECEIVED, RECEIVED (every line in full), CANCELLED.",
  values: ["ORDERED", "PARTIALLY_RECEIVED", "RECEIVED", "CANCELLED"] as const,
});

/** A UUID argument of a filter (a malformed one is a 400, not a database error). */
export const UuidArg = z.string().trim().uuid("must be a UUID");

type StoreRef = { id: string; name: string; code: string };
export const PosStoreRef = builder.objectRef<StoreRef>("PosPurchaseStoreRef").implement({
  description: "The store a purchase order or an expense belongs to.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name"), code: t.exposeString("code") }),
});

type ProductRef = { id: string; name: string; sku: string };
export const PosProductRef = builder.objectRef<ProductRef>("PosPurchaseProductRef").implement({
  description: "A product or variant named on a purchase line (also when it was deleted since).",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name"), sku: t.exposeString("sku") }),
});

/** The caller's stores by id, a page at a time (deleted stores too: history keeps its names). */
export const storeRefs = createContextCache((ctx: Context) => new DataLoader<string, StoreRef | null>(async (ids) => {
  const rows = await ctx.db.posStore.findMany({ where: { id: { in: [...ids] }, tenantId: tenantIdOf(ctx) }, select: { id: true, name: true, code: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}));

export const productRefs = createContextCache((ctx: Context) => new DataLoader<string, ProductRef | null>(async (ids) => {
  const rows = await ctx.db.posProduct.findMany({ where: { id: { in: [...ids] }, tenantId: tenantIdOf(ctx) }, select: { id: true, name: true, sku: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}));

export const variantRefs = createContextCache((ctx: Context) => new DataLoader<string, ProductRef | null>(async (ids) => {
  const rows = await ctx.db.posVariant.findMany({ where: { id: { in: [...ids] }, tenantId: tenantIdOf(ctx) }, select: { id: true, name: true, sku: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}));
