import { z } from "zod";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { badRequest, DomainError } from "../../../kernel/errors.ts";
import { toMinor } from "../../../kernel/money.ts";
import { audit } from "../shared/audit.ts";
import { live, tenantIdOf } from "../shared/tenancy.ts";
import { lockCatalog } from "./catalog-lock.ts";
import { parseCsv } from "./csv.ts";
import { Barcode, Cents, Description, ProductName, Sku, TaxPercent, Unit, percentToBp } from "./product.validation.ts";

export const MAX_IMPORT_ROWS = 5000;
export const IMPORT_MODES = ["all-or-nothing", "partial"] as const;
export type ImportInput = { format: "json" | "csv"; mode?: (typeof IMPORT_MODES)[number] | null; rows?: unknown; csv?: string | null };
export type ImportError = { row: number; field: string; message: string };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (blank(v) ? undefined : v), schema.optional());
/** major units (number, or numeric text from CSV) → cents */
const money = z.preprocess((v) => (typeof v === "string" ? Number(v.trim()) : v), z.number({ message: "must be a number" }).min(0, "must be 0 or more"))
  .transform((v, c) => {
    try { return toMinor(v); } catch (error) { c.addIssue({ code: "custom", message: (error as Error).message }); return z.NEVER; }
  }).pipe(Cents);
const percent = z.preprocess((v) => (typeof v === "string" ? Number(v.trim()) : v), TaxPercent);
const bool = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  const t = v.trim().toLowerCase();
  return ["true", "1", "yes"].includes(t) ? true : ["false", "0", "no"].includes(t) ? false : v;
}, z.boolean({ message: "must be true or false" }));

/** One product row of an import (JSON object or CSV line with these column names). */
const Row = z.object({
  name: ProductName,
  sku: Sku,
  barcode: optional(Barcode),
  price: money,
  cost: optional(money),
  taxRate: optional(percent),
  unit: optional(Unit),
  description: optional(Description),
  trackStock: optional(bool),
  isActive: optional(bool),
  categoryId: optional(z.string().trim()),
  category: optional(z.string().trim().max(100)),
});
type Row = z.infer<typeof Row>;
const COLUMNS = Object.keys(Row.shape);

/** The raw rows of the body: objects (JSON) or header + lines (CSV), at most 5000. */
function rawRows(input: ImportInput): Record<string, unknown>[] {
  if (input.format === "json") {
    if (!Array.isArray(input.rows)) throw badRequest("format json needs `rows`: an array of product objects");
    if (input.rows.length > MAX_IMPORT_ROWS) throw badRequest(`At most ${MAX_IMPORT_ROWS} rows per import`);
    return input.rows.map((r) => (r && typeof r === "object" && !Array.isArray(r) ? (r as Record<string, unknown>) : { __invalid: true }));
  }
  if (typeof input.csv !== "string" || !input.csv.trim()) throw badRequest("format csv needs `csv`: the file's text with a header line");
  let lines: string[][];
  try { lines = parseCsv(input.csv); } catch (error) { throw badRequest(`Malformed CSV: ${(error as Error).message}`); }
  const [header, ...data] = lines;
  if (!header) throw badRequest("The CSV has no header line");
  const names = header.map((h) => h.trim());
  const unknown = names.filter((n) => !COLUMNS.includes(n));
  if (unknown.length) throw badRequest(`Unknown CSV columns: ${unknown.join(", ")} (known: ${COLUMNS.join(", ")})`);
  if (data.length > MAX_IMPORT_ROWS) throw badRequest(`At most ${MAX_IMPORT_ROWS} rows per import`);
  return data.map((cells) => (cells.length > names.length
    ? { __invalid: `has ${cells.length} fields, the header ${names.length}` }
    : Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ""]))));
}

/**
 * Bulk import. Rows are numbered from 1 (the first data row; a CSV's header does not count). Each row is validated
 * alone; a SKU or barcode used twice in the file, or already used by a product or variant of the tenant, is an error
 * of the later row. `all-or-nothing` (default): any error → 400 with every error and nothing written. `partial`:
 * the valid rows are written and the invalid ones reported. One transaction, under the catalog lock.
 */
export async function importProducts(ctx: Context, input: ImportInput) {
  const tenantId = tenantIdOf(ctx);
  const mode = input.mode ?? "all-or-nothing";
  const raw = rawRows(input);
  const errors: ImportError[] = [];
  const parsed: { row: number; data: Row }[] = [];
  raw.forEach((r, i) => {
    if ("__invalid" in r) {
      errors.push({ row: i + 1, field: "", message: typeof r.__invalid === "string" ? `row ${r.__invalid}` : "must be an object" });
      return;
    }
    const result = Row.safeParse(r);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push({ row: i + 1, field: issue.path.map(String).join(".") || "", message: issue.message });
    } else parsed.push({ row: i + 1, data: result.data });
  });

  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const categories = await tx.posCategory.findMany({ where: live(tenantId), select: { id: true, name: true } });
    const byId = new Set(categories.map((c) => c.id));
    const byName = new Map<string, string[]>();
    for (const c of categories) byName.set(c.name.toLowerCase(), [...(byName.get(c.name.toLowerCase()) ?? []), c.id]);

    const skus = parsed.map((p) => p.data.sku);
    const barcodes = parsed.flatMap((p) => (p.data.barcode ? [p.data.barcode] : []));
    const [products, variants] = await Promise.all([
      tx.posProduct.findMany({ where: { tenantId, OR: [{ sku: { in: skus } }, { barcode: { in: barcodes } }] }, select: { sku: true, barcode: true } }),
      tx.posVariant.findMany({ where: { tenantId, OR: [{ sku: { in: skus } }, { barcode: { in: barcodes } }] }, select: { sku: true, barcode: true } }),
    ]);
    const takenSku = new Set([...products, ...variants].map((r) => r.sku));
    const takenBarcode = new Set([...products, ...variants].flatMap((r) => (r.barcode ? [r.barcode] : [])));
    const fileSku = new Map<string, number>();
    const fileBarcode = new Map<string, number>();

    const valid: { row: number; data: Prisma.PosProductCreateManyInput }[] = [];
    for (const { row, data } of parsed) {
      const rowErrors: ImportError[] = [];
      if (takenSku.has(data.sku)) rowErrors.push({ row, field: "sku", message: `SKU "${data.sku}" is already used by a product or variant` });
      else if (fileSku.has(data.sku)) rowErrors.push({ row, field: "sku", message: `SKU "${data.sku}" repeats row ${fileSku.get(data.sku)}` });
      if (data.barcode) {
        if (takenBarcode.has(data.barcode)) rowErrors.push({ row, field: "barcode", message: `Barcode "${data.barcode}" is already used by a product or variant` });
        else if (fileBarcode.has(data.barcode)) rowErrors.push({ row, field: "barcode", message: `Barcode "${data.barcode}" repeats row ${fileBarcode.get(data.barcode)}` });
      }
      if (!fileSku.has(data.sku)) fileSku.set(data.sku, row);
      if (data.barcode && !fileBarcode.has(data.barcode)) fileBarcode.set(data.barcode, row);
      let categoryId: string | null = null;
      if (data.categoryId) {
        if (byId.has(data.categoryId.toLowerCase())) categoryId = data.categoryId.toLowerCase();
        else rowErrors.push({ row, field: "categoryId", message: "No such category" });
      } else if (data.category) {
        const ids = byName.get(data.category.toLowerCase()) ?? [];
        if (ids.length === 1) categoryId = ids[0]!;
        else rowErrors.push({ row, field: "category", message: ids.length ? "Several categories have this name: use categoryId" : "No category has this name" });
      }
      if (rowErrors.length) { errors.push(...rowErrors); continue; }
      valid.push({
        row,
        data: {
          tenantId, categoryId, name: data.name, sku: data.sku, barcode: data.barcode ?? null, price: data.price, cost: data.cost ?? 0,
          taxRate: data.taxRate === undefined ? null : percentToBp(data.taxRate), unit: data.unit ?? "pcs",
          description: data.description ?? null, trackStock: data.trackStock ?? true, isActive: data.isActive ?? true,
        },
      });
    }
    errors.sort((a, b) => a.row - b.row);
    const failedRows = new Set(errors.map((e) => e.row)).size;
    if (mode === "all-or-nothing" && errors.length) {
      throw new DomainError("VALIDATION_FAILED", `Import rejected: ${failedRows} of ${raw.length} rows are invalid; nothing was imported`, {
        fields: errors.map((e) => ({ path: `rows.${e.row}${e.field ? `.${e.field}` : ""}`, message: e.message, row: e.row, field: e.field })),
      });
    }
    const created = valid.length
      ? await tx.posProduct.createManyAndReturn({ data: valid.map((v) => v.data), select: { id: true, sku: true, name: true } })
      : [];
    const rowOf = new Map(valid.map((v) => [v.data.sku, v.row]));
    const products_ = created.map((p) => ({ ...p, row: rowOf.get(p.sku)! })).sort((a, b) => a.row - b.row);
    const result = { mode, total: raw.length, created: created.length, failed: failedRows, errors, products: products_ };
    if (created.length) {
      await audit(tx, ctx, {
        action: "product.bulk_import", entityType: "product", entityId: null,
        after: { format: input.format, mode, total: raw.length, created: created.length, failed: failedRows, productIds: created.map((p) => p.id) },
      });
    }
    return result;
  }, { timeout: 60_000, maxWait: 10_000 });
}
