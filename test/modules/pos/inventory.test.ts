import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sseSubscribe } from "../../support/sse.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let other: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let boundCashier: PosUserFixture;
let otherAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  other = await posTenant(app);
  admin = await posUser(app, "ADMIN", tenant.id);
  manager = await posUser(app, "MANAGER", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id);
  boundCashier = await posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id });
  otherAdmin = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const s0 = () => tenant.stores[0].id;
const s1 = () => tenant.stores[1].id;
const level = async (storeId: string, productId: string, variantId: string | null = null) =>
  (await app.services.db.posStock.findUnique({ where: { storeId_productId_variantKey: { storeId, productId, variantKey: variantId ?? "" } } }))?.quantity;

describe("GET /v1/inventory/stock", () => {
  test("lists stock rows with store, product and variant, filtered by product, store, search and lowOnly", async () => {
    const p = await posProduct(app, tenant.id, { name: "Blue Widget" }, [{ storeId: s0(), quantity: 10 }, { storeId: s1(), quantity: 3 }]);
    const res = await admin.api.get(`/v1/inventory/stock?productId=${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.meta).toMatchObject({ page: 1, limit: 20, total: 2, totalPages: 1 });
    const row = res.body.data.find((r: any) => r.store.id === s0());
    expect(row).toMatchObject({
      store: { id: s0(), name: "MAIN store" }, product: { id: p.id, name: "Blue Widget", sku: p.sku }, variant: null,
      quantity: 10, lowStockThreshold: 0, isLow: false,
    });
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.updatedAt).toMatch(/Z$/);

    const byStore = await admin.api.get(`/v1/inventory/stock?productId=${p.id}&storeId=${s1()}`);
    expect(byStore.body.data).toHaveLength(1);
    expect(byStore.body.data[0].quantity).toBe(3);

    const bySearch = await admin.api.get(`/v1/inventory/stock?search=${encodeURIComponent(p.sku.toLowerCase())}`);
    expect(bySearch.body.data.map((r: any) => r.product.id)).toEqual([p.id, p.id]);
    const none = await admin.api.get(`/v1/inventory/stock?search=zz-no-such-product-zz`);
    expect(none.body.meta.total).toBe(0);

    await admin.api.patch(`/v1/inventory/stock/${s1()}/${p.id}/threshold`, { lowStockThreshold: 5 });
    const low = await admin.api.get(`/v1/inventory/stock?productId=${p.id}&lowOnly=true`);
    expect(low.body.data).toHaveLength(1);
    expect(low.body.data[0]).toMatchObject({ store: { id: s1() }, quantity: 3, lowStockThreshold: 5, isLow: true });
  });

  test("pages: limit and page reach the database", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 1 }, { storeId: s1(), quantity: 2 }]);
    const first = await admin.api.get(`/v1/inventory/stock?productId=${p.id}&limit=1&page=1`);
    const second = await admin.api.get(`/v1/inventory/stock?productId=${p.id}&limit=1&page=2`);
    expect(first.body.meta).toMatchObject({ page: 1, limit: 1, total: 2, totalPages: 2 });
    expect(first.body.data).toHaveLength(1);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
    expect((await admin.api.get(`/v1/inventory/stock?limit=0`)).status).toBe(400);
  });

  test("deleted products are not listed; 401 without a token; other tenants see nothing of it", async () => {
    const p = await posProduct(app, tenant.id, { deletedAt: new Date() }, [{ storeId: s0(), quantity: 4 }]);
    expect((await admin.api.get(`/v1/inventory/stock?productId=${p.id}`)).body.meta.total).toBe(0);
    const q = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 4 }]);
    expect((await posAnon(app).get(`/v1/inventory/stock`)).status).toBe(401);
    const theirs = await otherAdmin.api.get(`/v1/inventory/stock?productId=${q.id}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.meta.total).toBe(0);
    expect((await otherAdmin.api.get(`/v1/inventory/stock?storeId=${s0()}`)).body.meta.total).toBe(0);
  });

  test("cashiers read stock; one bound to a store sees only its store (403 for another)", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 7 }, { storeId: s1(), quantity: 8 }]);
    expect((await cashier.api.get(`/v1/inventory/stock?productId=${p.id}`)).body.meta.total).toBe(2);
    const bound = await boundCashier.api.get(`/v1/inventory/stock?productId=${p.id}`);
    expect(bound.status).toBe(200);
    expect(bound.body.data.map((r: any) => r.store.id)).toEqual([s0()]);
    const forbidden = await boundCashier.api.get(`/v1/inventory/stock?storeId=${s1()}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
  });
});

describe("GET /v1/inventory/stock/low", () => {
  test("only rows with a threshold and a quantity at or below it", async () => {
    const low = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 5 }]);
    const fine = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 6 }]);
    const noThreshold = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 0 }]);
    for (const p of [low, fine]) {
      expect((await manager.api.patch(`/v1/inventory/stock/${s0()}/${p.id}/threshold`, { lowStockThreshold: 5 })).status).toBe(200);
    }
    const res = await admin.api.get(`/v1/inventory/stock/low?storeId=${s0()}&limit=100`);
    expect(res.status).toBe(200);
    const ids = res.body.data.map((r: any) => r.product.id);
    expect(ids).toContain(low.id);
    expect(ids).not.toContain(fine.id);
    expect(ids).not.toContain(noThreshold.id);
    for (const r of res.body.data) {
      expect(r.isLow).toBe(true);
      expect(r.store.id).toBe(s0());
    }
    expect((await admin.api.get(`/v1/inventory/stock/low?storeId=${s1()}&limit=100`)).body.data.map((r: any) => r.product.id)).not.toContain(low.id);
    expect((await otherAdmin.api.get(`/v1/inventory/stock/low?limit=100`)).body.meta.total).toBe(0);
    expect((await posAnon(app).get(`/v1/inventory/stock/low`)).status).toBe(401);
  });
});

describe("POST /v1/inventory/stock/adjust", () => {
  test("adds and removes units: the row, the movement, the audit entry", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 10 }]);
    const res = await manager.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 5, reason: "found in back room" });
    expect(res.status).toBe(200);
    expect(res.body.data.stock).toMatchObject({ store: { id: s0() }, product: { id: p.id }, quantity: 15 });
    expect(res.body.data.movement).toMatchObject({
      type: "ADJUSTMENT", change: 5, quantityAfter: 15, reason: "found in back room", referenceType: null,
      store: { id: s0() }, product: { id: p.id, sku: p.sku }, user: { id: manager.id, name: manager.name },
    });
    expect(await level(s0(), p.id)).toBe(15);
    const removed = await manager.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -12, reason: "damaged" });
    expect(removed.status).toBe(200);
    expect(removed.body.data.stock.quantity).toBe(3);
    expect(removed.body.data.movement).toMatchObject({ change: -12, quantityAfter: 3 });
    const audits = await app.services.db.posAuditLog.findMany({ where: { tenantId: tenant.id, action: "inventory.adjust", entityId: res.body.data.stock.id } });
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => a.userId)).toEqual([manager.id, manager.id]);
  });

  test("creates the row of a product never stocked in the store; variants are counted apart", async () => {
    const p = await posProduct(app, tenant.id);
    const v = await app.services.db.posVariant.create({ data: { tenantId: tenant.id, productId: p.id, name: "Large", sku: `${p.sku}-L` } });
    const res = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s1(), productId: p.id, variantId: v.id, quantity: 4, reason: "initial" });
    expect(res.status).toBe(200);
    expect(res.body.data.stock).toMatchObject({ variant: { id: v.id, name: "Large", sku: v.sku }, quantity: 4 });
    expect(res.body.data.movement.variant).toMatchObject({ id: v.id });
    expect(await level(s1(), p.id, v.id)).toBe(4);
    expect(await level(s1(), p.id)).toBeUndefined();
  });

  test("below zero is 422 INSUFFICIENT_STOCK and changes nothing", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2 }]);
    const res = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -3, reason: "theft" });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ success: false, error: { code: "UNPROCESSABLE", details: { code: "INSUFFICIENT_STOCK", available: 2, requested: 3 } } });
    expect(await level(s0(), p.id)).toBe(2);
    expect(await app.services.db.posStockMovement.count({ where: { productId: p.id } })).toBe(0);
  });

  test("a tenant allowing negative stock may go below zero", async () => {
    const neg = await posTenant(app, { allowNegativeStock: true });
    const negAdmin = await posUser(app, "ADMIN", neg.id);
    const p = await posProduct(app, neg.id, {}, [{ storeId: neg.stores[0].id, quantity: 1 }]);
    const res = await negAdmin.api.post(`/v1/inventory/stock/adjust`, { storeId: neg.stores[0].id, productId: p.id, quantity: -4, reason: "oversold" });
    expect(res.status).toBe(200);
    expect(res.body.data.stock.quantity).toBe(-3);
    expect(await level(neg.stores[0].id, p.id)).toBe(-3);
  });

  test("concurrent removals of the last units: one succeeds, the other is a 422", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 10 }]);
    const results = await Promise.all([1, 2].map(() =>
      admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -6, reason: "race" })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(await level(s0(), p.id)).toBe(4);
  });

  test("400 for a zero quantity, a missing reason or a fractional quantity", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2 }]);
    const zero = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 0, reason: "x" });
    expect(zero.status).toBe(400);
    expect(zero.body.error.code).toBe("VALIDATION_FAILED");
    expect(zero.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "quantity" })]));
    const blank = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 1, reason: "  " });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "reason" })]));
    expect((await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 1 })).status).toBe(400);
    expect((await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 1.5, reason: "x" })).status).toBe(400);
    expect(await level(s0(), p.id)).toBe(2);
  });

  test("404 for another tenant's store, product or variant, a deleted product, or a malformed id", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2 }]);
    const theirs = await posProduct(app, other.id, {}, [{ storeId: other.stores[0].id, quantity: 2 }]);
    const theirVariant = await app.services.db.posVariant.create({ data: { tenantId: other.id, productId: theirs.id, name: "X", sku: `${theirs.sku}-X` } });
    const deleted = await posProduct(app, tenant.id, { deletedAt: new Date() });
    const cases = [
      { storeId: other.stores[0].id, productId: p.id },
      { storeId: s0(), productId: theirs.id },
      { storeId: s0(), productId: p.id, variantId: theirVariant.id },
      { storeId: s0(), productId: deleted.id },
      { storeId: "not-a-uuid", productId: p.id },
    ];
    for (const c of cases) {
      const res = await admin.api.post(`/v1/inventory/stock/adjust`, { ...c, quantity: 1, reason: "x" });
      expect(res.status, JSON.stringify(c)).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
    // the other tenant's admin cannot touch this tenant's stock either
    expect((await otherAdmin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 1, reason: "x" })).status).toBe(404);
    expect(await level(s0(), p.id)).toBe(2);
  });

  test("an inactive store refuses stock operations (422)", async () => {
    const store = await app.services.db.posStore.create({ data: { tenantId: tenant.id, name: "Closed", code: `C${Date.now()}`, isActive: false } });
    const p = await posProduct(app, tenant.id);
    const res = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: store.id, productId: p.id, quantity: 1, reason: "x" });
    expect(res.status).toBe(422);
  });

  test("401 without a token, 403 for cashiers (inventory:read only)", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2 }]);
    const body = { storeId: s0(), productId: p.id, quantity: 1, reason: "x" };
    expect((await posAnon(app).post(`/v1/inventory/stock/adjust`, { body })).status).toBe(401);
    expect((await cashier.api.post(`/v1/inventory/stock/adjust`, body)).status).toBe(403);
    expect((await boundCashier.api.post(`/v1/inventory/stock/adjust`, body)).status).toBe(403);
    expect(await level(s0(), p.id)).toBe(2);
  });
});

describe("POST /v1/inventory/stock/set", () => {
  test("sets an absolute level: before/after and a SET movement of the difference", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 9 }]);
    const res = await admin.api.post(`/v1/inventory/stock/set`, { storeId: s0(), productId: p.id, quantity: 4, reason: "stock count" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ before: 9, after: 4, stock: { quantity: 4 }, movement: { type: "SET", change: -5, quantityAfter: 4, reason: "stock count" } });
    expect(await level(s0(), p.id)).toBe(4);
    const up = await admin.api.post(`/v1/inventory/stock/set`, { storeId: s1(), productId: p.id, quantity: 12, reason: "first count" });
    expect(up.body.data).toMatchObject({ before: 0, after: 12, movement: { change: 12 } });
    const audit = await app.services.db.posAuditLog.findFirst({ where: { action: "inventory.set", entityId: res.body.data.stock.id } });
    expect(audit).toMatchObject({ before: { quantity: 9 }, after: { quantity: 4 } });
  });

  test("400 for a negative level or a missing reason; 403 cashier; 404 other tenant", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 9 }]);
    expect((await admin.api.post(`/v1/inventory/stock/set`, { storeId: s0(), productId: p.id, quantity: -1, reason: "x" })).status).toBe(400);
    expect((await admin.api.post(`/v1/inventory/stock/set`, { storeId: s0(), productId: p.id, quantity: 1 })).status).toBe(400);
    expect((await cashier.api.post(`/v1/inventory/stock/set`, { storeId: s0(), productId: p.id, quantity: 1, reason: "x" })).status).toBe(403);
    expect((await otherAdmin.api.post(`/v1/inventory/stock/set`, { storeId: s0(), productId: p.id, quantity: 1, reason: "x" })).status).toBe(404);
    expect((await posAnon(app).post(`/v1/inventory/stock/set`, { body: { storeId: s0(), productId: p.id, quantity: 1, reason: "x" } })).status).toBe(401);
    expect(await level(s0(), p.id)).toBe(9);
  });
});

describe("PATCH /v1/inventory/stock/:storeId/:productId/threshold", () => {
  test("sets the threshold (creating the row at 0 units when needed), audited", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2 }]);
    const res = await admin.api.patch(`/v1/inventory/stock/${s0()}/${p.id}/threshold`, { lowStockThreshold: 3 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ store: { id: s0() }, product: { id: p.id }, quantity: 2, lowStockThreshold: 3, isLow: true });
    const fresh = await admin.api.patch(`/v1/inventory/stock/${s1()}/${p.id}/threshold`, { lowStockThreshold: 1 });
    expect(fresh.body.data).toMatchObject({ quantity: 0, lowStockThreshold: 1, isLow: true });
    const off = await admin.api.patch(`/v1/inventory/stock/${s0()}/${p.id}/threshold`, { lowStockThreshold: 0 });
    expect(off.body.data).toMatchObject({ lowStockThreshold: 0, isLow: false });
    const audits = await app.services.db.posAuditLog.findMany({ where: { action: "inventory.threshold", entityId: res.body.data.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.after)).toEqual([{ lowStockThreshold: 3 }, { lowStockThreshold: 0 }]);
  });

  test("400 negative, 403 cashier, 404 other tenant or unknown ids, 401 anonymous", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2 }]);
    const path = `/v1/inventory/stock/${s0()}/${p.id}/threshold`;
    expect((await admin.api.patch(path, { lowStockThreshold: -1 })).status).toBe(400);
    expect((await cashier.api.patch(path, { lowStockThreshold: 1 })).status).toBe(403);
    expect((await otherAdmin.api.patch(path, { lowStockThreshold: 1 })).status).toBe(404);
    expect((await admin.api.patch(`/v1/inventory/stock/${s0()}/00000000-0000-4000-8000-000000000000/threshold`, { lowStockThreshold: 1 })).status).toBe(404);
    expect((await posAnon(app).patch(path, { body: { lowStockThreshold: 1 } })).status).toBe(401);
  });
});

describe("GET /v1/inventory/movements", () => {
  test("newest first, with store, product and user; filters by product, store, type and dates", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 10 }]);
    await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -2, reason: "one" });
    await admin.api.post(`/v1/inventory/stock/set`, { storeId: s0(), productId: p.id, quantity: 20, reason: "two" });
    await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s1(), productId: p.id, quantity: 3, reason: "three" });
    const res = await manager.api.get(`/v1/inventory/movements?productId=${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.meta.total).toBe(3);
    expect(res.body.data.map((m: any) => m.reason)).toEqual(["three", "two", "one"]);
    expect(res.body.data[0]).toMatchObject({
      type: "ADJUSTMENT", change: 3, quantityAfter: 3, referenceType: null, referenceId: null,
      store: { id: s1(), name: "SECOND store" }, product: { id: p.id, name: p.name, sku: p.sku }, variant: null, user: { id: admin.id, name: admin.name },
    });
    expect(res.body.data[1]).toMatchObject({ type: "SET", change: 12, quantityAfter: 20 });
    expect((await admin.api.get(`/v1/inventory/movements?productId=${p.id}&storeId=${s0()}`)).body.data.map((m: any) => m.reason)).toEqual(["two", "one"]);
    expect((await admin.api.get(`/v1/inventory/movements?productId=${p.id}&type=SET`)).body.data.map((m: any) => m.reason)).toEqual(["two"]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.api.get(`/v1/inventory/movements?productId=${p.id}&from=${today}&to=${today}`)).body.meta.total).toBe(3);
    expect((await admin.api.get(`/v1/inventory/movements?productId=${p.id}&from=2999-01-01`)).body.meta.total).toBe(0);
    expect((await admin.api.get(`/v1/inventory/movements?productId=${p.id}&to=2000-01-01T00:00:00Z`)).body.meta.total).toBe(0);
    expect((await admin.api.get(`/v1/inventory/movements?from=yesterday`)).status).toBe(400);
    expect((await cashier.api.get(`/v1/inventory/movements?productId=${p.id}`)).body.meta.total).toBe(3);
    expect((await boundCashier.api.get(`/v1/inventory/movements?productId=${p.id}`)).body.meta.total).toBe(2);
    expect((await otherAdmin.api.get(`/v1/inventory/movements?productId=${p.id}`)).body.meta.total).toBe(0);
    expect((await posAnon(app).get(`/v1/inventory/movements`)).status).toBe(401);
  });
});

describe("GraphQL", () => {
  test("posStock and adjustPosStock on /graphql", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 1 }]);
    const adjusted = await gql(app.url, `mutation($input: PosStockAdjustInput!) { adjustPosStock(input: $input) { stock { quantity isLow } movement { type change } } }`,
      { input: { storeId: s0(), productId: p.id, quantity: 2, reason: "graphql" } }, admin.token);
    expect(adjusted.errors).toBeUndefined();
    expect(adjusted.data.adjustPosStock).toEqual({ stock: { quantity: 3, isLow: false }, movement: { type: "ADJUSTMENT", change: 2 } });
    const listed = await gql(app.url, `query($p: String) { posStock(productId: $p) { total items { quantity store { name } } } }`, { p: p.id }, admin.token);
    expect(listed.data.posStock).toEqual({ total: 1, items: [{ quantity: 3, store: { name: "MAIN store" } }] });
  });
});

const SUBSCRIPTION = "subscription($storeId: ID!) { posStockChanged(storeId: $storeId) { storeId productId variantId quantity change type } }";

const subscribe = (token: string, storeId: string) => sseSubscribe(app.url, token, SUBSCRIPTION, { storeId });

describe("subscription posStockChanged (GraphQL over SSE)", () => {
  test("the store's subscribers hear committed changes; another store's do not; refused changes publish nothing", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 5 }]);
    const mine = await subscribe(manager.token, s0());
    const theirs = await subscribe(manager.token, s1());
    try {
      expect(mine.status).toBe(200);
      await Promise.all([mine.ready, theirs.ready]);
      // a refused adjustment (422) is not announced
      expect((await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -50, reason: "no" })).status).toBe(422);
      expect((await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -2, reason: "sold offline" })).status).toBe(200);
      const m = await mine.next();
      expect(m).toMatchObject({ event: "next", data: { data: { posStockChanged: { storeId: s0(), productId: p.id, variantId: null, quantity: 3, change: -2, type: "ADJUSTMENT" } } } });
      expect(await theirs.next(300)).toBe("timeout");
    } finally {
      mine.close();
      theirs.close();
    }
  });

  test("another tenant's store cannot be watched (404); a bound cashier only watches its store (403)", async () => {
    const foreign = await subscribe(otherAdmin.token, s0());
    const m = await foreign.next();
    foreign.close();
    expect(m).not.toBe("timeout");
    expect(JSON.stringify(m)).toContain("NOT_FOUND");
    const cashierOther = await subscribe(boundCashier.token, s1());
    const c = await cashierOther.next();
    cashierOther.close();
    expect(JSON.stringify(c)).toContain("FORBIDDEN");
  });
});

describe("stock range (review regression)", () => {
  test("an adjustment pushing the level past the 32-bit column is a 422, not a 500; no movement written", async () => {
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 2_147_000_000 }]);
    const res = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: 1_000_000, reason: "overflow" });
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.details).toMatchObject({ code: "STOCK_OUT_OF_RANGE", available: 2_147_000_000 });
    expect(await app.services.db.posStockMovement.count({ where: { productId: p.id } })).toBe(0);
    const down = await admin.api.post(`/v1/inventory/stock/adjust`, { storeId: s0(), productId: p.id, quantity: -1_000_000, reason: "count" });
    expect(down.status, down.text).toBe(200);
  });
});
