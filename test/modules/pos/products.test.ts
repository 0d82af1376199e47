import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let otherAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  admin = await posUser(app, "ADMIN", tenant.id);
  manager = await posUser(app, "MANAGER", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id });
  const other = await posTenant(app);
  otherAdmin = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const code = (p = "SKU") => unique(p).toUpperCase().replace(/[^A-Z0-9-]/g, "-");
const newProduct = (over: Record<string, unknown> = {}, as: PosUserFixture = admin) =>
  as.api.post("/v1/products", { name: `Widget ${code("N")}`, sku: code(), price: 12.5, ...over });
const auditOf = (entityId: string, action: string) => app.services.db.posAuditLog.findMany({ where: { entityId, action } });

describe("POST /v1/products", () => {
  test("creates a product with variants: 201, money in major units, taxRate in percent, cents in the database, audited", async () => {
    const sku = code();
    const barcode = code("BC");
    const res = await newProduct({
      sku, barcode, cost: 7.25, taxRate: 7.5, unit: "kg", description: "Fresh", trackStock: false,
      variants: [{ name: "Large", sku: `${sku}-L`, price: 14, attributes: { size: "L" } }, { name: "Small", sku: `${sku}-S` }],
    });
    expect(res.status).toBe(201);
    expect(res.body.success).toBe(true);
    const p = res.body.data;
    expect(p).toMatchObject({ sku, barcode, price: 12.5, cost: 7.25, taxRate: 7.5, unit: "kg", description: "Fresh", isActive: true, trackStock: false, category: null, stock: null });
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.createdAt).toMatch(/Z$/);
    expect(p.variants).toHaveLength(2);
    expect(p.variants.find((v: any) => v.name === "Large")).toMatchObject({ name: "Large", sku: `${sku}-L`, price: 14, cost: null, attributes: { size: "L" }, productId: p.id });
    const row = await app.services.db.posProduct.findUnique({ where: { id: p.id } });
    expect(row).toMatchObject({ tenantId: tenant.id, price: 1250, cost: 725, taxRate: 750 });
    expect(await auditOf(p.id, "product.create")).toHaveLength(1);
  });

  test("400 on invalid bodies (missing sku, negative price, 3 decimals)", async () => {
    const missing = await admin.api.post("/v1/products", { name: "No SKU", price: 1 });
    expect(missing.status).toBe(400);
    expect(missing.body.success).toBe(false);
    const negative = await newProduct({ price: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "price" })]));
    expect((await newProduct({ price: 1.234 })).status).toBe(400);
    expect((await newProduct({ taxRate: 101 })).status).toBe(400);
  });

  test("409 naming the field: SKU of a product, barcode of a variant, SKU of a variant, twice in one body", async () => {
    const sku = code();
    const vBarcode = code("VB");
    expect((await newProduct({ sku, variants: [{ name: "Red", sku: `${sku}-R`, barcode: vBarcode }] })).status).toBe(201);

    const dupSku = await newProduct({ sku });
    expect(dupSku.status).toBe(409);
    expect(dupSku.body.error.code).toBe("CONFLICT");
    expect(dupSku.body.error.details).toEqual([expect.objectContaining({ path: "sku" })]);

    const productVsVariantBarcode = await newProduct({ barcode: vBarcode });
    expect(productVsVariantBarcode.status).toBe(409);
    expect(productVsVariantBarcode.body.error.details).toEqual([expect.objectContaining({ path: "barcode" })]);
    expect(productVsVariantBarcode.body.error.message).toMatch(/variant/);

    const productVsVariantSku = await newProduct({ sku: `${sku}-R` });
    expect(productVsVariantSku.status).toBe(409);

    const variantVsProductSku = await newProduct({ variants: [{ name: "X", sku }] });
    expect(variantVsProductSku.status).toBe(409);
    expect(variantVsProductSku.body.error.details).toEqual([expect.objectContaining({ path: "variants.0.sku" })]);

    const twice = await newProduct({ sku: code(), variants: [{ name: "A", sku: "SAME-IN-BODY" }, { name: "B", sku: "SAME-IN-BODY" }] });
    expect(twice.status).toBe(409);
  });

  test("SKUs are per tenant: another tenant may use the same SKU", async () => {
    const sku = code();
    expect((await newProduct({ sku })).status).toBe(201);
    expect((await newProduct({ sku }, otherAdmin)).status).toBe(201);
  });

  test("the category must be a live category of the tenant (404)", async () => {
    const foreign = await otherAdmin.api.post("/v1/products/categories", { name: unique("Foreign") });
    const res = await newProduct({ categoryId: foreign.body.data.id });
    expect(res.status).toBe(404);
    const mine = await admin.api.post("/v1/products/categories", { name: unique("Drinks") });
    const ok = await newProduct({ categoryId: mine.body.data.id });
    expect(ok.status).toBe(201);
    expect(ok.body.data.category).toEqual({ id: mine.body.data.id, name: mine.body.data.name });
  });

  test("401 without a token, 403 for a cashier", async () => {
    expect((await posAnon(app).post("/v1/products", { body: { name: "x", sku: "x", price: 1 } })).status).toBe(401);
    const res = await newProduct({}, cashier);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
    expect((await newProduct({}, manager)).status).toBe(201);
  });
});

describe("GET /v1/products", () => {
  let cat: string;
  let tag: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    tag = code("LIST");
    cat = (await admin.api.post("/v1/products/categories", { name: unique("Snacks") })).body.data.id;
    const a = await posProduct(app, tenant.id, { name: `${tag} Apple`, price: 300, categoryId: cat }, [{ storeId: tenant.stores[0].id, quantity: 7 }, { storeId: tenant.stores[1].id, quantity: 2 }]);
    const b = await posProduct(app, tenant.id, { name: `${tag} Banana`, price: 100, barcode: `${tag}-BAR` }, [{ storeId: tenant.stores[0].id, quantity: 3 }]);
    const c = await posProduct(app, tenant.id, { name: `${tag} Cherry`, price: 900, isActive: false });
    const d = await posProduct(app, tenant.id, { name: `${tag} Deleted`, price: 500, deletedAt: new Date() });
    await app.services.db.posVariant.create({ data: { tenantId: tenant.id, productId: a.id, name: "Green", sku: `${tag}-GREEN` } });
    ids = { a: a.id, b: b.id, c: c.id, d: d.id };
  });

  test("a page of live products matching the search (name), with meta; soft-deleted ones never", async () => {
    const res = await cashier.api.get(`/v1/products?search=${tag}&limit=2`);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(res.body.data.map((p: any) => p.id)).toEqual([ids.a, ids.b]);
    const page2 = await cashier.api.get(`/v1/products?search=${tag}&limit=2&page=2`);
    expect(page2.body.data.map((p: any) => p.id)).toEqual([ids.c]);
    expect(res.body.data[0]).toMatchObject({ price: 3, cost: 6, taxRate: null, category: { id: cat }, stock: null });
    expect(res.body.data[0].variants).toEqual([expect.objectContaining({ sku: `${tag}-GREEN` })]);
  });

  test("search by SKU, barcode and a variant's SKU", async () => {
    const byBarcode = await admin.api.get(`/v1/products?search=${tag}-BAR`);
    expect(byBarcode.body.data.map((p: any) => p.id)).toEqual([ids.b]);
    const byVariant = await admin.api.get(`/v1/products?search=${tag}-GREEN`);
    expect(byVariant.body.data.map((p: any) => p.id)).toEqual([ids.a]);
  });

  test("filters: categoryId, isActive, minPrice/maxPrice; sort -price", async () => {
    const byCat = await admin.api.get(`/v1/products?categoryId=${cat}`);
    expect(byCat.body.data.map((p: any) => p.id)).toEqual([ids.a]);
    const inactive = await admin.api.get(`/v1/products?search=${tag}&isActive=false`);
    expect(inactive.body.data.map((p: any) => p.id)).toEqual([ids.c]);
    const range = await admin.api.get(`/v1/products?search=${tag}&minPrice=1.5&maxPrice=9`);
    expect(range.body.data.map((p: any) => p.id)).toEqual([ids.a, ids.c]);
    const sorted = await admin.api.get(`/v1/products?search=${tag}&sort=-price`);
    expect(sorted.body.data.map((p: any) => p.id)).toEqual([ids.c, ids.a, ids.b]);
    expect((await admin.api.get(`/v1/products?sort=weight`)).status).toBe(400);
  });

  test("storeId: every item carries its stock in that store (batched: the query count does not grow with the page)", async () => {
    const res = await admin.api.get(`/v1/products?search=${tag}&storeId=${tenant.stores[0].id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: any) => [p.id, p.stock])).toEqual([[ids.a, 7], [ids.b, 3], [ids.c, 0]]);
    const second = await admin.api.get(`/v1/products?search=${tag}&storeId=${tenant.stores[1].id}`);
    expect(second.body.data.map((p: any) => p.stock)).toEqual([2, 0, 0]);

    const before1 = app.counter.count;
    await admin.api.get(`/v1/products?search=${tag}&storeId=${tenant.stores[0].id}&limit=1`);
    const one = app.counter.count - before1;
    const before3 = app.counter.count;
    await admin.api.get(`/v1/products?search=${tag}&storeId=${tenant.stores[0].id}&limit=3`);
    expect(app.counter.count - before3).toBe(one);
  });

  test("another tenant's store is a 404; another tenant sees none of these products", async () => {
    expect((await otherAdmin.api.get(`/v1/products?storeId=${tenant.stores[0].id}`)).status).toBe(404);
    const res = await otherAdmin.api.get(`/v1/products?search=${tag}`);
    expect(res.body.data).toEqual([]);
    expect(res.body.meta.total).toBe(0);
  });

  test("401 without a token", async () => {
    expect((await posAnon(app).get("/v1/products")).status).toBe(401);
  });
});

describe("GET/PATCH /v1/products/:id", () => {
  test("detail; another tenant's id and non-UUIDs are 404", async () => {
    const p = (await newProduct()).body.data;
    const res = await cashier.api.get(`/v1/products/${p.id}?storeId=${tenant.stores[0].id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: p.id, sku: p.sku, stock: 0 });
    expect((await otherAdmin.api.get(`/v1/products/${p.id}`)).status).toBe(404);
    expect((await admin.api.get(`/v1/products/not-a-uuid`)).status).toBe(404);
    expect((await posAnon(app).get(`/v1/products/${p.id}`)).status).toBe(401);
  });

  test("partial update; null clears barcode, taxRate and category; audited with before/after", async () => {
    const catId = (await admin.api.post("/v1/products/categories", { name: unique("Cat") })).body.data.id;
    const p = (await newProduct({ barcode: code("B"), taxRate: 5, categoryId: catId })).body.data;
    const res = await admin.api.patch(`/v1/products/${p.id}`, { price: 20.99, name: "Renamed" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: "Renamed", price: 20.99, sku: p.sku, barcode: p.barcode, taxRate: 5, category: { id: catId } });
    const cleared = await admin.api.patch(`/v1/products/${p.id}`, { barcode: null, taxRate: null, categoryId: null, isActive: false });
    expect(cleared.body.data).toMatchObject({ barcode: null, taxRate: null, category: null, isActive: false });
    expect(await app.services.db.posProduct.findUnique({ where: { id: p.id } })).toMatchObject({ price: 2099, barcode: null, taxRate: null });
    const [log] = await auditOf(p.id, "product.update");
    expect(log).toBeDefined();
  });

  test("400 negative price, 409 on another's SKU or a variant's barcode, keeping its own SKU is fine", async () => {
    const vb = code("VB");
    const a = (await newProduct({ variants: [{ name: "V", sku: code(), barcode: vb }] })).body.data;
    const b = (await newProduct()).body.data;
    expect((await admin.api.patch(`/v1/products/${b.id}`, { price: -0.01 })).status).toBe(400);
    const sku = await admin.api.patch(`/v1/products/${b.id}`, { sku: a.sku });
    expect(sku.status).toBe(409);
    expect(sku.body.error.details).toEqual([expect.objectContaining({ path: "sku" })]);
    const bc = await admin.api.patch(`/v1/products/${b.id}`, { barcode: vb });
    expect(bc.status).toBe(409);
    expect(bc.body.error.details).toEqual([expect.objectContaining({ path: "barcode" })]);
    expect((await admin.api.patch(`/v1/products/${b.id}`, { sku: b.sku })).status).toBe(200);
  });

  test("403 for a cashier, 404 for another tenant", async () => {
    const p = (await newProduct()).body.data;
    expect((await cashier.api.patch(`/v1/products/${p.id}`, { name: "x" })).status).toBe(403);
    expect((await otherAdmin.api.patch(`/v1/products/${p.id}`, { name: "x" })).status).toBe(404);
    expect((await app.services.db.posProduct.findUnique({ where: { id: p.id } }))!.name).toBe(p.name);
  });
});

describe("DELETE /v1/products/:id", () => {
  test("soft delete: hidden from detail, list and barcode lookup; SKU/barcodes of it and its variants free for reuse", async () => {
    const sku = code();
    const barcode = code("BC");
    const vSku = code("V");
    const vBarcode = code("VB");
    const p = (await newProduct({ sku, barcode, variants: [{ name: "V", sku: vSku, barcode: vBarcode }] })).body.data;
    const res = await admin.api.delete(`/v1/products/${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: p.id, sku, barcode });
    expect(res.body.data.deletedAt).toMatch(/Z$/);

    expect((await admin.api.get(`/v1/products/${p.id}`)).status).toBe(404);
    expect((await admin.api.get(`/v1/products?search=${sku}`)).body.data).toEqual([]);
    expect((await admin.api.get(`/v1/products/lookup/barcode/${barcode}`)).status).toBe(404);
    expect((await admin.api.get(`/v1/products/lookup/barcode/${vBarcode}`)).status).toBe(404);
    expect((await admin.api.delete(`/v1/products/${p.id}`)).status).toBe(404);

    const row = await app.services.db.posProduct.findUnique({ where: { id: p.id }, include: { variants: true } });
    expect(row!.deletedAt).not.toBeNull();
    expect(row!.sku).toBe(`${sku}~deleted~${p.id}`);
    expect(row!.variants[0]!.deletedAt).not.toBeNull();
    expect(row!.variants[0]!.sku).toBe(`${vSku}~deleted~${row!.variants[0]!.id}`);

    const again = await newProduct({ sku, barcode, variants: [{ name: "V", sku: vSku, barcode: vBarcode }] });
    expect(again.status).toBe(201);
    expect(await auditOf(p.id, "product.delete")).toHaveLength(1);
  });

  test("403 for a cashier, 404 for another tenant (nothing deleted)", async () => {
    const p = (await newProduct()).body.data;
    expect((await cashier.api.delete(`/v1/products/${p.id}`)).status).toBe(403);
    expect((await otherAdmin.api.delete(`/v1/products/${p.id}`)).status).toBe(404);
    expect((await app.services.db.posProduct.findUnique({ where: { id: p.id } }))!.deletedAt).toBeNull();
  });
});

describe("variants", () => {
  test("add (201), update, soft-delete (SKU freed); price null means the product's", async () => {
    const p = (await newProduct()).body.data;
    const sku = code("V");
    const created = await admin.api.post(`/v1/products/${p.id}/variants`, { name: "Blue", sku, barcode: code("VB"), price: 13.5, attributes: { color: "blue" } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ productId: p.id, name: "Blue", sku, price: 13.5, cost: null, attributes: { color: "blue" } });
    const vid = created.body.data.id;

    const upd = await admin.api.patch(`/v1/products/${p.id}/variants/${vid}`, { name: "Navy", price: null, barcode: null });
    expect(upd.status).toBe(200);
    expect(upd.body.data).toMatchObject({ id: vid, name: "Navy", sku, price: null, barcode: null });
    expect((await admin.api.get(`/v1/products/${p.id}`)).body.data.variants).toEqual([expect.objectContaining({ id: vid, name: "Navy" })]);

    const del = await admin.api.delete(`/v1/products/${p.id}/variants/${vid}`);
    expect(del.status).toBe(200);
    expect(del.body.data).toMatchObject({ id: vid, sku });
    expect(del.body.data.deletedAt).toMatch(/Z$/);
    expect((await admin.api.get(`/v1/products/${p.id}`)).body.data.variants).toEqual([]);
    expect((await admin.api.delete(`/v1/products/${p.id}/variants/${vid}`)).status).toBe(404);
    expect((await admin.api.post(`/v1/products/${p.id}/variants`, { name: "Again", sku })).status).toBe(201);
    expect(await auditOf(vid, "variant.delete")).toHaveLength(1);
  });

  test("409 when a variant takes a product's barcode or SKU", async () => {
    const bc = code("PB");
    const owner = (await newProduct({ barcode: bc })).body.data;
    const p = (await newProduct()).body.data;
    const res = await admin.api.post(`/v1/products/${p.id}/variants`, { name: "X", sku: code(), barcode: bc });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: "barcode" })]);
    expect((await admin.api.post(`/v1/products/${p.id}/variants`, { name: "X", sku: owner.sku })).status).toBe(409);
    const v = (await admin.api.post(`/v1/products/${p.id}/variants`, { name: "Y", sku: code() })).body.data;
    expect((await admin.api.patch(`/v1/products/${p.id}/variants/${v.id}`, { barcode: bc })).status).toBe(409);
  });

  test("a variant of another product, another tenant's product, and a cashier: 404/404/403", async () => {
    const a = (await newProduct({ variants: [{ name: "A1", sku: code() }] })).body.data;
    const b = (await newProduct()).body.data;
    const vid = a.variants[0].id;
    expect((await admin.api.patch(`/v1/products/${b.id}/variants/${vid}`, { name: "Hijack" })).status).toBe(404);
    expect((await admin.api.delete(`/v1/products/${b.id}/variants/${vid}`)).status).toBe(404);
    expect((await otherAdmin.api.patch(`/v1/products/${a.id}/variants/${vid}`, { name: "Hijack" })).status).toBe(404);
    expect((await otherAdmin.api.post(`/v1/products/${a.id}/variants`, { name: "X", sku: code() })).status).toBe(404);
    expect((await cashier.api.post(`/v1/products/${a.id}/variants`, { name: "X", sku: code() })).status).toBe(403);
    expect((await cashier.api.delete(`/v1/products/${a.id}/variants/${vid}`)).status).toBe(403);
    expect((await app.services.db.posVariant.findUnique({ where: { id: vid } }))!).toMatchObject({ name: "A1", deletedAt: null });
  });
});

describe("GET /v1/products/lookup/barcode/:barcode", () => {
  test("a product's barcode, a variant's barcode (with its product), 404 for unknown and other tenants", async () => {
    const pb = code("PB");
    const vb = code("VB");
    const p = (await newProduct({ barcode: pb, variants: [{ name: "V", sku: code(), barcode: vb }] })).body.data;
    const byProduct = await cashier.api.get(`/v1/products/lookup/barcode/${pb}`);
    expect(byProduct.status).toBe(200);
    expect(byProduct.body.data).toMatchObject({ type: "product", product: { id: p.id, barcode: pb }, variant: null });
    const byVariant = await cashier.api.get(`/v1/products/lookup/barcode/${vb}`);
    expect(byVariant.body.data).toMatchObject({ type: "variant", product: { id: p.id }, variant: { id: p.variants[0].id, barcode: vb } });
    expect((await cashier.api.get(`/v1/products/lookup/barcode/${code("NOPE")}`)).status).toBe(404);
    expect((await otherAdmin.api.get(`/v1/products/lookup/barcode/${pb}`)).status).toBe(404);
    expect((await posAnon(app).get(`/v1/products/lookup/barcode/${pb}`)).status).toBe(401);
  });
});

describe("POST /v1/products/bulk-import", () => {
  test("json, all-or-nothing: every row valid → 201, all written (category by name)", async () => {
    const catName = unique("Imported");
    await admin.api.post("/v1/products/categories", { name: catName });
    const skus = [code(), code()];
    const res = await admin.api.post("/v1/products/bulk-import", {
      format: "json", mode: "all-or-nothing",
      rows: [{ name: "One", sku: skus[0], price: 1.5, taxRate: 10, category: catName }, { name: "Two", sku: skus[1], price: "2", cost: 1 }],
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ mode: "all-or-nothing", total: 2, created: 2, failed: 0, errors: [] });
    expect(res.body.data.products.map((p: any) => [p.row, p.sku])).toEqual([[1, skus[0]], [2, skus[1]]]);
    const rows = await app.services.db.posProduct.findMany({ where: { tenantId: tenant.id, sku: { in: skus } }, include: { category: true }, orderBy: { sku: "asc" } });
    expect(rows.map((r) => [r.sku, r.price, r.taxRate, r.category?.name ?? null])).toEqual([[skus[0], 150, 1000, catName], [skus[1], 200, null, null]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(await app.services.db.posAuditLog.count({ where: { tenantId: tenant.id, action: "product.bulk_import" } })).toBeGreaterThan(0);
  });

  test("all-or-nothing with an invalid row → 400 with a per-row report, nothing written", async () => {
    const existing = (await newProduct()).body.data;
    const good = code();
    const res = await admin.api.post("/v1/products/bulk-import", {
      format: "json",
      rows: [{ name: "Good", sku: good, price: 1 }, { name: "", sku: code(), price: -1 }, { name: "Dup", sku: existing.sku, price: 1 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    const details = res.body.error.details;
    expect(details).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 2, field: "name", path: "rows.2.name" }),
      expect.objectContaining({ row: 2, field: "price" }),
      expect.objectContaining({ row: 3, field: "sku" }),
    ]));
    expect(details.some((d: any) => d.row === 1)).toBe(false);
    expect(await app.services.db.posProduct.count({ where: { tenantId: tenant.id, sku: good } })).toBe(0);
  });

  test("csv, partial: quoted fields, valid rows written, invalid rows and in-file duplicates reported → 201", async () => {
    const [a, b, c] = [code(), code(), code()];
    const bc = code("BC");
    const csv = [
      "name,sku,barcode,price,taxRate,description",
      `"Cola, 330ml",${a},${bc},1.25,5,"He said ""hi""\nsecond line"`,
      `Bad price,${b},,abc,,`,
      `Dup barcode,${c},${bc},2,,`,
      `Dup sku,${a},,2,,`,
      "",
    ].join("\r\n");
    const res = await admin.api.post("/v1/products/bulk-import", { format: "csv", mode: "partial", csv });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ mode: "partial", total: 4, created: 1, failed: 3 });
    expect(res.body.data.errors).toEqual([
      expect.objectContaining({ row: 2, field: "price" }),
      expect.objectContaining({ row: 3, field: "barcode", message: expect.stringMatching(/row 1/) }),
      expect.objectContaining({ row: 4, field: "sku", message: expect.stringMatching(/row 1/) }),
    ]);
    const row = await app.services.db.posProduct.findFirst({ where: { tenantId: tenant.id, sku: a } });
    expect(row).toMatchObject({ name: "Cola, 330ml", barcode: bc, price: 125, taxRate: 500, description: 'He said "hi"\nsecond line' });
    expect(await app.services.db.posProduct.count({ where: { tenantId: tenant.id, sku: { in: [b, c] } } })).toBe(0);
  });

  test("400: unknown columns, malformed CSV, missing rows, more than 5000 rows; 403 for a cashier", async () => {
    expect((await admin.api.post("/v1/products/bulk-import", { format: "csv", csv: "name,sku,color\nA,B,red" })).status).toBe(400);
    expect((await admin.api.post("/v1/products/bulk-import", { format: "csv", csv: 'name,sku,price\n"A,B,1' })).status).toBe(400);
    expect((await admin.api.post("/v1/products/bulk-import", { format: "json" })).status).toBe(400);
    expect((await admin.api.post("/v1/products/bulk-import", { format: "xml", rows: [] })).status).toBe(400);
    const many = ["name,sku,price", ...Array.from({ length: 5001 }, (_, i) => `P${i},BULK-${i},1`)].join("\n");
    const tooMany = await admin.api.post("/v1/products/bulk-import", { format: "csv", csv: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/5000/);
    expect((await cashier.api.post("/v1/products/bulk-import", { format: "json", rows: [] })).status).toBe(403);
  });
});

describe("routing and GraphQL", () => {
  test("static paths win over /:id (categories, bulk-import, lookup)", async () => {
    const cats = await admin.api.get("/v1/products/categories");
    expect(cats.status).toBe(200);
    expect(Array.isArray(cats.body.data)).toBe(true);
  });

  test("the OpenAPI document lists the product routes", async () => {
    const res = await fetch(`${app.url}/pos/openapi.json`);
    expect(res.status).toBe(200);
    const paths = Object.keys(((await res.json()) as { paths: Record<string, unknown> }).paths).join(" ");
    expect(paths).toMatch(/\/api\/v1\/products\/bulk-import/);
    expect(paths).toMatch(/\/api\/v1\/products\/lookup\/barcode\/\{barcode\}/);
  });

  test("posProducts over /graphql with the same rules", async () => {
    const p = (await newProduct({ price: 3.3 })).body.data;
    const res = await gql(app.url, `query($s: String) { posProducts(search: $s) { total items { id sku price variants { id } } } }`, { s: p.sku }, cashier.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posProducts).toEqual({ total: 1, items: [{ id: p.id, sku: p.sku, price: 3.3, variants: [] }] });
    const denied = await gql(app.url, `mutation($i: CreatePosProductInput!) { createPosProduct(input: $i) { id } }`, { i: { name: "x", sku: code(), price: 1 } }, cashier.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("price range (review regression)", () => {
  test("prices and costs beyond the 32-bit cent columns are a 400, not a 500 (create, update, variant, import)", async () => {
    const big = 30_000_000;
    const created = await admin.api.post("/v1/products", { name: "Too dear", sku: code(), price: big });
    expect(created.status, created.text).toBe(400);
    expect(created.body.error.details).toEqual([expect.objectContaining({ path: "price" })]);
    const ok = await admin.api.post("/v1/products", { name: "Dear", sku: code(), price: 10_000_000 });
    expect(ok.status, ok.text).toBe(201);
    expect((await admin.api.patch(`/v1/products/${ok.body.data.id}`, { cost: big })).status).toBe(400);
    expect((await admin.api.post(`/v1/products/${ok.body.data.id}/variants`, { name: "Big", sku: code(), price: big })).status).toBe(400);
    const imported = await admin.api.post("/v1/products/bulk-import", { format: "json", rows: [{ name: "Imp", sku: code(), price: big }] });
    expect(imported.status, imported.text).toBe(400);
    expect(imported.body.error.details).toEqual([expect.objectContaining({ field: "price", message: "is too large" })]);
  });
});
