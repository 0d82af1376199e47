import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, forbidden, notFound } from "../../../kernel/errors.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";

type Db = Context["db"] | Prisma.TransactionClient;

/**
 * The store a cashier works in (null: any store of the tenant; always null for other roles). Cashiers bound to a
 * store see and touch only that store's stock.
 */
export async function cashierStoreOf(ctx: Context): Promise<string | null> {
  const p = ctx.principal;
  if (!p || p.system !== "pos" || p.role !== "CASHIER") return null;
  const user = await ctx.db.posUser.findUnique({ where: { id: p.id }, select: { storeId: true } });
  return user?.storeId ?? null;
}

/** 403 when a store-bound cashier names another store. */
export async function assertStoreAccess(ctx: Context, storeId: string): Promise<void> {
  const own = await cashierStoreOf(ctx);
  if (own && own !== storeId) throw forbidden("You can only work with your own store");
}

/**
 * The store filter of a read: the requested store (403 for a cashier naming another store), or the cashier's own
 * store when none is requested, or none.
 */
export async function storeFilterOf(ctx: Context, requested: string | null | undefined): Promise<string | undefined> {
  const own = await cashierStoreOf(ctx);
  if (requested) {
    const id = uuidOf(requested, "Store");
    if (own && own !== id) throw forbidden("You can only work with your own store");
    return id;
  }
  return own ?? undefined;
}

/** A live store of the caller's tenant (404 otherwise); an inactive one refuses stock operations (422). */
export async function requireStore(db: Db, ctx: Context, raw: string, { active = true } = {}) {
  const id = uuidOf(raw, "Store");
  const store = await db.posStore.findFirst({ where: live(tenantIdOf(ctx), { id }), select: { id: true, name: true, isActive: true } });
  if (!store) throw notFound("Store");
  if (active && !store.isActive) throw new DomainError("UNPROCESSABLE", "The store is inactive", { code: "STORE_INACTIVE", storeId: id });
  return store;
}

/** A live product of the caller's tenant and, when given, one of its live variants (404 otherwise). */
export async function requireProduct(db: Db, ctx: Context, rawProduct: string, rawVariant?: string | null) {
  const tenantId = tenantIdOf(ctx);
  const productId = uuidOf(rawProduct, "Product");
  const product = await db.posProduct.findFirst({ where: live(tenantId, { id: productId }), select: { id: true, name: true, sku: true } });
  if (!product) throw notFound("Product");
  if (!rawVariant) return { product, variantId: null as string | null };
  const variantId = uuidOf(rawVariant, "Variant");
  const variant = await db.posVariant.findFirst({ where: live(tenantId, { id: variantId, productId }), select: { id: true } });
  if (!variant) throw notFound("Variant");
  return { product, variantId };
}
