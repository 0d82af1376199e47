import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

/**
 * The store, cashier and customer a sale or payment names: pos tables carry these ids without Prisma relations, so
 * a page resolves them with one query per kind (DataLoader). Soft-deleted rows are still found (history keeps naming
 * them); another tenant's ids are not.
 */
function byId<T extends { id: string }>(load: (ctx: Context, tenantId: string, ids: string[]) => Promise<T[]>) {
  return createContextCache((ctx: Context) => new DataLoader<string, T | null>(async (ids) => {
    const rows = await load(ctx, tenantIdOf(ctx), [...new Set(ids)]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
}

export type SaleStoreRef = { id: string; name: string; code: string; address: string | null; phone: string | null };
export type SaleUserRef = { id: string; name: string };
export type SaleCustomerRef = { id: string; name: string; phone: string | null; email: string | null; balance: number; loyaltyPoints: number };

export const saleStoreLoader = byId<SaleStoreRef>((ctx, tenantId, ids) =>
  ctx.db.posStore.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, code: true, address: true, phone: true } }));

export const saleUserLoader = byId<SaleUserRef>((ctx, tenantId, ids) =>
  ctx.db.posUser.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } }));

export const saleCustomerLoader = byId<SaleCustomerRef>((ctx, tenantId, ids) =>
  ctx.db.posCustomer.findMany({
    where: { tenantId, id: { in: ids } },
    select: { id: true, name: true, phone: true, email: true, balance: true, loyaltyPoints: true },
  }));

export const PosSaleStore = builder.objectRef<SaleStoreRef>("PosSaleStore").implement({
  description: "The store a sale or payment belongs to.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    code: t.exposeString("code"),
    address: t.exposeString("address", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
  }),
});

export const PosSaleUser = builder.objectRef<SaleUserRef>("PosSaleUser").implement({
  description: "The cashier (or manager) who recorded a sale or payment.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

export const PosSaleCustomer = builder.objectRef<SaleCustomerRef>("PosSaleCustomer").implement({
  description: "The customer of a sale or payment, with the current due balance and loyalty points.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    phone: t.exposeString("phone", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    balance: t.field({ type: "Amount", description: "What the customer owes now (due).", resolve: (c) => c.balance }),
    loyaltyPoints: t.exposeInt("loyaltyPoints"),
  }),
});

/** Field helpers: `store`, `cashier`/`user` and `customer` resolved through the loaders. */
export const storeField = (t: any, description = "The store.") => t.field({
  type: PosSaleStore, nullable: true, description, select: { storeId: true },
  resolve: (row: { storeId: string | null }, _a: unknown, ctx: Context) => (row.storeId ? saleStoreLoader(ctx).load(row.storeId) : null),
});
export const userField = (t: any, key: "cashierId" | "userId" | "voidedById", description: string) => t.field({
  type: PosSaleUser, nullable: true, description, select: { [key]: true },
  resolve: (row: Record<string, string | null>, _a: unknown, ctx: Context) => (row[key] ? saleUserLoader(ctx).load(row[key]!) : null),
});
export const customerField = (t: any, description = "The customer (null: walk-in).") => t.field({
  type: PosSaleCustomer, nullable: true, description, select: { customerId: true },
  resolve: (row: { customerId: string | null }, _a: unknown, ctx: Context) => (row.customerId ? saleCustomerLoader(ctx).load(row.customerId) : null),
});
