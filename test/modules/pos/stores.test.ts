import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { posSaleRow, posTransferRow } from "../../support/pos-stores-data.ts";
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
  cashier = await posUser(app, "CASHIER", tenant.id);
  const other = await posTenant(app);
  otherAdmin = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const code = () => unique("C").replace(/[^A-Za-z0-9]/g, "").slice(-16);
const newStore = async (over: Record<string, unknown> = {}) => {
  const res = await admin.api.post("/v1/stores", { name: "Downtown", code: code(), address: "1 Main St", phone: "+1 555 0100", ...over });
  expect(res.status).toBe(201);
  return res.body.data as { id: string; code: string; name: string };
};
const UUID = /^[0-9a-f-]{36}$/;
const MISSING = "00000000-0000-4000-8000-000000000000";

describe("auth", () => {
  test("401 without a token, 403 for MANAGER and CASHIER (no store:manage)", async () => {
    const anon = posAnon(app);
    expect((await anon.get("/v1/stores")).status).toBe(401);
    expect((await anon.post("/v1/stores", { body: { name: "x", code: "X" } })).status).toBe(401);
    expect((await anon.get(`/v1/stores/${tenant.stores[0].id}/stats`)).status).toBe(401);
    for (const u of [manager, cashier]) {
      expect((await u.api.get("/v1/stores")).status).toBe(403);
      expect((await u.api.post("/v1/stores", { name: "x", code: "X1" })).status).toBe(403);
      expect((await u.api.get(`/v1/stores/${tenant.stores[0].id}`)).status).toBe(403);
      expect((await u.api.patch(`/v1/stores/${tenant.stores[0].id}`, { name: "x" })).status).toBe(403);
      expect((await u.api.delete(`/v1/stores/${tenant.stores[0].id}`)).status).toBe(403);
      expect((await u.api.get(`/v1/stores/${tenant.stores[0].id}/stats`)).status).toBe(403);
    }
    const res = await manager.api.get("/v1/stores");
    expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
  });
});

describe("POST /v1/stores", () => {
  test("creates a store: 201, code upper-cased, row written and audited", async () => {
    const c = code().toLowerCase();
    const res = await admin.api.post("/v1/stores", { name: "  Airport  ", code: c, address: "Terminal 2", phone: "+44 20 7946 0000" });
    expect(res.status).toBe(201);
    expect(res.body.success).toBe(true);
    const s = res.body.data;
    expect(s).toMatchObject({ name: "Airport", code: c.toUpperCase(), address: "Terminal 2", phone: "+44 20 7946 0000", isActive: true, deletedAt: null });
    expect(s.id).toMatch(UUID);
    expect(s.createdAt).toMatch(/Z$/);
    const row = await app.services.db.posStore.findUnique({ where: { id: s.id } });
    expect(row).toMatchObject({ tenantId: tenant.id, code: c.toUpperCase() });
    const log = await app.services.db.posAuditLog.findFirst({ where: { entityId: s.id, action: "store.create" } });
    expect(log).toMatchObject({ tenantId: tenant.id, userId: admin.id, entityType: "store", before: null });
    expect((log!.after as { code: string }).code).toBe(c.toUpperCase());
  });
  test("a code used in the tenant is 409 (case-insensitively); another tenant may use it", async () => {
    const res = await admin.api.post("/v1/stores", { name: "Dup", code: "main" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ success: false, error: { code: "CONFLICT" } });
    const other = await otherAdmin.api.post("/v1/stores", { name: "Theirs", code: "NEWCODE1" });
    expect(other.status).toBe(201);
    expect((await admin.api.post("/v1/stores", { name: "Ours", code: "NEWCODE1" })).status).toBe(201);
  });
  test("400 with details for a missing name and a malformed code", async () => {
    const res = await admin.api.post("/v1/stores", { code: "OK1" });
    expect(res.status).toBe(400);
    const bad = await admin.api.post("/v1/stores", { name: "Bad", code: "has space" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: "code" })]);
    const phone = await admin.api.post("/v1/stores", { name: "Bad", code: "OK2", phone: "call me" });
    expect(phone.status).toBe(400);
    expect(phone.body.error.details).toEqual([expect.objectContaining({ path: "phone" })]);
  });
});

describe("GET /v1/stores", () => {
  test("lists the tenant's live stores with meta; search and isActive filter; never another tenant's", async () => {
    const a = await newStore({ name: "Zebra Crossing Outlet" });
    const b = await newStore({ name: "Zebra Mall", isActive: false });
    const res = await admin.api.get("/v1/stores?search=zebra&limit=1");
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, limit: 1, total: 2, totalPages: 2 });
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ id: a.id, name: "Zebra Crossing Outlet" });
    const inactive = await admin.api.get("/v1/stores?search=zebra&isActive=false");
    expect(inactive.body.data.map((s: { id: string }) => s.id)).toEqual([b.id]);
    const all = await admin.api.get("/v1/stores?limit=100");
    const ids = all.body.data.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([tenant.stores[0].id, tenant.stores[1].id, a.id, b.id]));
    const theirs = await otherAdmin.api.get("/v1/stores?limit=100");
    expect(theirs.body.data.map((s: { id: string }) => s.id)).not.toContain(a.id);
  });
});

describe("GET/PATCH /v1/stores/:id", () => {
  test("gets a store; another tenant's admin gets 404, so does a malformed or unknown id", async () => {
    const s = await newStore();
    const res = await admin.api.get(`/v1/stores/${s.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: s.id, code: s.code });
    expect((await otherAdmin.api.get(`/v1/stores/${s.id}`)).status).toBe(404);
    expect((await admin.api.get(`/v1/stores/${MISSING}`)).status).toBe(404);
    expect((await admin.api.get("/v1/stores/not-a-uuid")).status).toBe(404);
  });
  test("updates only the given fields, clears with null, audits before/after", async () => {
    const s = await newStore({ name: "Old name" });
    const newCode = code();
    const res = await admin.api.patch(`/v1/stores/${s.id}`, { name: "New name", code: newCode.toLowerCase(), phone: null });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: s.id, name: "New name", code: newCode.toUpperCase(), phone: null, address: "1 Main St" });
    const log = await app.services.db.posAuditLog.findFirst({ where: { entityId: s.id, action: "store.update" } });
    expect((log!.before as { name: string }).name).toBe("Old name");
    expect((log!.after as { name: string }).name).toBe("New name");
  });
  test("409 for another store's code, 404 for another tenant's store, 400 for a blank name", async () => {
    const s = await newStore();
    expect((await admin.api.patch(`/v1/stores/${s.id}`, { code: "SECOND" })).status).toBe(409);
    expect((await admin.api.patch(`/v1/stores/${s.id}`, { code: s.code })).status).toBe(200);
    expect((await otherAdmin.api.patch(`/v1/stores/${s.id}`, { name: "Hijack" })).status).toBe(404);
    expect((await admin.api.patch(`/v1/stores/${s.id}`, { name: "  " })).status).toBe(400);
    expect((await app.services.db.posStore.findUnique({ where: { id: s.id } }))!.name).toBe("Downtown");
  });
});

describe("DELETE /v1/stores/:id", () => {
  test("soft-deletes: deletedAt set, gone from list and detail, audited; a second delete is 404", async () => {
    const s = await newStore();
    expect((await otherAdmin.api.delete(`/v1/stores/${s.id}`)).status).toBe(404);
    const res = await admin.api.delete(`/v1/stores/${s.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: s.id, isActive: false });
    expect(res.body.data.deletedAt).toMatch(/Z$/);
    expect((await app.services.db.posStore.findUnique({ where: { id: s.id } }))!.deletedAt).not.toBeNull();
    expect((await admin.api.get(`/v1/stores/${s.id}`)).status).toBe(404);
    const list = await admin.api.get("/v1/stores?limit=100");
    expect(list.body.data.map((x: { id: string }) => x.id)).not.toContain(s.id);
    expect(await app.services.db.posAuditLog.count({ where: { entityId: s.id, action: "store.delete" } })).toBe(1);
    expect((await admin.api.delete(`/v1/stores/${s.id}`)).status).toBe(404);
    // the code stays reserved by the deleted store
    expect((await admin.api.post("/v1/stores", { name: "Again", code: s.code })).status).toBe(409);
  });
  test("422 while the store holds stock on hand; allowed once it is zero", async () => {
    const s = await newStore();
    const p = await posProduct(app, tenant.id, {}, [{ storeId: s.id, quantity: 3 }]);
    const res = await admin.api.delete(`/v1/stores/${s.id}`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { code: "STORE_HAS_STOCK", units: 3 } });
    await app.services.db.posStock.updateMany({ where: { storeId: s.id, productId: p.id }, data: { quantity: 0 } });
    expect((await admin.api.delete(`/v1/stores/${s.id}`)).status).toBe(200);
  });
  test("422 while a transfer from or to the store is pending or in transit", async () => {
    const s = await newStore();
    const t = await posTransferRow(app, { tenantId: tenant.id, fromStoreId: tenant.stores[0].id, toStoreId: s.id, status: "IN_TRANSIT" });
    const res = await admin.api.delete(`/v1/stores/${s.id}`);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toMatchObject({ code: "STORE_HAS_OPEN_TRANSFERS", transfers: 1 });
    await app.services.db.posTransfer.update({ where: { id: t.id }, data: { status: "COMPLETED" } });
    expect((await admin.api.delete(`/v1/stores/${s.id}`)).status).toBe(200);
    expect(await app.services.db.posAuditLog.count({ where: { entityId: s.id, action: "store.delete" } })).toBe(1);
  });
  test("422 for the tenant's last live store", async () => {
    const t = await posTenant(app);
    const a = await posUser(app, "ADMIN", t.id);
    expect((await a.api.delete(`/v1/stores/${t.stores[1].id}`)).status).toBe(200);
    const res = await a.api.delete(`/v1/stores/${t.stores[0].id}`);
    expect(res.status).toBe(422);
    expect(res.body.error.details.code).toBe("LAST_STORE");
    expect((await app.services.db.posStore.findUnique({ where: { id: t.stores[0].id } }))!.deletedAt).toBeNull();
  });
});

describe("GET /v1/stores/:id/stats", () => {
  test("computes sales, stock and transfer figures for that store only", async () => {
    const t = await posTenant(app);
    const a = await posUser(app, "ADMIN", t.id);
    const [s, other] = t.stores;
    const day = 86_400_000;
    const now = Date.now();
    const row = (total: number, ageMs: number, extra: Record<string, unknown> = {}) =>
      posSaleRow(app, { tenantId: t.id, storeId: s.id, cashierId: a.id, total, createdAt: new Date(now - ageMs), ...extra });
    await row(1000, 0);
    await row(2001, 0, { refundedTotal: 500, status: "PARTIALLY_RETURNED" });
    await row(9999, 0, { status: "VOIDED" });
    await row(3000, 10 * day);
    await row(7000, 40 * day);
    await posSaleRow(app, { tenantId: t.id, storeId: other.id, cashierId: a.id, total: 5555 });
    // stock: 5 × 6.00 + 2 × 2.50 (variant cost) + a low row (1 ≤ 3) at 6.00; negative and other-store rows ignored
    const p1 = await posProduct(app, t.id, { cost: 600 }, [{ storeId: s.id, quantity: 5 }, { storeId: other.id, quantity: 100 }]);
    const p2 = await posProduct(app, t.id, { cost: 600 });
    const v = await app.services.db.posVariant.create({ data: { tenantId: t.id, productId: p2.id, name: "L", sku: unique("V"), cost: 250 } });
    await app.services.db.posStock.create({ data: { tenantId: t.id, storeId: s.id, productId: p2.id, variantId: v.id, variantKey: v.id, quantity: 2 } });
    const p3 = await posProduct(app, t.id, { cost: 600 });
    await app.services.db.posStock.create({ data: { tenantId: t.id, storeId: s.id, productId: p3.id, quantity: 1, lowStockThreshold: 3 } });
    const p4 = await posProduct(app, t.id, { cost: 600 });
    await app.services.db.posStock.create({ data: { tenantId: t.id, storeId: s.id, productId: p4.id, quantity: -2, lowStockThreshold: 0 } });
    const gone = await posProduct(app, t.id, { cost: 600, deletedAt: new Date() }, [{ storeId: s.id, quantity: 50 }]);
    expect(gone.id).toBeTruthy();
    expect(p1.id).toBeTruthy();
    await posTransferRow(app, { tenantId: t.id, fromStoreId: other.id, toStoreId: s.id, status: "PENDING" });
    await posTransferRow(app, { tenantId: t.id, fromStoreId: other.id, toStoreId: s.id, status: "IN_TRANSIT" });
    await posTransferRow(app, { tenantId: t.id, fromStoreId: s.id, toStoreId: other.id, status: "PENDING" });
    await posTransferRow(app, { tenantId: t.id, fromStoreId: s.id, toStoreId: other.id, status: "COMPLETED" });

    const res = await a.api.get(`/v1/stores/${s.id}/stats`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      storeId: s.id,
      today: { salesCount: 2, revenue: 30.01, refunded: 5, averageBasket: 15.01 },
      last30Days: { salesCount: 3, revenue: 60.01, refunded: 5, averageBasket: 20 },
      stock: { units: 8, value: 41, lowStockCount: 1, productCount: 3 },
      transfers: { incoming: 2, outgoing: 1 },
    });
    expect((await otherAdmin.api.get(`/v1/stores/${s.id}/stats`)).status).toBe(404);
  });
  test("a store without activity has zeros", async () => {
    const s = await newStore();
    const res = await admin.api.get(`/v1/stores/${s.id}/stats`);
    expect(res.body.data).toMatchObject({
      today: { salesCount: 0, revenue: 0, averageBasket: 0 }, last30Days: { salesCount: 0, revenue: 0 },
      stock: { units: 0, value: 0, lowStockCount: 0 }, transfers: { incoming: 0, outgoing: 0 },
    });
  });
});

test("GraphQL: posStores and createPosStore", async () => {
  const c = code();
  const created = await gql(app.url, `mutation($input: CreatePosStoreInput!) { createPosStore(input: $input) { id code } }`, { input: { name: "GQL", code: c } }, admin.token);
  expect(created.errors).toBeUndefined();
  const res = await gql(app.url, `query($s: String) { posStores(search: $s) { items { id code } total page limit } }`, { s: c }, admin.token);
  expect(res.data.posStores).toEqual({ items: [{ id: created.data.createPosStore.id, code: c.toUpperCase() }], total: 1, page: 1, limit: 20 });
});
