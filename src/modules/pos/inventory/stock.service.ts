import { timeRange } from "../shared/dates.ts";
import { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { settingsOf } from "../shared/settings.ts";
import { moveStock, setStock, type StockKey } from "../shared/stock.ts";
import { tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { assertStoreAccess, requireProduct, requireStore, storeFilterOf } from "./inventory.access.ts";
import type { MovementRow, StockRow } from "./inventory.type.ts";
import { publishStockChanges, type StockMovementType } from "./stock-events.ts";

type Tx = Prisma.TransactionClient;
type PageArgs = { page?: number | null; limit?: number | null };

const STOCK_SELECT = {
  id: true, tenantId: true, storeId: true, productId: true, variantId: true, quantity: true, lowStockThreshold: true, updatedAt: true,
} as const;

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * A page of stock rows of live stores and products: filters, search over product name/SKU (and variant name/SKU) and
 * the low-stock condition (threshold set, quantity at or below it) all run in one SQL id query; the rows follow by id.
 */
export async function listStock(ctx: Context, args: PageArgs & {
  search?: string | null; storeId?: string | null; productId?: string | null; lowOnly?: boolean | null;
}) {
  const tenantId = tenantIdOf(ctx);
  const storeId = await storeFilterOf(ctx, args.storeId);
  const { page, limit, skip, take } = paged(args);
  const conditions = [
    Prisma.sql`s."tenantId" = ${tenantId}::uuid`,
    Prisma.sql`st."deletedAt" IS NULL`,
    Prisma.sql`p."deletedAt" IS NULL`,
    Prisma.sql`(s."variantId" IS NULL OR v."deletedAt" IS NULL)`,
  ];
  if (storeId) conditions.push(Prisma.sql`s."storeId" = ${storeId}::uuid`);
  if (args.productId) conditions.push(Prisma.sql`s."productId" = ${uuidOf(args.productId, "Product")}::uuid`);
  if (args.lowOnly) conditions.push(Prisma.sql`s."lowStockThreshold" > 0 AND s.quantity <= s."lowStockThreshold"`);
  if (args.search) {
    const q = likePattern(args.search);
    conditions.push(Prisma.sql`(p.name ILIKE ${q} OR p.sku ILIKE ${q} OR v.name ILIKE ${q} OR v.sku ILIKE ${q})`);
  }
  const from = Prisma.sql`FROM pos_stock s
    JOIN pos_stores st ON st.id = s."storeId"
    JOIN pos_products p ON p.id = s."productId"
    LEFT JOIN pos_variants v ON v.id = s."variantId"
    WHERE ${Prisma.join(conditions, " AND ")}`;
  const [counted, ids] = await Promise.all([
    ctx.db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
    ctx.db.$queryRaw<{ id: string }[]>`SELECT s.id ${from} ORDER BY p.name, p.id, v.name NULLS FIRST, st.name, s.id LIMIT ${take} OFFSET ${skip}`,
  ]);
  const rows = await ctx.db.posStock.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: STOCK_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.map((r) => byId.get(r.id)).filter((r) => r !== undefined), total: counted[0]?.total ?? 0, page, limit };
}

const stockKey = (tenantId: string, storeId: string, productId: string, variantId: string | null): StockKey =>
  ({ tenantId, storeId, productId, variantId });

const findStock = (tx: Tx, k: StockKey) => tx.posStock.findUniqueOrThrow({
  where: { storeId_productId_variantKey: { storeId: k.storeId, productId: k.productId, variantKey: k.variantId ?? "" } },
  select: STOCK_SELECT,
});

/**
 * The movement this transaction just wrote for a stock key: rows inserted by the current transaction carry its id
 * in `xmin` (the stock row stays locked until commit, so no other movement of the key can be ours).
 */
async function movementOfThisTransaction(tx: Tx, k: StockKey): Promise<MovementRow> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM pos_stock_movements
    WHERE "storeId" = ${k.storeId}::uuid AND "productId" = ${k.productId}::uuid AND "variantId" IS NOT DISTINCT FROM ${k.variantId ?? null}::uuid
      AND xmin::text::bigint = txid_current() % 4294967296
    ORDER BY "createdAt" DESC LIMIT 1`;
  return tx.posStockMovement.findUniqueOrThrow({ where: { id: row!.id } });
}

type AdjustInput = { storeId: string; productId: string; variantId?: string | null; quantity: number; reason: string };

/** Adds (or removes) units; going below zero is a 422 unless the tenant allows negative stock. */
export async function adjustStock(ctx: Context, input: AdjustInput) {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const result = await ctx.db.$transaction(async (tx) => {
    const store = await requireStore(tx, ctx, input.storeId);
    await assertStoreAccess(ctx, store.id);
    const { product, variantId } = await requireProduct(tx, ctx, input.productId, input.variantId);
    const tenant = await tx.posTenant.findUniqueOrThrow({ where: { id: tenantId }, select: { settings: true } });
    const k = stockKey(tenantId, store.id, product.id, variantId);
    const quantity = await moveStock(tx, {
      ...k, change: input.quantity, type: "ADJUSTMENT", reason: input.reason, userId,
      // adding units is always allowed, even to a level that stays negative
      allowNegative: input.quantity > 0 || settingsOf(tenant.settings).allowNegativeStock,
    });
    const stock = await findStock(tx, k);
    const movement = await movementOfThisTransaction(tx, k);
    await audit(tx, ctx, {
      action: "inventory.adjust", entityType: "PosStock", entityId: stock.id,
      before: { quantity: quantity - input.quantity }, after: { quantity, change: input.quantity, reason: input.reason, movementId: movement.id },
    });
    return { stock, movement };
  });
  publishStockChanges(ctx, [eventOf(result.stock, result.movement.change, "ADJUSTMENT")]);
  return result;
}

type SetInput = { storeId: string; productId: string; variantId?: string | null; quantity: number; reason: string };

/** Sets an absolute level (a count), recorded as a SET movement of the difference. */
export async function setStockLevel(ctx: Context, input: SetInput) {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const result = await ctx.db.$transaction(async (tx) => {
    const store = await requireStore(tx, ctx, input.storeId);
    await assertStoreAccess(ctx, store.id);
    const { product, variantId } = await requireProduct(tx, ctx, input.productId, input.variantId);
    const k = stockKey(tenantId, store.id, product.id, variantId);
    const { before, after } = await setStock(tx, { ...k, quantity: input.quantity, reason: input.reason, userId });
    const stock = await findStock(tx, k);
    const movement = await movementOfThisTransaction(tx, k);
    await audit(tx, ctx, {
      action: "inventory.set", entityType: "PosStock", entityId: stock.id,
      before: { quantity: before }, after: { quantity: after, reason: input.reason, movementId: movement.id },
    });
    return { stock, movement, before, after };
  });
  publishStockChanges(ctx, [eventOf(result.stock, result.after - result.before, "SET")]);
  return result;
}

/** Sets the low-stock threshold of a product (or variant) in a store (0 turns the alert off). */
export async function updateThreshold(ctx: Context, rawStoreId: string, rawProductId: string, input: { lowStockThreshold: number; variantId?: string | null }) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = await requireStore(tx, ctx, rawStoreId, { active: false });
    await assertStoreAccess(ctx, store.id);
    const { product, variantId } = await requireProduct(tx, ctx, rawProductId, input.variantId);
    const where = { storeId_productId_variantKey: { storeId: store.id, productId: product.id, variantKey: variantId ?? "" } };
    const before = await tx.posStock.findUnique({ where, select: { lowStockThreshold: true } });
    // the threshold is not a stock level: a row that does not exist yet starts at 0 units
    const stock = await tx.posStock.upsert({
      where,
      create: { tenantId, storeId: store.id, productId: product.id, variantId, variantKey: variantId ?? "", quantity: 0, lowStockThreshold: input.lowStockThreshold },
      update: { lowStockThreshold: input.lowStockThreshold },
      select: STOCK_SELECT,
    });
    await audit(tx, ctx, {
      action: "inventory.threshold", entityType: "PosStock", entityId: stock.id,
      before: { lowStockThreshold: before?.lowStockThreshold ?? 0 }, after: { lowStockThreshold: stock.lowStockThreshold },
    });
    return stock;
  });
}

/** Stock movements, newest first. */
export async function listMovements(ctx: Context, args: PageArgs & {
  storeId?: string | null; productId?: string | null; type?: StockMovementType | null; from?: string | null; to?: string | null;
}) {
  const tenantId = tenantIdOf(ctx);
  const storeId = await storeFilterOf(ctx, args.storeId);
  const { page, limit, skip, take } = paged(args);
  const createdAt = timeRange(args.from, args.to);
  const where: Prisma.PosStockMovementWhereInput = {
    tenantId,
    ...(storeId ? { storeId } : {}),
    ...(args.productId ? { productId: uuidOf(args.productId, "Product") } : {}),
    ...(args.type ? { type: args.type } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  const [total, items] = await Promise.all([
    ctx.db.posStockMovement.count({ where }),
    ctx.db.posStockMovement.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
  ]);
  return { items, total, page, limit };
}

export const eventOf = (s: { storeId: string; productId: string; variantId: string | null; quantity: number }, change: number, type: StockMovementType) =>
  ({ storeId: s.storeId, productId: s.productId, variantId: s.variantId, quantity: s.quantity, change, type });
