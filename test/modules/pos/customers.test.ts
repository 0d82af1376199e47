import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posCustomer, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
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

const phone = () => `+1555${Math.floor(1e6 + Math.random() * 9e6)}`;
const auditOf = (entityId: string, action: string) => app.services.db.posAuditLog.findFirst({ where: { entityId, action } });

describe("customer groups", () => {
  test("create → 201 with discount in percent, stored as basis points, audited", async () => {
    const name = unique("VIP");
    const res = await admin.api.post("/v1/customers/groups", { name, discountPercent: 12.5 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ success: true, data: { name, discountPercent: 12.5, customerCount: 0 } });
    const row = await app.services.db.posCustomerGroup.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(row).toMatchObject({ tenantId: tenant.id, discountPercent: 1250 });
    const log = await auditOf(row.id, "customer-group.create");
    expect(log).toMatchObject({ tenantId: tenant.id, userId: admin.id, entityType: "customer-group" });
    expect(log!.after).toMatchObject({ name, discountPercent: 1250 });
  });

  test("a duplicate name (any case) is 409; invalid percents are 400 with details", async () => {
    const name = unique("Wholesale");
    expect((await admin.api.post("/v1/customers/groups", { name })).status).toBe(201);
    const dup = await manager.api.post("/v1/customers/groups", { name: name.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ success: false, error: { code: "CONFLICT" } });
    for (const discountPercent of [101, -1, 1.234]) {
      const bad = await admin.api.post("/v1/customers/groups", { name: unique("G"), discountPercent });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("VALIDATION_FAILED");
      expect(bad.body.error.details[0].path).toBe("discountPercent");
    }
    expect((await admin.api.post("/v1/customers/groups", { name: "  " })).status).toBe(400);
  });

  test("list with customerCount (live customers only), batched", async () => {
    const a = (await admin.api.post("/v1/customers/groups", { name: unique("A") })).body.data;
    const b = (await admin.api.post("/v1/customers/groups", { name: unique("B") })).body.data;
    await posCustomer(app, tenant.id, { groupId: a.id });
    await posCustomer(app, tenant.id, { groupId: a.id });
    await posCustomer(app, tenant.id, { groupId: a.id, deletedAt: new Date() });
    await posCustomer(app, tenant.id, { groupId: b.id });
    const before = app.counter.count;
    const res = await cashier.api.get("/v1/customers/groups");
    const queries = app.counter.count - before;
    expect(res.status).toBe(200);
    const byId = new Map(res.body.data.map((g: any) => [g.id, g]));
    expect(byId.get(a.id)).toMatchObject({ customerCount: 2 });
    expect(byId.get(b.id)).toMatchObject({ customerCount: 1 });
    expect(res.body.data.length).toBeGreaterThanOrEqual(2);
    expect(queries).toBeLessThanOrEqual(6);
    // another tenant sees none of them
    const other = await otherAdmin.api.get("/v1/customers/groups");
    expect(other.body.data.find((g: any) => g.id === a.id)).toBeUndefined();
  });

  test("update: rename, discount; 409 on a taken name; 404 cross-tenant", async () => {
    const a = (await admin.api.post("/v1/customers/groups", { name: unique("U") })).body.data;
    const b = (await admin.api.post("/v1/customers/groups", { name: unique("U") })).body.data;
    const renamed = unique("Renamed");
    const res = await admin.api.patch(`/v1/customers/groups/${a.id}`, { name: renamed, discountPercent: 5 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: a.id, name: renamed, discountPercent: 5 });
    expect((await app.services.db.posCustomerGroup.findUniqueOrThrow({ where: { id: a.id } })).discountPercent).toBe(500);
    const log = await auditOf(a.id, "customer-group.update");
    expect(log!.before).toMatchObject({ name: a.name, discountPercent: 0 });
    expect(log!.after).toMatchObject({ name: renamed, discountPercent: 500 });
    expect((await admin.api.patch(`/v1/customers/groups/${a.id}`, { name: b.name })).status).toBe(409);
    expect((await otherAdmin.api.patch(`/v1/customers/groups/${a.id}`, { name: unique("X") })).status).toBe(404);
    expect((await otherAdmin.api.delete(`/v1/customers/groups/${a.id}`)).status).toBe(404);
    expect((await admin.api.patch("/v1/customers/groups/not-a-uuid", { name: unique("X") })).status).toBe(404);
  });

  test("delete: returns the group, its customers lose the group", async () => {
    const g = (await admin.api.post("/v1/customers/groups", { name: unique("D"), discountPercent: 3 })).body.data;
    const c = await posCustomer(app, tenant.id, { groupId: g.id });
    const res = await admin.api.delete(`/v1/customers/groups/${g.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: g.id, name: g.name, discountPercent: 3 });
    expect(await app.services.db.posCustomerGroup.findUnique({ where: { id: g.id } })).toBeNull();
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).groupId).toBeNull();
    expect(await auditOf(g.id, "customer-group.delete")).not.toBeNull();
    expect((await admin.api.delete(`/v1/customers/groups/${g.id}`)).status).toBe(404);
  });

  test("401 without a token; a CASHIER reads groups but may not grant group discounts (403), a MANAGER may", async () => {
    expect((await posAnon(app).get("/v1/customers/groups")).status).toBe(401);
    expect((await posAnon(app).post("/v1/customers/groups", { body: { name: "x" } })).status).toBe(401);
    expect((await cashier.api.post("/v1/customers/groups", { name: unique("Cashier group") })).status).toBe(403);
    expect((await manager.api.post("/v1/customers/groups", { name: unique("Manager group") })).status).toBe(201);
  });
  test("a CASHIER registers customers at the till but cannot set credit limits, delete customers or adjust points", async () => {
    const plain = await cashier.api.post("/v1/customers", { name: unique("Walk-in") });
    expect(plain.status).toBe(201);
    const id = plain.body.data.id;
    expect((await cashier.api.post("/v1/customers", { name: unique("Credit"), creditLimit: 100 })).status).toBe(403);
    expect((await cashier.api.patch(`/v1/customers/${id}`, { creditLimit: 100 })).status).toBe(403);
    expect((await cashier.api.patch(`/v1/customers/${id}`, { phone: "+15550109999" })).status).toBe(200);
    expect((await cashier.api.post(`/v1/customers/${id}/loyalty/adjust`, { points: 1000, reason: "free points" })).status).toBe(403);
    expect((await cashier.api.delete(`/v1/customers/${id}`)).status).toBe(403);
  });
});

describe("customers CRUD", () => {
  test("create → 201 with normalized contact, group, credit; audited", async () => {
    const g = (await admin.api.post("/v1/customers/groups", { name: unique("G"), discountPercent: 10 })).body.data;
    const email = `${unique("jane")}@Example.com`;
    const res = await manager.api.post("/v1/customers", {
      name: " Jane Doe ", email, phone: "+1 (555) 010-2030", address: "1 Main St", groupId: g.id, creditLimit: 150.5,
    });
    expect(res.status).toBe(201);
    const c = res.body.data;
    expect(c).toMatchObject({
      name: "Jane Doe", email: email.toLowerCase(), phone: "+15550102030", address: "1 Main St", groupId: g.id,
      group: { id: g.id, name: g.name, discountPercent: 10 }, creditLimit: 150.5, balance: 0, availableCredit: 150.5, loyaltyPoints: 0,
      totals: { salesCount: 0, salesTotal: 0, refundedTotal: 0, lastSaleAt: null },
    });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    const row = await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ tenantId: tenant.id, creditLimit: 15050, balance: 0 });
    expect((await auditOf(c.id, "customer.create"))!.after).toMatchObject({ name: "Jane Doe", creditLimit: 15050 });
    // the same phone spelled differently, or the same e-mail in another case: 409
    const dupPhone = await admin.api.post("/v1/customers", { name: "Other", phone: "+1 555 010 2030" });
    expect(dupPhone.status).toBe(409);
    expect(dupPhone.body.error.details).toEqual([{ path: "phone", message: "is already taken" }]);
    const dupEmail = await admin.api.post("/v1/customers", { name: "Other", email: email.toUpperCase() });
    expect(dupEmail.status).toBe(409);
    expect(dupEmail.body.error.details).toEqual([{ path: "email", message: "is already taken" }]);
    // another tenant may use them
    expect((await otherAdmin.api.post("/v1/customers", { name: "Other", email, phone: "+15550102030" })).status).toBe(201);
  });

  test("validation 400s; unknown or other tenant's group is 404", async () => {
    for (const body of [{}, { name: "" }, { name: "X", email: "not-mail" }, { name: "X", phone: "abc" }, { name: "X", creditLimit: -1 }, { name: "X", creditLimit: 1.234 }]) {
      const res = await admin.api.post("/v1/customers", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.success).toBe(false);
    }
    const foreign = (await otherAdmin.api.post("/v1/customers/groups", { name: unique("Foreign") })).body.data;
    expect((await admin.api.post("/v1/customers", { name: "X", groupId: foreign.id })).status).toBe(404);
  });

  test("a deleted customer's phone and e-mail are free again", async () => {
    const p = phone();
    const email = `${unique("gone")}@example.com`;
    await posCustomer(app, tenant.id, { phone: p, email, deletedAt: new Date() });
    expect((await admin.api.post("/v1/customers", { name: "Reuse", phone: p, email })).status).toBe(201);
  });

  test("list: paging meta, search over name/phone/email, groupId, hasDue", async () => {
    const tag = unique("Zed").toLowerCase();
    const g = (await admin.api.post("/v1/customers/groups", { name: unique("L") })).body.data;
    const c1 = await posCustomer(app, tenant.id, { name: `${tag} one`, groupId: g.id, balance: 500 });
    const c2 = await posCustomer(app, tenant.id, { name: `${tag} two`, email: `${tag}@mail.test` });
    const c3 = await posCustomer(app, tenant.id, { name: "zzz someone", phone: "+19998887777", email: `${tag}-x@mail.test` });
    await posCustomer(app, tenant.id, { name: `${tag} deleted`, deletedAt: new Date() });
    await posCustomer(await Promise.resolve(app), (await posTenant(app)).id, { name: `${tag} foreign` });

    const res = await cashier.api.get(`/v1/customers?search=${encodeURIComponent(tag.toUpperCase())}&limit=2`);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(res.body.data.map((c: any) => c.id)).toEqual([c1.id, c2.id]);
    const page2 = await cashier.api.get(`/v1/customers?search=${encodeURIComponent(tag)}&limit=2&page=2`);
    expect(page2.body.data.map((c: any) => c.id)).toEqual([c3.id]);

    const byPhone = await admin.api.get(`/v1/customers?search=${encodeURIComponent("999 888")}`);
    expect(byPhone.body.data.map((c: any) => c.id)).toContain(c3.id);
    const byGroup = await admin.api.get(`/v1/customers?groupId=${g.id}`);
    expect(byGroup.body.data.map((c: any) => c.id)).toEqual([c1.id]);
    expect(byGroup.body.data[0]).toMatchObject({ balance: 5, group: { id: g.id } });
    const due = await admin.api.get(`/v1/customers?search=${encodeURIComponent(tag)}&hasDue=true`);
    expect(due.body.data.map((c: any) => c.id)).toEqual([c1.id]);
    const noDue = await admin.api.get(`/v1/customers?search=${encodeURIComponent(tag)}&hasDue=false`);
    expect(noDue.body.data.map((c: any) => c.id)).toEqual([c2.id, c3.id]);
    expect((await admin.api.get("/v1/customers?limit=0")).status).toBe(400);
  });

  test("the list is batched: a bigger page costs no more queries", async () => {
    const tag = unique("Batch").toLowerCase();
    for (let i = 0; i < 6; i++) await posCustomer(app, tenant.id, { name: `${tag} ${i}` });
    const count = async (limit: number) => {
      const before = app.counter.count;
      const res = await admin.api.get(`/v1/customers?search=${tag}&limit=${limit}`);
      expect(res.body.data).toHaveLength(limit);
      return app.counter.count - before;
    };
    expect(await count(6)).toBe(await count(1));
  });

  test("detail: availableCredit and sales totals aggregated (voided sales excluded, returns netted)", async () => {
    const c = await posCustomer(app, tenant.id, { creditLimit: 10000, balance: 2500 });
    const sale = (fields: Record<string, unknown>) => app.services.db.posSale.create({
      data: { tenantId: tenant.id, storeId: tenant.stores[0].id, number: unique("S"), cashierId: cashier.id, customerId: c.id, subtotal: 0, total: 0, ...fields },
    });
    await sale({ total: 4000 });
    await sale({ total: 2000, refundedTotal: 500, status: "PARTIALLY_RETURNED" });
    await sale({ total: 9999, status: "VOIDED" });
    const res = await cashier.api.get(`/v1/customers/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: c.id, creditLimit: 100, balance: 25, availableCredit: 75,
      totals: { salesCount: 2, salesTotal: 55, refundedTotal: 5 },
    });
    expect(res.body.data.totals.lastSaleAt).toMatch(/Z$/);
    const over = await posCustomer(app, tenant.id, { creditLimit: 1000, balance: 3000 });
    expect((await admin.api.get(`/v1/customers/${over.id}`)).body.data.availableCredit).toBe(0);
  });

  test("detail 404s: other tenant, deleted, malformed id; 401 anonymous", async () => {
    const c = await posCustomer(app, tenant.id);
    expect((await otherAdmin.api.get(`/v1/customers/${c.id}`)).status).toBe(404);
    const gone = await posCustomer(app, tenant.id, { deletedAt: new Date() });
    const res = await admin.api.get(`/v1/customers/${gone.id}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect((await admin.api.get("/v1/customers/123")).status).toBe(404);
    expect((await posAnon(app).get(`/v1/customers/${c.id}`)).status).toBe(401);
  });

  test("update: only given fields; null clears; 409 on another live customer's contact; audited before/after", async () => {
    const g = (await admin.api.post("/v1/customers/groups", { name: unique("Up") })).body.data;
    const taken = await posCustomer(app, tenant.id, { email: `${unique("taken")}@example.com` });
    const c = await posCustomer(app, tenant.id, { email: `${unique("me")}@example.com`, address: "Old", groupId: g.id, balance: 700 });
    const res = await manager.api.patch(`/v1/customers/${c.id}`, { name: "New Name", address: null, groupId: null, creditLimit: 20 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, name: "New Name", email: c.email, phone: c.phone, address: null, group: null, creditLimit: 20, balance: 7, availableCredit: 13 });
    const log = await auditOf(c.id, "customer.update");
    expect(log!.before).toMatchObject({ name: c.name, address: "Old", groupId: g.id });
    expect(log!.after).toMatchObject({ name: "New Name", address: null, groupId: null, creditLimit: 2000 });
    // keeping its own e-mail is fine; another customer's is 409
    expect((await admin.api.patch(`/v1/customers/${c.id}`, { email: c.email })).status).toBe(200);
    expect((await admin.api.patch(`/v1/customers/${c.id}`, { email: taken.email })).status).toBe(409);
    expect((await admin.api.patch(`/v1/customers/${c.id}`, { phone: taken.phone })).status).toBe(409);
    expect((await admin.api.patch(`/v1/customers/${c.id}`, { name: null })).status).toBe(400);
    expect((await otherAdmin.api.patch(`/v1/customers/${c.id}`, { name: "Hijack" })).status).toBe(404);
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).name).toBe("New Name");
  });

  test("delete: soft delete when balance is 0; 422 while it owes or is owed; 404 after", async () => {
    const owes = await posCustomer(app, tenant.id, { balance: 1250 });
    const res = await admin.api.delete(`/v1/customers/${owes.id}`);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ success: false, error: { code: "UNPROCESSABLE", details: { code: "CUSTOMER_HAS_BALANCE", balance: 12.5 } } });
    const credit = await posCustomer(app, tenant.id, { balance: -100 });
    expect((await admin.api.delete(`/v1/customers/${credit.id}`)).status).toBe(422);
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: owes.id } })).deletedAt).toBeNull();

    const c = await posCustomer(app, tenant.id);
    expect((await otherAdmin.api.delete(`/v1/customers/${c.id}`)).status).toBe(404);
    const del = await manager.api.delete(`/v1/customers/${c.id}`);
    expect(del.status).toBe(200);
    expect(del.body.data).toMatchObject({ id: c.id, name: c.name });
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).deletedAt).not.toBeNull();
    const log = await auditOf(c.id, "customer.delete");
    expect(log!.before).toMatchObject({ deletedAt: null });
    expect((log!.after as any).deletedAt).toBeTruthy();
    expect((await admin.api.get(`/v1/customers/${c.id}`)).status).toBe(404);
    expect((await admin.api.delete(`/v1/customers/${c.id}`)).status).toBe(404);
  });
});

describe("customer ledger", () => {
  test("lists every entry newest first with its balanceAfter; pages; 404 cross-tenant", async () => {
    const c = await posCustomer(app, tenant.id, { balance: 0 });
    const db = app.services.db;
    const rows = [
      { type: "SALE", amount: 5000, balanceAfter: 5000, referenceType: "sale", referenceId: "s1" },
      { type: "PAYMENT", amount: -2000, balanceAfter: 3000, referenceType: "sale", referenceId: "s1" },
      { type: "DUE_COLLECTION", amount: -1000, balanceAfter: 2000, referenceType: "payment", referenceId: "p1" },
      { type: "RETURN", amount: -500, balanceAfter: 1500, note: "damaged" },
    ] as const;
    // one timestamp for all: the order is the insertion order
    const at = new Date("2026-01-01T10:00:00Z");
    for (const r of rows) await db.posLedgerEntry.create({ data: { tenantId: tenant.id, customerId: c.id, createdAt: at, userId: cashier.id, ...r } });
    await db.posCustomer.update({ where: { id: c.id }, data: { balance: 1500 } });

    const res = await cashier.api.get(`/v1/customers/${c.id}/ledger`);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, limit: 20, total: 4, totalPages: 1 });
    expect(res.body.data.map((e: any) => [e.type, e.amount, e.balanceAfter])).toEqual([
      ["RETURN", -5, 15], ["DUE_COLLECTION", -10, 20], ["PAYMENT", -20, 30], ["SALE", 50, 50],
    ]);
    expect(res.body.data[0]).toMatchObject({ customerId: c.id, note: "damaged", userId: cashier.id, createdAt: at.toISOString() });
    // the chain holds: each balanceAfter = the previous one + amount
    const oldestFirst = [...res.body.data].reverse();
    oldestFirst.reduce((prev: number, e: any) => { expect(Math.round((prev + e.amount) * 100)).toBe(Math.round(e.balanceAfter * 100)); return e.balanceAfter; }, 0);

    const page2 = await admin.api.get(`/v1/customers/${c.id}/ledger?limit=3&page=2`);
    expect(page2.body.meta).toEqual({ page: 2, limit: 3, total: 4, totalPages: 2 });
    expect(page2.body.data.map((e: any) => e.type)).toEqual(["SALE"]);
    expect((await otherAdmin.api.get(`/v1/customers/${c.id}/ledger`)).status).toBe(404);
    expect((await posAnon(app).get(`/v1/customers/${c.id}/ledger`)).status).toBe(401);
  });
});

describe("GraphQL", () => {
  test("customers, a customer and createPosCustomer through /graphql", async () => {
    const name = unique("Gql");
    const created = await gql(app.url, `mutation($input: CreatePosCustomerInput!) {
      createPosCustomer(input: $input) { id name creditLimit availableCredit group { id } totals { salesCount } } }`,
    { input: { name, creditLimit: 12.34 } }, manager.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createPosCustomer).toMatchObject({ name, creditLimit: 12.34, availableCredit: 12.34, group: null, totals: { salesCount: 0 } });
    const list = await gql(app.url, `query($s: String) { posCustomers(search: $s) { total items { id name } } }`, { s: name }, admin.token);
    expect(list.data.posCustomers).toEqual({ total: 1, items: [{ id: created.data.createPosCustomer.id, name }] });
    const denied = await gql(app.url, "{ posCustomerGroups { id } }");
    expect(denied.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
