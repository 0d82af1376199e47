import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
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

const supplierRow = (fields: Record<string, unknown> = {}) =>
  app.services.db.posSupplier.create({ data: { tenantId: tenant.id, name: unique("supplier"), ...fields } });
const purchase = (supplierId: string, fields: Record<string, unknown> = {}) => app.services.db.posPurchaseOrder.create({
  data: { tenantId: tenant.id, storeId: tenant.stores[0].id, supplierId, number: unique("PO"), ...fields },
});

describe("POST /v1/suppliers", () => {
  test("creates → 201 with empty purchase totals; audited", async () => {
    const name = unique("Acme");
    const res = await manager.api.post("/v1/suppliers", { name: ` ${name} `, contactName: "Ann", email: "Sales@Acme.test", phone: "+1 555 0100", address: "Dock 4" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      success: true,
      data: {
        name, contactName: "Ann", email: "sales@acme.test", phone: "+1 555 0100", address: "Dock 4", balance: 0,
        purchases: { orderCount: 0, openOrderCount: 0, totalOrdered: 0, totalReceived: 0, totalPaid: 0, lastOrderAt: null },
      },
    });
    const row = await app.services.db.posSupplier.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(row.tenantId).toBe(tenant.id);
    const log = await app.services.db.posAuditLog.findFirst({ where: { entityId: row.id, action: "supplier.create" } });
    expect(log).toMatchObject({ userId: manager.id, entityType: "supplier" });
    expect(log!.after).toMatchObject({ name });
  });

  test("a live supplier's name (any case) is 409; a deleted one's is free; other tenants may use it", async () => {
    const name = unique("Dup");
    expect((await admin.api.post("/v1/suppliers", { name })).status).toBe(201);
    const dup = await admin.api.post("/v1/suppliers", { name: name.toLowerCase() });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ success: false, error: { code: "CONFLICT", details: [{ path: "name", message: "is already taken" }] } });
    const gone = await supplierRow({ deletedAt: new Date() });
    expect((await admin.api.post("/v1/suppliers", { name: gone.name })).status).toBe(201);
    expect((await otherAdmin.api.post("/v1/suppliers", { name })).status).toBe(201);
  });

  test("400 on validation; 401 anonymous; 403 for a CASHIER (no supplier permissions)", async () => {
    for (const body of [{}, { name: "" }, { name: "X", email: "nope" }, { name: "X", phone: "call me" }]) {
      const res = await admin.api.post("/v1/suppliers", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await posAnon(app).post("/v1/suppliers", { body: { name: "X" } })).status).toBe(401);
    const res = await cashier.api.post("/v1/suppliers", { name: unique("X") });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
  });
});

describe("GET /v1/suppliers", () => {
  test("pages and searches live suppliers of the tenant; cashier 403", async () => {
    const tag = unique("srch").toLowerCase();
    const a = await supplierRow({ name: `${tag} alpha` });
    const b = await supplierRow({ name: "beta wholesale", contactName: `${tag} contact` });
    const c = await supplierRow({ name: `${tag} gamma` });
    await supplierRow({ name: `${tag} deleted`, deletedAt: new Date() });
    await otherAdmin.api.post("/v1/suppliers", { name: `${tag} foreign` });
    const res = await manager.api.get(`/v1/suppliers?search=${tag.toUpperCase()}&limit=2`);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(res.body.data.map((s: any) => s.id)).toEqual([b.id, a.id]); // by name: "beta…" before "srch-…"
    const p2 = await manager.api.get(`/v1/suppliers?search=${tag}&limit=2&page=2`);
    expect(p2.body.data.map((s: any) => s.id)).toEqual([c.id]);
    expect((await cashier.api.get("/v1/suppliers")).status).toBe(403);
    expect((await posAnon(app).get("/v1/suppliers")).status).toBe(401);
  });
});

describe("GET /v1/suppliers/:id", () => {
  test("purchase totals are aggregated (cancelled orders out of ordered, in paid)", async () => {
    const s = await supplierRow({ balance: 12000 });
    await purchase(s.id, { status: "RECEIVED", total: 30000, receivedTotal: 30000, paidTotal: 20000 });
    await purchase(s.id, { status: "PARTIALLY_RECEIVED", total: 10000, receivedTotal: 2000, paidTotal: 0 });
    await purchase(s.id, { status: "ORDERED", total: 5000 });
    await purchase(s.id, { status: "CANCELLED", total: 7000, paidTotal: 1000 });
    const res = await admin.api.get(`/v1/suppliers/${s.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: s.id, balance: 120,
      purchases: { orderCount: 3, openOrderCount: 2, totalOrdered: 450, totalReceived: 320, totalPaid: 210 },
    });
    expect(res.body.data.purchases.lastOrderAt).toMatch(/Z$/);
  });

  test("404 for another tenant's, a deleted or a malformed id; 403 cashier", async () => {
    const s = await supplierRow();
    expect((await otherAdmin.api.get(`/v1/suppliers/${s.id}`)).status).toBe(404);
    const gone = await supplierRow({ deletedAt: new Date() });
    expect((await admin.api.get(`/v1/suppliers/${gone.id}`)).status).toBe(404);
    expect((await admin.api.get("/v1/suppliers/xyz")).status).toBe(404);
    expect((await cashier.api.get(`/v1/suppliers/${s.id}`)).status).toBe(403);
  });
});

describe("PATCH /v1/suppliers/:id", () => {
  test("only the given fields change; null clears; 409 on a taken name; audited before/after", async () => {
    const taken = await supplierRow();
    const s = await supplierRow({ contactName: "Old contact", phone: "+1 555 0101" });
    const res = await admin.api.patch(`/v1/suppliers/${s.id}`, { contactName: null, email: "new@x.test" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: s.id, name: s.name, contactName: null, email: "new@x.test", phone: "+1 555 0101" });
    const log = await app.services.db.posAuditLog.findFirst({ where: { entityId: s.id, action: "supplier.update" } });
    expect(log!.before).toMatchObject({ contactName: "Old contact", email: null });
    expect(log!.after).toMatchObject({ contactName: null, email: "new@x.test" });
    expect((await admin.api.patch(`/v1/suppliers/${s.id}`, { name: taken.name.toUpperCase() })).status).toBe(409);
    expect((await admin.api.patch(`/v1/suppliers/${s.id}`, { name: s.name })).status).toBe(200);
    expect((await admin.api.patch(`/v1/suppliers/${s.id}`, { name: null })).status).toBe(400);
    expect((await otherAdmin.api.patch(`/v1/suppliers/${s.id}`, { name: "Hijack" })).status).toBe(404);
    expect((await cashier.api.patch(`/v1/suppliers/${s.id}`, { name: "Cashier" })).status).toBe(403);
  });
});

describe("DELETE /v1/suppliers/:id", () => {
  test("refused with open purchase orders or a balance; soft delete otherwise", async () => {
    const open = await supplierRow();
    await purchase(open.id, { status: "PARTIALLY_RECEIVED", total: 1000 });
    const r1 = await admin.api.delete(`/v1/suppliers/${open.id}`);
    expect(r1.status).toBe(422);
    expect(r1.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { code: "SUPPLIER_HAS_OPEN_ORDERS", orders: 1 } });

    const owed = await supplierRow({ balance: 550 });
    await purchase(owed.id, { status: "RECEIVED", total: 550, receivedTotal: 550 });
    const r2 = await admin.api.delete(`/v1/suppliers/${owed.id}`);
    expect(r2.status).toBe(422);
    expect(r2.body.error.details).toEqual({ code: "SUPPLIER_HAS_BALANCE", balance: 5.5 });
    expect((await app.services.db.posSupplier.findUniqueOrThrow({ where: { id: owed.id } })).deletedAt).toBeNull();

    const done = await supplierRow();
    await purchase(done.id, { status: "RECEIVED", total: 100, receivedTotal: 100, paidTotal: 100 });
    await purchase(done.id, { status: "CANCELLED", total: 100 });
    expect((await otherAdmin.api.delete(`/v1/suppliers/${done.id}`)).status).toBe(404);
    expect((await cashier.api.delete(`/v1/suppliers/${done.id}`)).status).toBe(403);
    const res = await manager.api.delete(`/v1/suppliers/${done.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: done.id, name: done.name });
    expect((await app.services.db.posSupplier.findUniqueOrThrow({ where: { id: done.id } })).deletedAt).not.toBeNull();
    const log = await app.services.db.posAuditLog.findFirst({ where: { entityId: done.id, action: "supplier.delete" } });
    expect(log!.before).toMatchObject({ deletedAt: null });
    expect((await admin.api.get(`/v1/suppliers/${done.id}`)).status).toBe(404);
    expect((await admin.api.delete(`/v1/suppliers/${done.id}`)).status).toBe(404);
  });
});

describe("GraphQL", () => {
  test("posSuppliers / createPosSupplier; a cashier is refused", async () => {
    const name = unique("Gql supplier");
    const created = await gql(app.url, `mutation($input: CreatePosSupplierInput!) { createPosSupplier(input: $input) { id name purchases { orderCount } } }`,
      { input: { name } }, admin.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createPosSupplier).toMatchObject({ name, purchases: { orderCount: 0 } });
    const list = await gql(app.url, `query($s: String) { posSuppliers(search: $s) { total items { id } } }`, { s: name }, admin.token);
    expect(list.data.posSuppliers).toEqual({ total: 1, items: [{ id: created.data.createPosSupplier.id }] });
    const denied = await gql(app.url, "{ posSuppliers { total } }", undefined, cashier.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
