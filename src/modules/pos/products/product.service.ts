import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, notFound } from "../../../kernel/errors.ts";
import { toMinor } from "../../../kernel/money.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";
import { deletedCode, lockCatalog } from "./catalog-lock.ts";
import { STOCK_STORE } from "./product-stock.ts";
import { percentToBp } from "./product.validation.ts";

type Tx = Prisma.TransactionClient;
type Json = Prisma.InputJsonValue;

export type VariantInput = {
  name?: string | null; sku?: string | null; barcode?: string | null; price?: number | null; cost?: number | null;
  attributes?: Record<string, unknown> | null;
};
export type ProductInput = {
  name?: string | null; sku?: string | null; barcode?: string | null; price?: number | null; cost?: number | null;
  taxRate?: number | null; categoryId?: string | null; unit?: string | null; description?: string | null;
  trackStock?: boolean | null; isActive?: boolean | null; variants?: readonly VariantInput[] | null;
};
export type ListArgs = {
  page?: number | null; limit?: number | null; search?: string | null; categoryId?: string | null; isActive?: boolean | null;
  minPrice?: number | null; maxPrice?: number | null; storeId?: string | null; sort?: string | null;
};

const fields = (path: string, message: string) => ({ fields: [{ path, message }] });

/** A code (SKU or barcode) someone wants, and where in the body it came from. */
export type Code = { kind: "sku" | "barcode"; value: string; path: string };

/**
 * SKUs and barcodes are unique per tenant across products AND variants (each kind its own namespace). Run under
 * lockCatalog. `self` names the rows being edited (their own codes do not clash with themselves). Returns the first
 * clash (path and message) or null.
 */
export async function firstClash(tx: Tx, tenantId: string, codes: Code[], self: { productId?: string; variantId?: string } = {}) {
  const seen = new Map<string, Code>();
  for (const c of codes) {
    const key = `${c.kind}:${c.value}`;
    if (seen.has(key)) return { path: c.path, kind: c.kind, message: `${label(c.kind)} "${c.value}" is used twice in this request` };
    seen.set(key, c);
  }
  const skus = codes.filter((c) => c.kind === "sku").map((c) => c.value);
  const barcodes = codes.filter((c) => c.kind === "barcode").map((c) => c.value);
  if (!skus.length && !barcodes.length) return null;
  const or = [...(skus.length ? [{ sku: { in: skus } }] : []), ...(barcodes.length ? [{ barcode: { in: barcodes } }] : [])];
  const [products, variants] = await Promise.all([
    tx.posProduct.findMany({ where: { tenantId, OR: or, ...(self.productId ? { NOT: { id: self.productId } } : {}) }, select: { sku: true, barcode: true } }),
    tx.posVariant.findMany({ where: { tenantId, OR: or, ...(self.variantId ? { NOT: { id: self.variantId } } : {}) }, select: { sku: true, barcode: true } }),
  ]);
  for (const c of codes) {
    const owner = [...products.map((r) => ({ ...r, what: "product" })), ...variants.map((r) => ({ ...r, what: "variant" }))]
      .find((r) => (c.kind === "sku" ? r.sku === c.value : r.barcode === c.value));
    if (owner) return { path: c.path, kind: c.kind, message: `${label(c.kind)} "${c.value}" is already used by another ${owner.what}` };
  }
  return null;
}
const label = (kind: Code["kind"]) => (kind === "sku" ? "SKU" : "Barcode");

async function assertCodesFree(tx: Tx, tenantId: string, codes: Code[], self: { productId?: string; variantId?: string } = {}) {
  const clash = await firstClash(tx, tenantId, codes, self);
  if (clash) throw conflict(clash.message, fields(clash.path, clash.message));
}

/** A category named in a body: a live category of the tenant, else 404 naming the field. */
export async function categoryIdOf(tx: Tx, tenantId: string, raw: string): Promise<string> {
  const found = await tx.posCategory.findFirst({ where: live(tenantId, { id: uuidOf(raw, "Category") }), select: { id: true } });
  if (!found) throw new DomainError("NOT_FOUND", "Category not found", fields("categoryId", "No such category"));
  return found.id;
}

function variantCodes(v: VariantInput, prefix: string): Code[] {
  return [
    ...(v.sku ? [{ kind: "sku" as const, value: v.sku, path: `${prefix}sku` }] : []),
    ...(v.barcode ? [{ kind: "barcode" as const, value: v.barcode, path: `${prefix}barcode` }] : []),
  ];
}

function variantData(v: VariantInput) {
  const data: Record<string, unknown> = {};
  for (const key of ["name", "sku", "barcode", "price", "cost"] as const) if (v[key] !== undefined) data[key] = v[key];
  if (v.attributes !== undefined) data.attributes = (v.attributes ?? {}) as Json;
  return data;
}

export async function createProduct(ctx: Context, input: ProductInput) {
  const tenantId = tenantIdOf(ctx);
  const variants = input.variants ?? [];
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const categoryId = input.categoryId ? await categoryIdOf(tx, tenantId, input.categoryId) : null;
    await assertCodesFree(tx, tenantId, [
      ...variantCodes({ sku: input.sku, barcode: input.barcode }, ""),
      ...variants.flatMap((v, i) => variantCodes(v, `variants.${i}.`)),
    ]);
    const created = await tx.posProduct.create({
      data: {
        tenantId, categoryId, name: input.name!, sku: input.sku!, barcode: input.barcode ?? null, price: input.price!,
        cost: input.cost ?? 0, taxRate: input.taxRate === null || input.taxRate === undefined ? null : percentToBp(input.taxRate),
        unit: input.unit ?? "pcs", description: input.description ?? null, trackStock: input.trackStock ?? true, isActive: input.isActive ?? true,
        variants: { create: variants.map((v) => ({ tenantId, ...variantData(v) }) as Prisma.PosVariantCreateWithoutProductInput) },
      },
      include: { variants: true },
    });
    await audit(tx, ctx, { action: "product.create", entityType: "product", entityId: created.id, after: created });
    return created;
  });
}

export async function updateProduct(ctx: Context, rawId: string, input: ProductInput) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Product");
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const before = await tx.posProduct.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Product");
    const data: Prisma.PosProductUncheckedUpdateInput = {};
    for (const key of ["name", "sku", "price", "cost", "unit", "trackStock", "isActive"] as const) {
      if (input[key] !== undefined && input[key] !== null) (data as Record<string, unknown>)[key] = input[key];
    }
    if (input.barcode !== undefined) data.barcode = input.barcode;
    if (input.description !== undefined) data.description = input.description;
    if (input.taxRate !== undefined) data.taxRate = input.taxRate === null ? null : percentToBp(input.taxRate);
    if (input.categoryId !== undefined) data.categoryId = input.categoryId === null ? null : await categoryIdOf(tx, tenantId, input.categoryId);
    const codes: Code[] = [];
    if (input.sku && input.sku !== before.sku) codes.push({ kind: "sku", value: input.sku, path: "sku" });
    if (input.barcode && input.barcode !== before.barcode) codes.push({ kind: "barcode", value: input.barcode, path: "barcode" });
    await assertCodesFree(tx, tenantId, codes, { productId: id });
    const after = await tx.posProduct.update({ where: { id }, data });
    await audit(tx, ctx, { action: "product.update", entityType: "product", entityId: id, before, after });
    return after;
  });
}

/**
 * Soft delete: the product and its live variants get `deletedAt`, and their SKUs/barcodes become
 * `<code>~deleted~<id>` so the codes can be used again (the unique indexes cover deleted rows too).
 * Returns the product as it was, with its deletion time.
 */
export async function deleteProduct(ctx: Context, rawId: string, query: object) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Product");
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const shown = await tx.posProduct.findFirst({ ...query, where: live(tenantId, { id }) });
    if (!shown) throw notFound("Product");
    const before = (await tx.posProduct.findUnique({ where: { id }, include: { variants: { where: { deletedAt: null } } } }))!;
    const deletedAt = new Date();
    await tx.$executeRaw`
      UPDATE pos_variants SET "deletedAt" = ${deletedAt}, "updatedAt" = now(), sku = sku || '~deleted~' || id::text,
        barcode = CASE WHEN barcode IS NULL THEN NULL ELSE barcode || '~deleted~' || id::text END
      WHERE "productId" = ${id}::uuid AND "deletedAt" IS NULL`;
    await tx.posProduct.update({ where: { id }, data: { deletedAt, sku: deletedCode(before.sku, id)!, barcode: deletedCode(before.barcode, id) } });
    await audit(tx, ctx, { action: "product.delete", entityType: "product", entityId: id, before, after: { deletedAt } });
    return { ...shown, deletedAt };
  });
}

export async function findProduct(ctx: Context, rawId: string, query: object, storeId?: string | null) {
  const tenantId = tenantIdOf(ctx);
  const store = storeId ? await storeOf(ctx, tenantId, storeId) : undefined;
  const product = await ctx.db.posProduct.findFirst({ ...query, where: live(tenantId, { id: uuidOf(rawId, "Product") }) });
  if (!product) throw notFound("Product");
  return store ? Object.assign(product, { [STOCK_STORE]: store }) : product;
}

async function storeOf(ctx: Context, tenantId: string, raw: string): Promise<string> {
  const store = await ctx.db.posStore.findFirst({ where: live(tenantId, { id: uuidOf(raw, "Store") }), select: { id: true } });
  if (!store) throw notFound("Store");
  return store.id;
}

const SORTS: Record<string, Prisma.PosProductOrderByWithRelationInput> = {
  name: { name: "asc" }, "-name": { name: "desc" }, price: { price: "asc" }, "-price": { price: "desc" },
  createdAt: { createdAt: "asc" }, "-createdAt": { createdAt: "desc" },
};

export async function listProducts(ctx: Context, args: ListArgs, query: object) {
  const tenantId = tenantIdOf(ctx);
  const store = args.storeId ? await storeOf(ctx, tenantId, args.storeId) : undefined;
  const price: Prisma.IntFilter = {};
  try {
    if (args.minPrice !== null && args.minPrice !== undefined) price.gte = toMinor(args.minPrice);
    if (args.maxPrice !== null && args.maxPrice !== undefined) price.lte = toMinor(args.maxPrice);
  } catch (error) {
    throw new DomainError("VALIDATION_FAILED", "Validation failed", fields("minPrice", (error as Error).message));
  }
  const search = args.search?.trim();
  const where: Prisma.PosProductWhereInput = live(tenantId, {
    ...(args.categoryId ? { categoryId: uuidOrNone(args.categoryId) } : {}),
    ...(args.isActive !== null && args.isActive !== undefined ? { isActive: args.isActive } : {}),
    ...(Object.keys(price).length ? { price } : {}),
    ...(search ? {
      OR: [
        { name: { contains: search, mode: "insensitive" } }, { sku: { contains: search, mode: "insensitive" } },
        { barcode: { contains: search, mode: "insensitive" } },
        { variants: { some: { deletedAt: null, OR: [{ sku: { contains: search, mode: "insensitive" } }, { barcode: { contains: search, mode: "insensitive" } }] } } },
      ],
    } : {}),
  });
  const { page, limit, skip, take } = paged(args);
  const [items, total] = await Promise.all([
    ctx.db.posProduct.findMany({ ...query, where, orderBy: [SORTS[args.sort ?? "name"] ?? SORTS.name!, { id: "asc" }], skip, take }),
    ctx.db.posProduct.count({ where }),
  ]);
  return { items: store ? items.map((p) => Object.assign(p, { [STOCK_STORE]: store })) : items, total, page, limit };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A malformed category filter matches nothing (rather than a database error). */
const uuidOrNone = (raw: string) => (UUID.test(raw) ? raw.toLowerCase() : "00000000-0000-0000-0000-000000000000");

/** GET /lookup/barcode/:barcode: the live product, or the live variant (of a live product), carrying the barcode. */
export async function lookupBarcode(ctx: Context, barcode: string, productQuery: object, variantQuery: object) {
  const tenantId = tenantIdOf(ctx);
  const code = barcode.trim();
  const product = await ctx.db.posProduct.findFirst({ ...productQuery, where: live(tenantId, { barcode: code }) });
  if (product) return { type: "product" as const, product, variant: null };
  const variant = await ctx.db.posVariant.findFirst({ where: live(tenantId, { barcode: code, product: { deletedAt: null } }), select: { id: true, productId: true } });
  if (!variant) throw notFound("Product with this barcode");
  const [owner, v] = await Promise.all([
    ctx.db.posProduct.findUnique({ ...productQuery, where: { id: variant.productId } }),
    ctx.db.posVariant.findUnique({ ...variantQuery, where: { id: variant.id } }),
  ]);
  return { type: "variant" as const, product: owner!, variant: v! };
}

// ---- variants ----

async function liveProduct(tx: Tx, tenantId: string, rawId: string) {
  const product = await tx.posProduct.findFirst({ where: live(tenantId, { id: uuidOf(rawId, "Product") }), select: { id: true } });
  if (!product) throw notFound("Product");
  return product.id;
}

async function liveVariant(tx: Tx, tenantId: string, rawProductId: string, rawVariantId: string) {
  const productId = await liveProduct(tx, tenantId, rawProductId);
  const variant = await tx.posVariant.findFirst({ where: live(tenantId, { id: uuidOf(rawVariantId, "Variant"), productId }) });
  if (!variant) throw notFound("Variant");
  return variant;
}

export async function createVariant(ctx: Context, rawProductId: string, input: VariantInput) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const productId = await liveProduct(tx, tenantId, rawProductId);
    await assertCodesFree(tx, tenantId, variantCodes(input, ""));
    const created = await tx.posVariant.create({ data: { tenantId, productId, ...variantData(input) } as Prisma.PosVariantUncheckedCreateInput });
    await audit(tx, ctx, { action: "variant.create", entityType: "variant", entityId: created.id, after: created });
    return created;
  });
}

export async function updateVariant(ctx: Context, rawProductId: string, rawVariantId: string, input: VariantInput) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const before = await liveVariant(tx, tenantId, rawProductId, rawVariantId);
    const data = variantData(input);
    if (input.name === null) delete data.name;
    if (input.sku === null) delete data.sku;
    const codes: Code[] = [];
    if (input.sku && input.sku !== before.sku) codes.push({ kind: "sku", value: input.sku, path: "sku" });
    if (input.barcode && input.barcode !== before.barcode) codes.push({ kind: "barcode", value: input.barcode, path: "barcode" });
    await assertCodesFree(tx, tenantId, codes, { variantId: before.id });
    const after = await tx.posVariant.update({ where: { id: before.id }, data });
    await audit(tx, ctx, { action: "variant.update", entityType: "variant", entityId: before.id, before, after });
    return after;
  });
}

/** Soft delete, freeing the variant's SKU/barcode as products do. Returns the variant as it was, with its deletion time. */
export async function deleteVariant(ctx: Context, rawProductId: string, rawVariantId: string) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const before = await liveVariant(tx, tenantId, rawProductId, rawVariantId);
    const deletedAt = new Date();
    await tx.posVariant.update({ where: { id: before.id }, data: { deletedAt, sku: deletedCode(before.sku, before.id)!, barcode: deletedCode(before.barcode, before.id) } });
    await audit(tx, ctx, { action: "variant.delete", entityType: "variant", entityId: before.id, before, after: { deletedAt } });
    return { ...before, deletedAt };
  });
}
