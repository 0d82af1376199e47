import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon } from "../../support/pos-factory.ts";
import { seedPosDemo } from "../../../src/modules/pos/seed.ts";
import { posConfig } from "../../../src/modules/pos/config.ts";
import type { DemoLogin } from "../../../src/kernel/system.ts";

let app: TestApp;
let logins: DemoLogin[];
beforeAll(async () => {
  app = await startTestApp();
  logins = await seedPosDemo(app.services);
});
afterAll(() => app?.close());

const login = async (role: string) => {
  const l = logins.find((x) => x.role === role)!;
  const res = await posAnon(app).post("/auth/login", { body: { email: l.login, password: l.password } });
  expect(res.status, res.text).toBe(200);
  const token = res.body.data.accessToken as string;
  const api = posAnon(app);
  return { get: (p: string) => api.get(p, { token }), user: res.body.data.user };
};

describe("pos demo seed", () => {
  test("returns the four demo logins; each can sign in", async () => {
    const cfg = posConfig(app.services.config);
    expect(logins).toEqual([
      { system: "pos", role: "ADMIN", login: cfg.POS_ADMIN_EMAIL, password: cfg.POS_ADMIN_PASSWORD },
      { system: "pos", role: "MANAGER", login: "manager@pos.demo", password: cfg.POS_ADMIN_PASSWORD },
      { system: "pos", role: "CASHIER", login: "cashier@pos.demo", password: cfg.POS_ADMIN_PASSWORD },
      { system: "pos", role: "SUPER_ADMIN", login: cfg.POS_SUPER_ADMIN_EMAIL, password: cfg.POS_SUPER_ADMIN_PASSWORD },
    ]);
    for (const role of ["ADMIN", "MANAGER", "CASHIER", "SUPER_ADMIN"]) expect((await login(role)).user.role).toBe(role);
    const cashier = await login("CASHIER");
    const main = await app.services.db.posStore.findFirstOrThrow({ where: { code: "MAIN", tenant: { slug: "demo-retail" } } });
    expect(cashier.user.storeId).toBe(main.id);
    expect((await cashier.get("/v1/reports/sales")).status).toBe(403);
  });

  test("the admin's reports show the three demo sales and the expenses", async () => {
    const admin = await login("ADMIN");
    const sales = await admin.get("/v1/reports/sales");
    expect(sales.status, sales.text).toBe(200);
    // walk-in 30.23 (cash, 4.77 change), VIP 37.59 (5% off, card), business customer 19.74 (10.00 cash, 9.74 due)
    expect(sales.body.data.totals).toEqual({ salesCount: 3, grossSales: 81.4, discounts: 1.8, tax: 7.96, netSales: 87.56, refunds: 0, averageBasket: 29.19 });
    expect(sales.body.data.byPaymentMethod).toEqual([{ method: "CASH", amount: 40.23 }, { method: "CARD", amount: 37.59 }]);
    const profit = await admin.get("/v1/reports/profit");
    expect(profit.body.data).toMatchObject({ revenue: 79.6, costOfGoods: 41.5, grossProfit: 38.1, expenses: { total: 245 }, netProfit: -206.9 });
    const stock = await admin.get("/v1/reports/stock");
    expect(stock.body.data.byStore.map((s: { store: { code: string } }) => s.store.code).sort()).toEqual(["MAIN", "MALL"]);
    expect(stock.body.data.lowStockCount).toBeGreaterThanOrEqual(2); // Orange Juice and Dark Chocolate at the mall
    const dashboard = await admin.get("/v1/tenants/me/dashboard");
    expect(dashboard.body.data).toMatchObject({ today: { salesCount: 3, netSales: 87.56 }, customersCount: 3 });
  });

  test("stock, movements, payments, ledger and loyalty agree with each other", async () => {
    const db = app.services.db;
    const tenant = await db.posTenant.findUniqueOrThrow({ where: { slug: "demo-retail" } });
    const espresso = await db.posProduct.findFirstOrThrow({ where: { tenantId: tenant.id, sku: "COF-ESP-250" } });
    const main = await db.posStore.findFirstOrThrow({ where: { tenantId: tenant.id, code: "MAIN" } });
    const row = await db.posStock.findFirstOrThrow({ where: { storeId: main.id, productId: espresso.id, variantKey: "" } });
    expect(row).toMatchObject({ quantity: 38, lowStockThreshold: 5 }); // 40 opening − 2 sold

    // every stock level is the sum of its movements
    const stock = await db.posStock.findMany({ where: { tenantId: tenant.id } });
    const sums = await db.posStockMovement.groupBy({ by: ["storeId", "productId", "variantId"], where: { tenantId: tenant.id }, _sum: { change: true } });
    expect(stock).toHaveLength(18); // 7 products + 2 variants, in 2 stores
    for (const s of stock) {
      const m = sums.find((x) => x.storeId === s.storeId && x.productId === s.productId && (x.variantId ?? "") === s.variantKey);
      expect(m?._sum.change).toBe(s.quantity);
    }

    const sales = await db.posSale.findMany({ where: { tenantId: tenant.id }, include: { lines: true, payments: true }, orderBy: { number: "asc" } });
    expect(sales.map((s) => s.number)).toEqual(["S-000001", "S-000002", "S-000003"]);
    for (const s of sales) {
      expect(s.lines.reduce((a, l) => a + l.lineTotal, 0)).toBe(s.total);
      expect(s.subtotal - s.discountTotal + s.taxTotal).toBe(s.total);
      expect(s.payments.reduce((a, p) => a + p.amount, 0)).toBe(s.paidTotal);
      expect(s.paidTotal + s.dueAmount).toBe(s.total);
    }
    expect(sales[0]).toMatchObject({ total: 3023, changeAmount: 477, customerId: null });
    expect(sales[1]).toMatchObject({ total: 3759, discountTotal: 180, pointsEarned: 37 });
    expect(sales[2]).toMatchObject({ total: 1974, paidTotal: 1000, dueAmount: 974, pointsEarned: 10 });
    expect(sales[1]!.lines.find((l) => l.variantId)).toMatchObject({ unitPrice: 1699, unitCost: 850 });

    const bob = await db.posCustomer.findFirstOrThrow({ where: { tenantId: tenant.id, creditLimit: { gt: 0 } } });
    expect(bob).toMatchObject({ balance: 974, creditLimit: 50_000, loyaltyPoints: 10 });
    const ledger = await db.posLedgerEntry.findMany({ where: { customerId: bob.id } });
    expect(ledger).toEqual([expect.objectContaining({ type: "SALE", amount: 974, balanceAfter: 974, referenceId: sales[2]!.id })]);
    const vip = await db.posCustomer.findFirstOrThrow({ where: { tenantId: tenant.id, group: { is: { name: "VIP" } } }, include: { group: true } });
    expect(vip).toMatchObject({ loyaltyPoints: 37, group: { discountPercent: 500 } });

    const coffee = await db.posCategory.findFirstOrThrow({ where: { tenantId: tenant.id, name: "Coffee" }, include: { parent: true } });
    expect(coffee.parent?.name).toBe("Beverages");
    expect(await db.posProduct.count({ where: { tenantId: tenant.id } })).toBe(8);
    expect(await db.posVariant.count({ where: { tenantId: tenant.id } })).toBe(2);
    expect(await db.posSupplier.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await db.posExpense.count({ where: { tenantId: tenant.id } })).toBe(2);
    expect(await db.posReceiptTemplate.count({ where: { tenantId: tenant.id } })).toBe(1);
    const barcodes = (await db.posProduct.findMany({ where: { tenantId: tenant.id }, select: { barcode: true } })).map((p) => p.barcode!);
    for (const code of barcodes) {
      const digits = [...code].map(Number);
      const check = (10 - (digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0) % 10)) % 10;
      expect(digits[12]).toBe(check);
    }
  });
});
