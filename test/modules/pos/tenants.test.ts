import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { posAnon, posCustomer, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { posSaleRow, posStockRow } from "../../support/pos-reports-data.ts";
import { TenantSettingsModel } from "../../../src/modules/pos/shared/settings.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture, manager: PosUserFixture, cashier: PosUserFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  [admin, manager, cashier] = await Promise.all([posUser(app, "ADMIN", tenant.id), posUser(app, "MANAGER", tenant.id), posUser(app, "CASHIER", tenant.id)]);
});
afterAll(() => app?.close());

const DEFAULTS = TenantSettingsModel.parse({});
const auditOf = (tenantId: string, action: string) =>
  app.services.db.posAuditLog.findMany({ where: { tenantId, action }, orderBy: { createdAt: "asc" } });

describe("GET/PATCH /v1/tenants/me", () => {
  test("the caller's tenant with live stores and users counted", async () => {
    const t = await posTenant(app);
    const boss = await posUser(app, "ADMIN", t.id);
    await posUser(app, "CASHIER", t.id);
    await posUser(app, "CASHIER", t.id, { deletedAt: new Date() });
    await app.services.db.posStore.create({ data: { tenantId: t.id, name: "Closed", code: "OLD", deletedAt: new Date() } });
    const res = await boss.api.get("/v1/tenants/me");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      success: true,
      data: {
        id: t.id, name: t.name, slug: t.slug, email: null, phone: null, address: null, isActive: true,
        createdAt: t.createdAt.toISOString(), storesCount: 2, usersCount: 2,
      },
    });
  });

  test("updates name and contact details (audited); the slug stays", async () => {
    const t = await posTenant(app);
    const boss = await posUser(app, "ADMIN", t.id);
    const res = await boss.api.patch("/v1/tenants/me", { name: "Corner Shop", email: "shop@example.com", phone: "+1 555 1234", address: "1 High St", slug: t.slug });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ name: "Corner Shop", email: "shop@example.com", phone: "+1 555 1234", address: "1 High St", slug: t.slug });
    const row = await app.services.db.posTenant.findUniqueOrThrow({ where: { id: t.id } });
    expect(row).toMatchObject({ name: "Corner Shop", email: "shop@example.com", slug: t.slug });
    const [log] = await auditOf(t.id, "tenant.update");
    expect(log).toMatchObject({ userId: boss.id, entityId: t.id, before: { name: t.name, email: null }, after: { name: "Corner Shop", email: "shop@example.com" } });

    const partial = await boss.api.patch("/v1/tenants/me", { phone: null });
    expect(partial.body.data).toMatchObject({ name: "Corner Shop", email: "shop@example.com", phone: null });
  });

  test("400: another slug, a bad e-mail, an empty or null name", async () => {
    for (const body of [{ slug: "taken-over" }, { email: "not-an-email" }, { name: "" }, { name: null }]) {
      const res = await admin.api.patch("/v1/tenants/me", body);
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(400);
      expect(res.body).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
      expect(res.body.error.details[0].path).toBe(Object.keys(body)[0]);
    }
    const row = await app.services.db.posTenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(row).toMatchObject({ name: tenant.name, slug: tenant.slug, email: null });
  });
});

describe("GET/PATCH /v1/tenants/me/settings", () => {
  test("defaults when nothing is stored; stored values win", async () => {
    const res = await admin.api.get("/v1/tenants/me/settings");
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toEqual(DEFAULTS);
    const gbp = await posTenant(app, { currency: "GBP", loyalty: { enabled: false } });
    const boss = await posUser(app, "ADMIN", gbp.id);
    const stored = await boss.api.get("/v1/tenants/me/settings");
    expect(stored.body.data).toEqual({ ...DEFAULTS, currency: "GBP", loyalty: { ...DEFAULTS.loyalty, enabled: false } });
  });

  test("a partial update is deep-merged, stored and audited with before/after; null restores a default", async () => {
    const t = await posTenant(app, { receiptPrefix: "INV" });
    const boss = await posUser(app, "ADMIN", t.id);
    const first = await boss.api.patch("/v1/tenants/me/settings", { defaultTaxRate: 1500, loyalty: { pointsPerUnit: 2 } });
    expect(first.status, first.text).toBe(200);
    const expected = { ...DEFAULTS, receiptPrefix: "INV", defaultTaxRate: 1500, loyalty: { ...DEFAULTS.loyalty, pointsPerUnit: 2 } };
    expect(first.body.data).toEqual(expected);
    const second = await boss.api.patch("/v1/tenants/me/settings", { currency: "EUR", loyalty: { minRedeemPoints: 50 } });
    const expected2 = { ...expected, currency: "EUR", loyalty: { ...expected.loyalty, minRedeemPoints: 50 } };
    expect(second.body.data).toEqual(expected2);
    const row = await app.services.db.posTenant.findUniqueOrThrow({ where: { id: t.id } });
    expect(row.settings).toEqual(expected2);
    expect((await boss.api.get("/v1/tenants/me/settings")).body.data).toEqual(expected2);

    const logs = await auditOf(t.id, "tenant.settings.update");
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ userId: boss.id, entityType: "PosTenant", entityId: t.id, before: { ...DEFAULTS, receiptPrefix: "INV" }, after: expected });
    expect(logs[1]).toMatchObject({ before: expected, after: expected2 });

    const reset = await boss.api.patch("/v1/tenants/me/settings", { defaultTaxRate: null, receiptPrefix: null });
    expect(reset.body.data).toEqual({ ...expected2, defaultTaxRate: 0, receiptPrefix: "S" });
  });

  test("400 with details for invalid values; nothing stored", async () => {
    const t = await posTenant(app, { currency: "CAD" });
    const boss = await posUser(app, "ADMIN", t.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ currency: "EURO" }, "currency"],
      [{ defaultTaxRate: 10_001 }, "defaultTaxRate"],
      [{ voidWindowHours: -1 }, "voidWindowHours"],
      [{ loyalty: { pointsPerUnit: -1 } }, "loyalty.pointsPerUnit"],
      [{ receiptPrefix: "WAY-TOO-LONG" }, "receiptPrefix"],
    ];
    for (const [body, path] of cases) {
      const res = await boss.api.patch("/v1/tenants/me/settings", body);
      expect(res.status, res.text).toBe(400);
      expect(res.body).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED", details: [{ path }] } });
    }
    const wrongType = await boss.api.patch("/v1/tenants/me/settings", { taxInclusive: "yes" });
    expect(wrongType.status).toBe(400);
    const row = await app.services.db.posTenant.findUniqueOrThrow({ where: { id: t.id } });
    expect(row.settings).toEqual({ currency: "CAD" });
    expect(await auditOf(t.id, "tenant.settings.update")).toHaveLength(0);
  });
});

describe("GET /v1/tenants/me/dashboard", () => {
  test("today's and this month's figures, customers, low stock, transfers, top products, sales by store", async () => {
    const t = await posTenant(app);
    const boss = await posUser(app, "ADMIN", t.id);
    const [main, second] = t.stores;
    const a = await posProduct(app, t.id, { price: 1000 });
    const b = await posProduct(app, t.id, { price: 1000 });
    const c = await posProduct(app, t.id, { price: 1000 });
    const now = new Date();
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const firstOfMonth = now.getUTCDate() === 1;
    const sale = (storeId: string, productId: string, quantity: number, extra: Record<string, unknown> = {}) =>
      posSaleRow(app, { tenantId: t.id, storeId, cashierId: boss.id, lines: [{ productId, quantity, unitPrice: 1000, taxAmount: 100 * quantity }], ...extra });
    await sale(main.id, a.id, 3); // 33.00 today
    await sale(second.id, b.id, 2); // 22.00 today
    await sale(main.id, a.id, 5, { status: "VOIDED" }); // never counted
    await sale(main.id, c.id, 1, { createdAt: monthStart }); // 11.00 this month (and today on the 1st)
    await sale(main.id, c.id, 9, { createdAt: new Date(monthStart.getTime() - 1) }); // last month
    await posCustomer(app, t.id);
    await posCustomer(app, t.id);
    await posCustomer(app, t.id, { deletedAt: new Date() });
    await posCustomer(app, t.id, { createdAt: new Date(monthStart.getTime() - 86_400_000) });
    await posStockRow(app, { tenantId: t.id, storeId: main.id, productId: a.id, quantity: 2, lowStockThreshold: 5 });
    await posStockRow(app, { tenantId: t.id, storeId: second.id, productId: a.id, quantity: 9, lowStockThreshold: 5 });
    for (const status of ["PENDING", "IN_TRANSIT", "COMPLETED", "CANCELLED"] as const) {
      await app.services.db.posTransfer.create({ data: { tenantId: t.id, number: `T-${status}`, fromStoreId: main.id, toStoreId: second.id, status } });
    }
    // another tenant's activity today
    const other = await posTenant(app);
    const op = await posProduct(app, other.id);
    await posSaleRow(app, { tenantId: other.id, storeId: other.stores[0].id, cashierId: boss.id, lines: [{ productId: op.id, quantity: 50, unitPrice: 1000 }] });
    await posCustomer(app, other.id);

    const res = await boss.api.get("/v1/tenants/me/dashboard");
    expect(res.status, res.text).toBe(200);
    const d = res.body.data;
    expect(d.today).toEqual(firstOfMonth ? { salesCount: 3, netSales: 66, newCustomers: 2 } : { salesCount: 2, netSales: 55, newCustomers: 2 });
    expect(d.month).toEqual({ salesCount: 3, netSales: 66, newCustomers: 2 });
    expect(d.customersCount).toBe(3);
    expect(d.lowStockCount).toBe(1);
    expect(d.pendingTransfers).toBe(2);
    expect(d.topProductsToday).toEqual([
      { productId: a.id, name: a.name, quantity: 3, revenue: 33 },
      { productId: b.id, name: b.name, quantity: 2, revenue: 22 },
      ...(firstOfMonth ? [{ productId: c.id, name: c.name, quantity: 1, revenue: 11 }] : []),
    ]);
    expect(d.salesByStoreToday).toEqual([
      { store: { id: main.id, name: main.name, code: "MAIN" }, salesCount: firstOfMonth ? 2 : 1, netSales: firstOfMonth ? 44 : 33 },
      { store: { id: second.id, name: second.name, code: "SECOND" }, salesCount: 1, netSales: 22 },
    ]);
  });
});

describe("access", () => {
  const CALLS: [string, string, unknown?][] = [
    ["GET", "/v1/tenants/me"], ["PATCH", "/v1/tenants/me", { name: "X" }], ["GET", "/v1/tenants/me/settings"],
    ["PATCH", "/v1/tenants/me/settings", { currency: "EUR" }], ["GET", "/v1/tenants/me/dashboard"],
  ];
  const call = (u: PosUserFixture, method: string, path: string, body?: unknown) =>
    method === "GET" ? u.api.get(path) : u.api.patch(path, body);

  test.each(CALLS)("%s %s: 401 anonymous, 403 for a manager, a cashier and the platform admin", async (method, path, body) => {
    const anon = method === "GET" ? await posAnon(app).get(path) : await posAnon(app).patch(path, { body });
    expect(anon.status).toBe(401);
    for (const u of [manager, cashier, await posUser(app, "SUPER_ADMIN", null)]) {
      const res = await call(u, method, path, body);
      expect(res.status, res.text).toBe(403);
      expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
    }
    const row = await app.services.db.posTenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(row.name).toBe(tenant.name);
  });

  test("each admin sees and changes only its own tenant", async () => {
    const other = await posTenant(app);
    const otherAdmin = await posUser(app, "ADMIN", other.id);
    expect((await otherAdmin.api.get("/v1/tenants/me")).body.data.id).toBe(other.id);
    await otherAdmin.api.patch("/v1/tenants/me/settings", { currency: "JPY" });
    expect((await admin.api.get("/v1/tenants/me/settings")).body.data.currency).toBe("USD");
    expect((await otherAdmin.api.get("/v1/tenants/me/settings")).body.data.currency).toBe("JPY");
  });
});

describe("GraphQL", () => {
  test("posTenant and updatePosTenantSettings", async () => {
    const t = await posTenant(app);
    const boss = await posUser(app, "ADMIN", t.id);
    const res = await gql(app.url, "mutation { updatePosTenantSettings(input: { taxInclusive: true, loyalty: { enabled: false } }) { taxInclusive loyalty { enabled pointsPerUnit } } }", undefined, boss.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePosTenantSettings).toEqual({ taxInclusive: true, loyalty: { enabled: false, pointsPerUnit: 1 } });
    const me = await gql(app.url, "{ posTenant { id slug storesCount } }", undefined, boss.token);
    expect(me.data.posTenant).toEqual({ id: t.id, slug: t.slug, storesCount: 2 });
    const denied = await gql(app.url, "{ posTenantDashboard { customersCount } }", undefined, manager.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
