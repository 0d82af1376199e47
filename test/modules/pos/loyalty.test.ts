import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posCustomer, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let superAdmin: PosUserFixture;
let otherAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app, { currency: "EUR", loyalty: { enabled: true, pointsPerUnit: 2, redeemValueCents: 5, minRedeemPoints: 50 } });
  admin = await posUser(app, "ADMIN", tenant.id);
  manager = await posUser(app, "MANAGER", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id });
  superAdmin = await posUser(app, "SUPER_ADMIN", null);
  const other = await posTenant(app);
  otherAdmin = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

describe("GET /v1/customers/loyalty/program", () => {
  test("the tenant's loyalty settings with explanatory fields", async () => {
    const res = await cashier.api.get("/v1/customers/loyalty/program");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      success: true,
      data: {
        enabled: true, pointsPerUnit: 2, redeemValue: 0.05, minRedeemPoints: 50, currency: "EUR",
        earnRule: "2 points per 1.00 EUR paid", redeemRule: "1 point = 0.05 EUR; at least 50 points per sale",
      },
    });
  });
  test("defaults for a tenant without settings; 401 anonymous; 403 without customer:read", async () => {
    const res = await otherAdmin.api.get("/v1/customers/loyalty/program");
    expect(res.body.data).toMatchObject({ enabled: true, pointsPerUnit: 1, redeemValue: 0.01, minRedeemPoints: 100, currency: "USD" });
    expect((await posAnon(app).get("/v1/customers/loyalty/program")).status).toBe(401);
    const denied = await superAdmin.api.get("/v1/customers/loyalty/program");
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
  });
});

describe("loyalty history and adjustments", () => {
  test("history lists entries inserted by sales newest first, with current points and their value", async () => {
    const c = await posCustomer(app, tenant.id);
    const db = app.services.db;
    const at = new Date("2026-02-01T09:00:00Z");
    const sale = await db.posSale.create({
      data: { tenantId: tenant.id, storeId: tenant.stores[0].id, number: "S-LOY-1", cashierId: cashier.id, customerId: c.id, subtotal: 10000, total: 10000 },
    });
    for (const e of [
      { type: "EARN", points: 200, balanceAfter: 200, saleId: sale.id },
      { type: "REDEEM", points: -80, balanceAfter: 120, saleId: sale.id },
      { type: "VOID", points: -20, balanceAfter: 100, saleId: sale.id, reason: "voided" },
    ] as const) await db.posLoyaltyEntry.create({ data: { tenantId: tenant.id, customerId: c.id, createdAt: at, ...e } });
    await db.posCustomer.update({ where: { id: c.id }, data: { loyaltyPoints: 100 } });

    const res = await cashier.api.get(`/v1/customers/${c.id}/loyalty`);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    const h = res.body.data;
    expect(h).toMatchObject({ customerId: c.id, points: 100, pointsValue: 5, pagination: { page: 1, limit: 20, total: 3, totalPages: 1 } });
    expect(h.entries.map((e: any) => [e.type, e.points, e.balanceAfter])).toEqual([["VOID", -20, 100], ["REDEEM", -80, 120], ["EARN", 200, 200]]);
    expect(h.entries[2]).toMatchObject({ saleId: sale.id, customerId: c.id, createdAt: at.toISOString() });

    const p2 = await admin.api.get(`/v1/customers/${c.id}/loyalty?limit=2&page=2`);
    expect(p2.body.data.pagination).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect(p2.body.data.entries.map((e: any) => e.type)).toEqual(["EARN"]);
  });

  test("adjust: +/- points with a reason → 200 {points, customer, entry}; the chain continues; audited", async () => {
    const c = await posCustomer(app, tenant.id, { loyaltyPoints: 40 });
    await app.services.db.posLoyaltyEntry.create({ data: { tenantId: tenant.id, customerId: c.id, type: "EARN", points: 40, balanceAfter: 40 } });

    const add = await manager.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: 25, reason: "Birthday bonus" });
    expect(add.status).toBe(200);
    expect(add.body.data).toMatchObject({
      points: 65, customer: { id: c.id, name: c.name, loyaltyPoints: 65 },
      entry: { type: "ADJUST", points: 25, balanceAfter: 65, reason: "Birthday bonus", userId: manager.id, customerId: c.id, saleId: null },
    });
    const remove = await admin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: -65, reason: "Correction" });
    expect(remove.status).toBe(200);
    expect(remove.body.data).toMatchObject({ points: 0, entry: { points: -65, balanceAfter: 0 } });

    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).loyaltyPoints).toBe(0);
    const history = (await admin.api.get(`/v1/customers/${c.id}/loyalty`)).body.data;
    expect(history.points).toBe(0);
    const oldestFirst = [...history.entries].reverse();
    expect(oldestFirst.map((e: any) => [e.type, e.points, e.balanceAfter])).toEqual([["EARN", 40, 40], ["ADJUST", 25, 65], ["ADJUST", -65, 0]]);
    oldestFirst.reduce((prev: number, e: any) => { expect(prev + e.points).toBe(e.balanceAfter); return e.balanceAfter; }, 0);

    const log = await app.services.db.posAuditLog.findFirst({ where: { entityId: c.id, action: "customer.loyalty-adjust", userId: manager.id } });
    expect(log).toMatchObject({ tenantId: tenant.id, entityType: "customer" });
    expect(log!.before).toEqual({ loyaltyPoints: 40 });
    expect(log!.after).toMatchObject({ loyaltyPoints: 65, points: 25, reason: "Birthday bonus" });
  });

  test("below zero is 422 INSUFFICIENT_POINTS and changes nothing", async () => {
    const c = await posCustomer(app, tenant.id, { loyaltyPoints: 10 });
    const res = await admin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: -11, reason: "Too much" });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ success: false, error: { code: "UNPROCESSABLE", details: { code: "INSUFFICIENT_POINTS", available: 10, requested: 11 } } });
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).loyaltyPoints).toBe(10);
    expect(await app.services.db.posLoyaltyEntry.count({ where: { customerId: c.id } })).toBe(0);
  });

  test("400 for zero, fractional or missing points and a missing/blank reason", async () => {
    const c = await posCustomer(app, tenant.id, { loyaltyPoints: 10 });
    for (const body of [{ points: 0, reason: "x" }, { points: 1.5, reason: "x" }, { reason: "x" }, { points: 5 }, { points: 5, reason: "  " }]) {
      const res = await admin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.success).toBe(false);
    }
    const zero = await admin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: 0, reason: "x" });
    expect(zero.body.error.details).toEqual([{ path: "points", message: "must not be 0" }]);
  });

  test("concurrent adjustments serialize on the customer row: no lost update, a gapless chain", async () => {
    const c = await posCustomer(app, tenant.id, { loyaltyPoints: 0 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      admin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: 5, reason: `parallel ${i}` })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).loyaltyPoints).toBe(40);
    const h = (await admin.api.get(`/v1/customers/${c.id}/loyalty`)).body.data;
    expect(h.entries.map((e: any) => e.balanceAfter)).toEqual([40, 35, 30, 25, 20, 15, 10, 5]);
  });

  test("404 for another tenant's, a deleted or an unknown customer; 401 anonymous; 403 without customer:write", async () => {
    const c = await posCustomer(app, tenant.id, { loyaltyPoints: 10 });
    expect((await otherAdmin.api.get(`/v1/customers/${c.id}/loyalty`)).status).toBe(404);
    expect((await otherAdmin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: 1, reason: "x" })).status).toBe(404);
    const gone = await posCustomer(app, tenant.id, { deletedAt: new Date() });
    expect((await admin.api.post(`/v1/customers/${gone.id}/loyalty/adjust`, { points: 1, reason: "x" })).status).toBe(404);
    expect((await admin.api.get("/v1/customers/00000000-0000-4000-8000-000000000000/loyalty")).status).toBe(404);
    expect((await posAnon(app).post(`/v1/customers/${c.id}/loyalty/adjust`, { body: { points: 1, reason: "x" } })).status).toBe(401);
    expect((await superAdmin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: 1, reason: "x" })).status).toBe(403);
    expect((await superAdmin.api.get(`/v1/customers/${c.id}/ledger`)).status).toBe(403);
    expect((await superAdmin.api.get("/v1/customers")).status).toBe(403);
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).loyaltyPoints).toBe(10);
  });

  test("GraphQL: adjustPosCustomerLoyalty and posCustomerLoyalty", async () => {
    const c = await posCustomer(app, tenant.id);
    const res = await gql(app.url, `mutation($id: ID!, $input: AdjustPosLoyaltyInput!) {
      adjustPosCustomerLoyalty(id: $id, input: $input) { points entry { type balanceAfter } } }`,
    { id: c.id, input: { points: 7, reason: "welcome" } }, manager.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.adjustPosCustomerLoyalty).toEqual({ points: 7, entry: { type: "ADJUST", balanceAfter: 7 } });
    const q = await gql(app.url, `query($id: ID!) { posCustomerLoyalty(id: $id) { points pointsValue entries { reason } } }`, { id: c.id }, admin.token);
    expect(q.data.posCustomerLoyalty).toEqual({ points: 7, pointsValue: 0.35, entries: [{ reason: "welcome" }] });
  });
});

describe("points range (review regression)", () => {
  test("an adjustment pushing the points past the 32-bit column is a 422, not a 500", async () => {
    const c = await posCustomer(app, tenant.id, { loyaltyPoints: 2_000_000_000 });
    const res = await admin.api.post(`/v1/customers/${c.id}/loyalty/adjust`, { points: 2_000_000_000, reason: "Overflow" });
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.details).toMatchObject({ code: "POINTS_OUT_OF_RANGE" });
    expect((await app.services.db.posCustomer.findUniqueOrThrow({ where: { id: c.id } })).loyaltyPoints).toBe(2_000_000_000);
  });
});
