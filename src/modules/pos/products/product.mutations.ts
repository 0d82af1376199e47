import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosProduct, PosVariant } from "./product.type.ts";
import { Attributes, Barcode, Cents, Description, ProductName, Sku, TaxPercent, Unit, VariantName } from "./product.validation.ts";
import * as products from "./product.service.ts";
import { importProducts, IMPORT_MODES, MAX_IMPORT_ROWS, type ImportInput } from "./product-import.ts";

const variantFields = (t: any, create: boolean) => ({
  name: t.string({ required: create, validate: create ? VariantName : VariantName.nullish() }),
  sku: t.string({ required: create, validate: create ? Sku : Sku.nullish() }),
  barcode: t.string({ required: false, description: "null clears it.", validate: Barcode.nullish() }),
  price: t.field({ type: "Amount", required: false, description: "null: the product's price.", validate: Cents.nullish() }),
  cost: t.field({ type: "Amount", required: false, description: "null: the product's cost.", validate: Cents.nullish() }),
  attributes: t.field({ type: "JSON", required: false, description: "Simple key/value pairs, e.g. {\"size\": \"L\"}.", validate: Attributes.nullish() }),
});
const CreatePosVariantInput = builder.inputType("CreatePosVariantInput", { fields: (t) => variantFields(t, true) });
const UpdatePosVariantInput = builder.inputType("UpdatePosVariantInput", { fields: (t) => variantFields(t, false) });

const productFields = (t: any, create: boolean) => ({
  name: t.string({ required: create, validate: create ? ProductName : ProductName.nullish() }),
  sku: t.string({ required: create, description: "Unique per tenant across products and variants (409).", validate: create ? Sku : Sku.nullish() }),
  barcode: t.string({ required: false, description: "Unique per tenant across products and variants (409); null clears it.", validate: Barcode.nullish() }),
  price: t.field({ type: "Amount", required: create, validate: create ? Cents : Cents.nullish() }),
  cost: t.field({ type: "Amount", required: false, validate: Cents.nullish() }),
  taxRate: t.float({ required: false, description: "Percent with up to 2 decimals; null: the tenant's default rate.", validate: TaxPercent.nullish() }),
  categoryId: t.id({ required: false, description: "A live category of the tenant (404 otherwise); null uncategorizes." }),
  unit: t.string({ required: false, description: "Default pcs.", validate: Unit.nullish() }),
  description: t.string({ required: false, validate: Description.nullish() }),
  trackStock: t.boolean({ required: false, description: "Default true." }),
  isActive: t.boolean({ required: false, description: "Default true." }),
});
const CreatePosProductInput = builder.inputType("CreatePosProductInput", {
  fields: (t) => ({
    ...productFields(t, true),
    variants: t.field({ type: [CreatePosVariantInput], required: false, validate: z.array(z.any()).max(100, "at most 100 variants").nullish() }),
  }),
});
const UpdatePosProductInput = builder.inputType("UpdatePosProductInput", { fields: (t) => productFields(t, false) });

const PosImportFormat = builder.enumType("PosImportFormat", { values: ["json", "csv"] as const });
const ImportPosProductsInput = builder.inputType("ImportPosProductsInput", {
  fields: (t) => ({
    format: t.field({ type: PosImportFormat, required: true }),
    mode: t.string({
      required: false,
      description: "all-or-nothing (default): any invalid row rejects the whole import (400, nothing written); partial: valid rows are written, invalid ones reported.",
      validate: z.enum(IMPORT_MODES, { message: `must be one of ${IMPORT_MODES.join(", ")}` }).nullish(),
    }),
    rows: t.field({ type: "JSON", required: false, description: `format json: up to ${MAX_IMPORT_ROWS} objects {name, sku, barcode?, price, cost?, taxRate?, unit?, description?, trackStock?, isActive?, categoryId? | category (name)?}.` }),
    csv: t.string({ required: false, description: `format csv: the file's text, a header line naming those columns, up to ${MAX_IMPORT_ROWS} data lines.` }),
  }),
});

type ImportResult = Awaited<ReturnType<typeof importProducts>>;
const PosImportError = builder.objectRef<ImportResult["errors"][number]>("PosImportError").implement({
  fields: (t) => ({
    row: t.exposeInt("row", { description: "1 = the first data row (a CSV header does not count)." }),
    field: t.exposeString("field", { description: "The column at fault (empty: the whole row)." }),
    message: t.exposeString("message"),
  }),
});
const PosImportedProduct = builder.objectRef<ImportResult["products"][number]>("PosImportedProduct").implement({
  fields: (t) => ({ row: t.exposeInt("row"), id: t.exposeID("id"), sku: t.exposeString("sku"), name: t.exposeString("name") }),
});
const PosProductImportResult = builder.objectRef<ImportResult>("PosProductImportResult").implement({
  fields: (t) => ({
    mode: t.exposeString("mode"),
    total: t.exposeInt("total", { description: "Data rows received." }),
    created: t.exposeInt("created"),
    failed: t.exposeInt("failed", { description: "Rows not imported." }),
    errors: t.field({ type: [PosImportError], resolve: (r) => r.errors }),
    products: t.field({ type: [PosImportedProduct], resolve: (r) => r.products }),
  }),
});

const write = { role: can("product:write") };

builder.mutationFields((t) => ({
  createPosProduct: t.prismaField({
    description: "Create a product, optionally with variants (SKU/barcode clash with any product or variant of the tenant: 409).",
    type: PosProduct,
    authScopes: write,
    args: { input: t.arg({ type: CreatePosProductInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await products.createProduct(ctx, input as products.ProductInput);
      return products.findProduct(ctx, created.id, query);
    },
  }),
  importPosProducts: t.field({
    description: "Bulk import products from JSON rows or CSV text (modes: all-or-nothing, the default, rejects the whole file on any invalid row; partial writes the valid rows and reports the rest).",
    type: PosProductImportResult,
    authScopes: write,
    args: { input: t.arg({ type: ImportPosProductsInput, required: true }) },
    resolve: (_root, { input }, ctx) => importProducts(ctx, input as ImportInput),
  }),
  updatePosProduct: t.prismaField({
    description: "Update a product: only the given fields change (same SKU/barcode rules; price ≥ 0).",
    type: PosProduct,
    authScopes: write,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosProductInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await products.updateProduct(ctx, String(id), input as products.ProductInput);
      return products.findProduct(ctx, String(id), query);
    },
  }),
  deletePosProduct: t.prismaField({
    description: "Soft-delete a product and its variants; their SKUs and barcodes become free for reuse. Returns the product as it was, with deletedAt.",
    type: PosProduct,
    authScopes: write,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => products.deleteProduct(ctx, String(id), query),
  }),
  createPosVariant: t.prismaField({
    description: "Add a variant to a live product.",
    type: PosVariant,
    authScopes: write,
    args: { id: t.arg.id({ required: true, description: "The product." }), input: t.arg({ type: CreatePosVariantInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const created = await products.createVariant(ctx, String(id), input as products.VariantInput);
      return (await ctx.db.posVariant.findUnique({ ...query, where: { id: created.id } }))!;
    },
  }),
  updatePosVariant: t.prismaField({
    description: "Update a variant of the product (a variant of another product is a 404).",
    type: PosVariant,
    authScopes: write,
    args: { id: t.arg.id({ required: true }), variantId: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosVariantInput, required: true }) },
    resolve: async (query, _root, { id, variantId, input }, ctx) => {
      const updated = await products.updateVariant(ctx, String(id), String(variantId), input as products.VariantInput);
      return (await ctx.db.posVariant.findUnique({ ...query, where: { id: updated.id } }))!;
    },
  }),
  deletePosVariant: t.field({
    description: "Soft-delete a variant (its SKU/barcode become free). Returns the variant as it was, with deletedAt.",
    type: PosVariant,
    authScopes: write,
    args: { id: t.arg.id({ required: true }), variantId: t.arg.id({ required: true }) },
    resolve: (_root, { id, variantId }, ctx) => products.deleteVariant(ctx, String(id), String(variantId)),
  }),
}));
