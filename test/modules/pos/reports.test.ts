import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { posSaleRow, posStockRow } from "../../support/pos-reports-data.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let other: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture, manager: PosUserFixture, cashier1: PosUserFixture, cashier2: PosUserFixture, otherAdmin: PosUserFixture;
let p1: { id: string; name: string }, p2: { id: string; name: string };

const MARCH = "from=2024-03-01&to=2024-03-31";
const at = (iso: string) => new Date(iso);

/**
 * Hand-computed data (cents), March 2024:
 *  S1 main  cashier1 03-05 10:00  P1×2 @1000 cost 600 tax 200; P2×1 @500 cost 200 tax 50 → subtotal 2500, tax 250, total 2750; CASH 2750
 *  S2 main  cashier2 03-05 15:00  P2×4 @500 cost 200 disc 200 tax 180, 1 returned → total 1980, refunded 495; CARD 1980, refund CARD −495
 *  S3 second cashier1 03-12 09:00 P1×1 @1000 cost 600 tax 100 → total 1100; CASH 600 + CARD 500
 *  S4 main  cashier1 03-06 VOIDED  P1×5 → total 5500 (excluded; voidedCount 1)
 *  S5 main  cashier1 04-02         outside the period
 *  other tenant: a big sale in March (never counted)
 */
beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  other = await posTenant(app);
  [admin, manager, cashier1, cashier2, otherAdmin] = await Promise.all([
    posUser(app, "ADMIN", tenant.id), posUser(app, "MANAGER", tenant.id), posUser(app, "CASHIER", tenant.id),
    posUser(app, "CASHIER", tenant.id), posUser(app, "ADMIN", other.id),
  ]);
  p1 = await posProduct(app, tenant.id, { price: 1000, cost: 600 });
  p2 = await posProduct(app, tenant.id, { price: 500, cost: 200 });
  const [main, second] = tenant.stores;
  await posSaleRow(app, {
    tenantId: tenant.id, storeId: main.id, cashierId: cashier1.id, createdAt: at("2024-03-05T10:00:00Z"),
    lines: [{ productId: p1.id, quantity: 2, unitPrice: 1000, unitCost: 600, taxAmount: 200 }, { productId: p2.id, quantity: 1, unitPrice: 500, unitCost: 200, taxAmount: 50 }],
    payments: [{ method: "CASH", amount: 2750 }],
  });
  await posSaleRow(app, {
    tenantId: tenant.id, storeId: main.id, cashierId: cashier2.id, createdAt: at("2024-03-05T15:00:00Z"), status: "PARTIALLY_RETURNED", refundedTotal: 495,
    lines: [{ productId: p2.id, quantity: 4, unitPrice: 500, unitCost: 200, discount: 200, taxAmount: 180, returnedQuantity: 1 }],
    payments: [{ method: "CARD", amount: 1980 }, { method: "CARD", amount: -495, kind: "REFUND" }],
  });
  await posSaleRow(app, {
    tenantId: tenant.id, storeId: second.id, cashierId: cashier1.id, createdAt: at("2024-03-12T09:00:00Z"),
    lines: [{ productId: p1.id, quantity: 1, unitPrice: 1000, unitCost: 600, taxAmount: 100 }],
    payments: [{ method: "CASH", amount: 600 }, { method: "CARD", amount: 500 }],
  });
  await posSaleRow(app, {
    tenantId: tenant.id, storeId: main.id, cashierId: cashier1.id, createdAt: at("2024-03-06T12:00:00Z"), status: "VOIDED",
    lines: [{ productId: p1.id, quantity: 5, unitPrice: 1000, unitCost: 600, taxAmount: 500 }],
    payments: [{ method: "CASH", amount: 5500 }, { method: "CASH", amount: -5500, kind: "VOID_REVERSAL" }],
  });
  await posSaleRow(app, {
    tenantId: tenant.id, storeId: main.id, cashierId: cashier1.id, createdAt: at("2024-04-02T12:00:00Z"),
    lines: [{ productId: p1.id, quantity: 1, unitPrice: 1000, unitCost: 600, taxAmount: 100 }], payments: [{ method: "CASH", amount: 1100 }],
  });
  const op = await posProduct(app, other.id, { price: 99_000, cost: 1 });
  await posSaleRow(app, {
    tenantId: other.id, storeId: other.stores[0].id, cashierId: otherAdmin.id, createdAt: at("2024-03-05T11:00:00Z"),
    lines: [{ productId: op.id, quantity: 3, unitPrice: 99_000, unitCost: 1 }], payments: [{ method: "CASH", amount: 297_000 }],
  });
  // expenses: Rent 10000 (03-01, second store), Utilities 2500 (03-31, main) + 1500 (03-15, no store); outside: 02-29 and 04-01
  const db = app.services.db;
  const [rent, utilities] = await Promise.all([
    db.posExpenseCategory.create({ data: { tenantId: tenant.id, name: "Rent" } }),
    db.posExpenseCategory.create({ data: { tenantId: tenant.id, name: "Utilities" } }),
  ]);
  const otherCat = await db.posExpenseCategory.create({ data: { tenantId: other.id, name: "Rent" } });
  await db.posExpense.createMany({
    data: [
      { tenantId: tenant.id, storeId: second.id, categoryId: rent.id, amount: 10_000, date: at("2024-03-01") },
      { tenantId: tenant.id, storeId: main.id, categoryId: utilities.id, amount: 2_500, date: at("2024-03-31") },
      { tenantId: tenant.id, categoryId: utilities.id, amount: 1_500, date: at("2024-03-15") },
      { tenantId: tenant.id, storeId: main.id, categoryId: utilities.id, amount: 9_999, date: at("2024-02-29") },
      { tenantId: tenant.id, storeId: main.id, categoryId: rent.id, amount: 9_999, date: at("2024-04-01") },
      { tenantId: other.id, categoryId: otherCat.id, amount: 77_777, date: at("2024-03-10") },
    ],
  });
});
afterAll(() => app?.close());

describe("GET /v1/reports/sales", () => {
  test("totals, voided sales left out, payment methods, best sellers", async () => {
    const res = await admin.api.get(`/v1/reports/sales?${MARCH}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.success).toBe(true);
    const d = res.body.data;
    expect(d.period).toEqual({ from: "2024-03-01T00:00:00.000Z", to: "2024-03-31T23:59:59.999Z" });
    expect(d.totals).toEqual({ salesCount: 3, grossSales: 55, discounts: 2, tax: 5.3, netSales: 58.3, refunds: 4.95, averageBasket: 19.43 });
    expect(d.voidedCount).toBe(1);
    expect(d.byPaymentMethod).toEqual([{ method: "CASH", amount: 33.5 }, { method: "CARD", amount: 24.8 }]);
    expect(d.topProducts).toEqual([
      { productId: p2.id, name: p2.name, quantity: 5, revenue: 25.3 },
      { productId: p1.id, name: p1.name, quantity: 3, revenue: 33 },
    ]);
    expect(d.groupBy).toBe("day");
    expect(d.byDay).toHaveLength(31);
    expect(d.byDay[0]).toEqual({ date: "2024-03-01", salesCount: 0, netSales: 0 });
    expect(d.byDay.find((b: { date: string }) => b.date === "2024-03-05")).toEqual({ date: "2024-03-05", salesCount: 2, netSales: 47.3 });
    expect(d.byDay.find((b: { date: string }) => b.date === "2024-03-06")).toEqual({ date: "2024-03-06", salesCount: 0, netSales: 0 });
    expect(d.byDay.find((b: { date: string }) => b.date === "2024-03-12")).toEqual({ date: "2024-03-12", salesCount: 1, netSales: 11 });
    expect(d.byDay.reduce((s: number, b: { salesCount: number }) => s + b.salesCount, 0)).toBe(3);
  });

  test("groupBy week and month bucket the same sales", async () => {
    const week = await manager.api.get(`/v1/reports/sales?${MARCH}&groupBy=week`);
    expect(week.status, week.text).toBe(200);
    expect(week.body.data.byDay).toEqual([
      { date: "2024-02-26", salesCount: 0, netSales: 0 },
      { date: "2024-03-04", salesCount: 2, netSales: 47.3 },
      { date: "2024-03-11", salesCount: 1, netSales: 11 },
      { date: "2024-03-18", salesCount: 0, netSales: 0 },
      { date: "2024-03-25", salesCount: 0, netSales: 0 },
    ]);
    const month = await manager.api.get(`/v1/reports/sales?from=2024-02-15&to=2024-04-30&groupBy=month`);
    expect(month.body.data.byDay).toEqual([
      { date: "2024-02-01", salesCount: 0, netSales: 0 },
      { date: "2024-03-01", salesCount: 3, netSales: 58.3 },
      { date: "2024-04-01", salesCount: 1, netSales: 11 },
    ]);
  });

  test("one store; date-time bounds are inclusive", async () => {
    const res = await admin.api.get(`/v1/reports/sales?${MARCH}&storeId=${tenant.stores[1].id}`);
    expect(res.body.data.totals).toMatchObject({ salesCount: 1, netSales: 11, averageBasket: 11 });
    expect(res.body.data.byPaymentMethod).toEqual([{ method: "CASH", amount: 6 }, { method: "CARD", amount: 5 }]);
    const narrow = await admin.api.get(`/v1/reports/sales?from=2024-03-05T10:00:00Z&to=2024-03-05T15:00:00.000Z`);
    expect(narrow.body.data.totals).toMatchObject({ salesCount: 2, netSales: 47.3 });
    const before = await admin.api.get(`/v1/reports/sales?from=2024-03-05T10:00:00.001Z&to=2024-03-05T14:59:59Z`);
    expect(before.body.data.totals).toMatchObject({ salesCount: 0, netSales: 0, averageBasket: 0 });
    expect(before.body.data.topProducts).toEqual([]);
  });

  test("another tenant's sales never count, and its store id is a 404", async () => {
    const res = await otherAdmin.api.get(`/v1/reports/sales?${MARCH}`);
    expect(res.body.data.totals).toMatchObject({ salesCount: 1, netSales: 2970 });
    expect(res.body.data.voidedCount).toBe(0);
    const foreign = await otherAdmin.api.get(`/v1/reports/sales?storeId=${tenant.stores[0].id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect((await admin.api.get(`/v1/reports/sales?storeId=not-a-uuid`)).status).toBe(404);
  });

  test("the default period is the last 30 days", async () => {
    const fresh = await posTenant(app);
    const boss = await posUser(app, "MANAGER", fresh.id);
    const p = await posProduct(app, fresh.id);
    for (const daysAgo of [0, 29, 31]) {
      await posSaleRow(app, { tenantId: fresh.id, storeId: fresh.stores[0].id, cashierId: boss.id, createdAt: new Date(Date.now() - daysAgo * 86_400_000), lines: [{ productId: p.id, quantity: 1, unitPrice: 100 }] });
    }
    const res = await boss.api.get("/v1/reports/sales");
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.totals).toMatchObject({ salesCount: 2, netSales: 2 });
    expect(Date.parse(res.body.data.period.to) - Date.parse(res.body.data.period.from)).toBeCloseTo(30 * 86_400_000, -3);
    expect(res.body.data.byDay.length).toBeGreaterThanOrEqual(30);
  });

  test("400 for malformed or reversed dates and an unknown groupBy", async () => {
    for (const q of ["from=yesterday", "to=2024-13-45", "from=2024-03-10&to=2024-03-01", "groupBy=year"]) {
      const res = await admin.api.get(`/v1/reports/sales?${q}`);
      expect(res.status, `${q}: ${res.text}`).toBe(400);
      expect(res.body.success).toBe(false);
    }
    const bad = await admin.api.get("/v1/reports/sales?from=2024-03-10&to=2024-03-01");
    expect(bad.body.error.details).toEqual([{ path: "from", message: "must not be after to" }]);
    const malformed = await admin.api.get("/v1/reports/profit?from=yesterday");
    expect(malformed.body.error.details[0].path).toBe("from");
  });
});

describe("GET /v1/reports/profit", () => {
  test("revenue net of tax and refunds, cost of goods from sale lines, expenses by category", async () => {
    const res = await admin.api.get(`/v1/reports/profit?${MARCH}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toEqual({
      period: { from: "2024-03-01T00:00:00.000Z", to: "2024-03-31T23:59:59.999Z" },
      revenue: 48.05, costOfGoods: 26, grossProfit: 22.05, grossMargin: 45.89,
      expenses: { total: 140, byCategory: [
        { categoryId: expect.any(String), name: "Rent", count: 1, amount: 100 },
        { categoryId: expect.any(String), name: "Utilities", count: 2, amount: 40 },
      ] },
      netProfit: -117.95,
    });
  });

  test("one store: its sales and its expenses only", async () => {
    const res = await manager.api.get(`/v1/reports/profit?${MARCH}&storeId=${tenant.stores[0].id}`);
    expect(res.body.data).toMatchObject({ revenue: 38.05, costOfGoods: 20, grossProfit: 18.05, grossMargin: 47.44, expenses: { total: 25 }, netProfit: -6.95 });
  });

  test("expenses count by day: date-time bounds take in the whole first and last day", async () => {
    const res = await admin.api.get("/v1/reports/profit?from=2024-03-15T18:00:00Z&to=2024-03-31T08:00:00Z");
    expect(res.body.data.expenses).toMatchObject({ total: 40, byCategory: [{ name: "Utilities", count: 2, amount: 40 }] });
    const one = await admin.api.get("/v1/reports/profit?from=2024-03-01T12:00:00Z&to=2024-03-01T13:00:00Z");
    expect(one.body.data.expenses).toMatchObject({ total: 100, byCategory: [{ name: "Rent", count: 1 }] });
  });

  test("an empty period: zeros, margin 0", async () => {
    const res = await admin.api.get("/v1/reports/profit?from=2020-01-01&to=2020-01-31");
    expect(res.body.data).toMatchObject({ revenue: 0, costOfGoods: 0, grossProfit: 0, grossMargin: 0, expenses: { total: 0, byCategory: [] }, netProfit: 0 });
  });
});

describe("GET /v1/reports/cashier", () => {
  test("per cashier: sales, voids, returns, items", async () => {
    const res = await admin.api.get(`/v1/reports/cashier?${MARCH}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.cashiers).toEqual([
      { cashier: { id: cashier1.id, name: cashier1.name, email: cashier1.email }, salesCount: 2, netSales: 38.5, averageBasket: 19.25, voidsCount: 1, returnsAmount: 0, itemsSold: 4 },
      { cashier: { id: cashier2.id, name: cashier2.name, email: cashier2.email }, salesCount: 1, netSales: 19.8, averageBasket: 19.8, voidsCount: 0, returnsAmount: 4.95, itemsSold: 4 },
    ]);
    const second = await admin.api.get(`/v1/reports/cashier?${MARCH}&storeId=${tenant.stores[1].id}`);
    expect(second.body.data.cashiers).toEqual([
      { cashier: { id: cashier1.id, name: cashier1.name, email: cashier1.email }, salesCount: 1, netSales: 11, averageBasket: 11, voidsCount: 0, returnsAmount: 0, itemsSold: 1 },
    ]);
  });
});

describe("GET /v1/reports/stock", () => {
  test("valuation per store and in total: variants' own cost and price, negatives at 0, deleted products left out", async () => {
    const t = await posTenant(app);
    const boss = await posUser(app, "ADMIN", t.id);
    const [main, second] = t.stores;
    const a = await posProduct(app, t.id, { price: 1000, cost: 600 });
    const b = await posProduct(app, t.id, { price: 500, cost: 200 });
    const v = await posProduct(app, t.id, { price: 2000, cost: 900 });
    const gone = await posProduct(app, t.id, { price: 5000, cost: 5000, deletedAt: new Date() });
    const [v1, v2] = await Promise.all([
      app.services.db.posVariant.create({ data: { tenantId: t.id, productId: v.id, name: "Big", sku: `${v.sku}-B`, price: 2500, cost: 1000 } }),
      app.services.db.posVariant.create({ data: { tenantId: t.id, productId: v.id, name: "Small", sku: `${v.sku}-S` } }),
    ]);
    await posStockRow(app, { tenantId: t.id, storeId: main.id, productId: a.id, quantity: 10, lowStockThreshold: 5 });
    await posStockRow(app, { tenantId: t.id, storeId: second.id, productId: a.id, quantity: -2 });
    await posStockRow(app, { tenantId: t.id, storeId: main.id, productId: b.id, quantity: 3, lowStockThreshold: 5 });
    await posStockRow(app, { tenantId: t.id, storeId: second.id, productId: b.id, quantity: 20, lowStockThreshold: 5 });
    await posStockRow(app, { tenantId: t.id, storeId: main.id, productId: v.id, variantId: v1.id, quantity: 4 });
    await posStockRow(app, { tenantId: t.id, storeId: main.id, productId: v.id, variantId: v2.id, quantity: 1, lowStockThreshold: 2 });
    await posStockRow(app, { tenantId: t.id, storeId: main.id, productId: gone.id, quantity: 100, lowStockThreshold: 500 });

    const res = await boss.api.get("/v1/reports/stock");
    expect(res.status, res.text).toBe(200);
    const byCode = Object.fromEntries(res.body.data.byStore.map((s: { store: { code: string } }) => [s.store.code, s]));
    expect(byCode.MAIN).toEqual({ store: { id: main.id, name: main.name, code: "MAIN" }, itemsCount: 4, units: 18, costValue: 115, retailValue: 235, lowStockCount: 2, negativeCount: 0 });
    expect(byCode.SECOND).toEqual({ store: { id: second.id, name: second.name, code: "SECOND" }, itemsCount: 2, units: 20, costValue: 40, retailValue: 100, lowStockCount: 0, negativeCount: 1 });
    expect(res.body.data.totals).toEqual({ itemsCount: 6, units: 38, costValue: 155, retailValue: 335, lowStockCount: 2, negativeCount: 1 });
    expect(res.body.data.lowStockCount).toBe(2);

    const one = await boss.api.get(`/v1/reports/stock?storeId=${second.id}`);
    expect(one.body.data.byStore).toHaveLength(1);
    expect(one.body.data.totals).toMatchObject({ units: 20, costValue: 40 });
    // the first tenant's stock is not this tenant's
    expect((await admin.api.get(`/v1/reports/stock?storeId=${second.id}`)).status).toBe(404);
  });
});

describe("access", () => {
  const PATHS = ["/v1/reports/sales", "/v1/reports/profit", "/v1/reports/stock", "/v1/reports/cashier"];
  test.each(PATHS)("%s: 401 without a token, 403 for a cashier and for the platform admin", async (path) => {
    const anon = await posAnon(app).get(path);
    expect(anon.status).toBe(401);
    expect(anon.body).toMatchObject({ success: false, error: { code: "UNAUTHENTICATED" } });
    const denied = await cashier1.api.get(path);
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
    const platform = await posUser(app, "SUPER_ADMIN", null);
    expect((await platform.api.get(path)).status).toBe(403);
    expect((await manager.api.get(path)).status).toBe(200);
  });
});

describe("GraphQL", () => {
  test("posSalesReport and posProfitReport answer the same figures", async () => {
    const res = await gql(app.url, `query($from: String, $to: String) {
      posSalesReport(from: $from, to: $to, groupBy: month) { totals { salesCount netSales refunds } voidedCount byDay { date salesCount } }
      posProfitReport(from: $from, to: $to) { revenue costOfGoods grossMargin }
    }`, { from: "2024-03-01", to: "2024-03-31" }, admin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      posSalesReport: { totals: { salesCount: 3, netSales: 58.3, refunds: 4.95 }, voidedCount: 1, byDay: [{ date: "2024-03-01", salesCount: 3 }] },
      posProfitReport: { revenue: 48.05, costOfGoods: 26, grossMargin: 45.89 },
    });
    const denied = await gql(app.url, "{ posStockReport { lowStockCount } }", undefined, cashier1.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
