import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, notFound } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";

type Tx = Prisma.TransactionClient;
type PlannedQuery = { select?: object; include?: object };
export type StoreFilter = { page?: number | null; limit?: number | null; search?: string | null; isActive?: boolean | null };
export type StoreInput = { name?: string | null; code?: string | null; address?: string | null; phone?: string | null; isActive?: boolean | null };

const ORDER = [{ name: "asc" as const }, { code: "asc" as const }, { id: "asc" as const }];

/** The caller's live store with this id (another tenant's or a deleted one is the same 404). */
export async function findStore(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "Store");
  const store = await ctx.db.posStore.findFirst({ ...query, where: live(tenantIdOf(ctx), { id }) });
  if (!store) throw notFound("Store");
  return store;
}

export async function listStores(ctx: Context, filter: StoreFilter, query: PlannedQuery): Promise<OffsetPage> {
  const tenantId = tenantIdOf(ctx);
  const { page, limit, skip, take } = paged(filter);
  const search = filter.search?.trim();
  const contains = search ? { contains: search, mode: "insensitive" as const } : undefined;
  const where: Prisma.PosStoreWhereInput = live(tenantId, {
    ...(filter.isActive !== null && filter.isActive !== undefined ? { isActive: filter.isActive } : {}),
    ...(contains ? { OR: [{ name: contains }, { code: contains }, { address: contains }, { phone: contains }] } : {}),
  });
  const [items, total] = await Promise.all([
    ctx.db.posStore.findMany({ ...query, where, orderBy: ORDER, skip, take }),
    ctx.db.posStore.count({ where }),
  ]);
  return { items, total, page, limit };
}

/** A code already used by one of the tenant's stores, deleted ones included (the unique index covers them). */
async function assertCodeFree(tx: Tx, tenantId: string, code: string, exceptId?: string) {
  const taken = await tx.posStore.findFirst({ where: { tenantId, code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { deletedAt: true } });
  if (taken) {
    throw conflict(taken.deletedAt ? `Store code ${code} is still held by a deleted store` : `Store code ${code} already exists`, { fields: ["code"] });
  }
}

const blank = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === "" ? null : v.trim());

export async function createStore(ctx: Context, input: Required<Pick<StoreInput, "name" | "code">> & StoreInput) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await assertCodeFree(tx, tenantId, input.code!);
    const store = await tx.posStore.create({
      data: { tenantId, name: input.name!, code: input.code!, address: blank(input.address) ?? null, phone: blank(input.phone) ?? null, isActive: input.isActive ?? true },
    });
    await audit(tx, ctx, { action: "store.create", entityType: "store", entityId: store.id, after: store });
    return store;
  });
}

export async function updateStore(ctx: Context, rawId: string, input: StoreInput) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Store");
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.posStore.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Store");
    const data: Prisma.PosStoreUpdateInput = {};
    if (input.name !== undefined && input.name !== null) data.name = input.name;
    if (input.code !== undefined && input.code !== null && input.code !== before.code) {
      await assertCodeFree(tx, tenantId, input.code, id);
      data.code = input.code;
    }
    if (input.address !== undefined) data.address = blank(input.address);
    if (input.phone !== undefined) data.phone = blank(input.phone);
    if (input.isActive !== undefined && input.isActive !== null) data.isActive = input.isActive;
    const after = await tx.posStore.update({ where: { id }, data });
    await audit(tx, ctx, { action: "store.update", entityType: "store", entityId: id, before, after });
    return after;
  });
}

/** Units on hand (positive quantities of live products and variants) of a store, by stock row. */
export const STOCK_ON_HAND_JOIN = `
  FROM pos_stock s
  JOIN pos_products p ON p.id = s."productId" AND p."deletedAt" IS NULL
  LEFT JOIN pos_variants v ON v.id = s."variantId"
  WHERE s."tenantId" = $1::uuid AND s."storeId" = $2::uuid AND (s."variantId" IS NULL OR v."deletedAt" IS NULL)`;

const refuse = (message: string, reason: string, extra: Record<string, unknown> = {}) =>
  new DomainError("UNPROCESSABLE", message, { code: reason, ...extra });

/**
 * Soft delete (deletedAt, inactive). Refused (422) when it is the tenant's last live store, when it still holds stock
 * (units on hand > 0: transfer or adjust it away first) or has open transfers (PENDING or IN_TRANSIT, either
 * direction: receive or cancel them first). The tenant's live stores are locked first, so two concurrent deletes
 * cannot remove the last two stores.
 */
export async function deleteStore(ctx: Context, rawId: string) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Store");
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM pos_stores WHERE "tenantId" = ${tenantId}::uuid AND "deletedAt" IS NULL ORDER BY id FOR UPDATE`;
    const before = await tx.posStore.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Store");
    if (locked.length <= 1) throw refuse("The last store of a tenant cannot be deleted", "LAST_STORE");
    const [stock] = await tx.$queryRawUnsafe<{ units: bigint; rows: bigint }[]>(
      `SELECT COALESCE(SUM(s.quantity), 0)::bigint AS units, COUNT(*)::bigint AS rows ${STOCK_ON_HAND_JOIN} AND s.quantity > 0`, tenantId, id);
    if (Number(stock!.units) > 0) {
      throw refuse("The store still has stock on hand: transfer or adjust it to zero first", "STORE_HAS_STOCK", { units: Number(stock!.units), products: Number(stock!.rows) });
    }
    const open = await tx.posTransfer.count({
      where: { tenantId, status: { in: ["PENDING", "IN_TRANSIT"] }, OR: [{ fromStoreId: id }, { toStoreId: id }] },
    });
    if (open > 0) throw refuse("The store has pending or in-transit transfers: receive or cancel them first", "STORE_HAS_OPEN_TRANSFERS", { transfers: open });
    const after = await tx.posStore.update({ where: { id }, data: { deletedAt: new Date(), isActive: false } });
    await audit(tx, ctx, { action: "store.delete", entityType: "store", entityId: id, before, after });
    return after;
  });
}
