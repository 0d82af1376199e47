import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { MAX_IMPORT_ROWS } from "./product-import.ts";

export const VARIANT = "{ id productId name sku barcode price cost attributes createdAt updatedAt }";
export const PRODUCT = `{ id name description sku barcode unit price cost taxRate isActive trackStock category { id name }
  variants ${VARIANT} stock createdAt updatedAt }`;

export const productsRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/products", operation: "Query.posProducts", select: `{ items ${PRODUCT} total page limit }`,
    summary: "List products: page, limit (≤100), search (name/SKU/barcode), categoryId, isActive, minPrice, maxPrice, storeId (items carry stock there), sort=name|price|createdAt (-prefix: descending)." },
  { method: "POST", path: "/api/v1/products", operation: "Mutation.createPosProduct", status: 201, bodyArg: "input", select: PRODUCT,
    summary: "Create product {name, sku, barcode?, price, cost?, taxRate? (percent), categoryId?, unit?, description?, trackStock?, isActive?, variants?: [{name, sku, barcode?, price?, cost?, attributes?}]} → 201; SKU/barcode used by any product or variant: 409; unknown category: 404." },
  { method: "POST", path: "/api/v1/products/bulk-import", operation: "Mutation.importPosProducts", status: 201, bodyArg: "input", maxBodyBytes: 10_000_000,
    select: "{ mode total created failed errors { row field message } products { row id sku name } }",
    summary: `Bulk import {format: json|csv, mode: all-or-nothing (default) | partial, rows: [...] | csv: "text"}, at most ${MAX_IMPORT_ROWS} rows. `
      + "all-or-nothing: any invalid row → 400 with a per-row report (details [{path: rows.<row>.<field>, row, field, message}]), nothing written; "
      + "partial: valid rows are written → 201 {created, failed, errors: [{row, field, message}]}. Duplicate SKUs/barcodes within the file are errors." },
  { method: "GET", path: "/api/v1/products/lookup/barcode/:barcode", operation: "Query.posProductByBarcode",
    select: `{ type product ${PRODUCT} variant ${VARIANT} }`,
    summary: "Barcode lookup → {type: product|variant, product, variant?}; 404 when no live product or variant carries it." },
  { method: "GET", path: "/api/v1/products/:id", operation: "Query.posProduct", select: PRODUCT,
    summary: "Get product detail with category and live variants (?storeId: with its stock there)." },
  { method: "PATCH", path: "/api/v1/products/:id", operation: "Mutation.updatePosProduct", bodyArg: "input", select: PRODUCT,
    summary: "Update product: only the given fields change; same SKU/barcode rules (409), price ≥ 0 (400)." },
  { method: "DELETE", path: "/api/v1/products/:id", operation: "Mutation.deletePosProduct",
    select: `{ id name sku barcode price isActive category { id name } variants ${VARIANT} createdAt updatedAt deletedAt }`,
    summary: "Soft-delete product (and its variants): it disappears from lists and lookups, its SKU/barcode can be reused. Returns the deleted product." },
  { method: "POST", path: "/api/v1/products/:id/variants", operation: "Mutation.createPosVariant", status: 201, bodyArg: "input", select: VARIANT,
    summary: "Add variant {name, sku, barcode?, price?, cost?, attributes?} → 201 (price/cost null: the product's)." },
  { method: "PATCH", path: "/api/v1/products/:id/variants/:variantId", operation: "Mutation.updatePosVariant", bodyArg: "input", select: VARIANT,
    summary: "Update variant; a variant of another product is a 404." },
  { method: "DELETE", path: "/api/v1/products/:id/variants/:variantId", operation: "Mutation.deletePosVariant",
    select: "{ id productId name sku barcode price cost attributes createdAt updatedAt deletedAt }",
    summary: "Soft-delete variant (its SKU/barcode become free). Returns the deleted variant." },
];
