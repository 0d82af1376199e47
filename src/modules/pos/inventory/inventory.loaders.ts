import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

/**
 * The rows a stock list, movement history or transfer names (store, product, variant, user), one query per kind and
 * page: pos tables carry ids without Prisma relations, so these loaders batch the lookups. Soft-deleted rows are
 * still found (history keeps naming what it moved); another tenant's ids are not.
 */
function byId<T extends { id: string }>(load: (ctx: Context, tenantId: string, ids: string[]) => Promise<T[]>) {
  return createContextCache((ctx: Context) => new DataLoader<string, T | null>(async (ids) => {
    const rows = await load(ctx, tenantIdOf(ctx), [...new Set(ids)]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
}

export type StoreRef = { id: string; name: string; code: string };
export type ProductRef = { id: string; name: string; sku: string; barcode: string | null; unit: string };
export type VariantRef = { id: string; name: string; sku: string; productId: string };
export type UserRef = { id: string; name: string };

export const storeLoader = byId<StoreRef>((ctx, tenantId, ids) =>
  ctx.db.posStore.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, code: true } }));

export const productLoader = byId<ProductRef>((ctx, tenantId, ids) =>
  ctx.db.posProduct.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, sku: true, barcode: true, unit: true } }));

export const variantLoader = byId<VariantRef>((ctx, tenantId, ids) =>
  ctx.db.posVariant.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, sku: true, productId: true } }));

export const userLoader = byId<UserRef>((ctx, tenantId, ids) =>
  ctx.db.posUser.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } }));

export type TransferLineRow = { id: string; transferId: string; productId: string; variantId: string | null; quantity: number };

/** The lines of a page of transfers in one query. */
export const transferLinesLoader = createContextCache((ctx: Context) => new DataLoader<string, TransferLineRow[]>(async (ids) => {
  const rows = await ctx.db.posTransferLine.findMany({ where: { transferId: { in: [...ids] } }, orderBy: { id: "asc" } });
  const map = new Map<string, TransferLineRow[]>();
  for (const r of rows) map.set(r.transferId, [...(map.get(r.transferId) ?? []), r]);
  return ids.map((id) => map.get(id) ?? []);
}));
