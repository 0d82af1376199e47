import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let other: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let outsider: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  other = await posTenant(app);
  admin = await posUser(app, "ADMIN", tenant.id);
  manager = await posUser(app, "MANAGER", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id);
  outsider = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const db = () => app.services.db;
async function category(user: PosUserFixture = admin, name = unique("Cat")) {
  const res = await user.api.post("/v1/expenses/categories", { name });
  expect(res.status, res.text).toBe(201);
  return res.body.data;
}
async function expense(body: Record<string, unknown>, user: PosUserFixture = admin) {
  const res = await user.api.post("/v1/expenses", body);
  expect(res.status, res.text).toBe(201);
  return res.body.data;
}

describe("expense categories", () => {
  test("create (201), list with expense counts, names unique per tenant regardless of case (409)", async () => {
    const name = unique("Rent");
    const res = await admin.api.post("/v1/expenses/categories", { name: `  ${name} ` });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ success: true, data: { name, expenseCount: 0 } });
    const cat = res.body.data;
    expect(await db().posAuditLog.count({ where: { entityId: cat.id, action: "expense_category.create" } })).toBe(1);
    const dup = await manager.api.post("/v1/expenses/categories", { name });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ success: false, error: { code: "CONFLICT" } });
    expect((await admin.api.post("/v1/expenses/categories", { name: name.toUpperCase() })).status).toBe(409);
    // another tenant may use the same name
    expect((await outsider.api.post("/v1/expenses/categories", { name })).status).toBe(201);
    await expense({ categoryId: cat.id, amount: 5, date: "2025-01-01" });
    await expense({ categoryId: cat.id, amount: 6, date: "2025-01-02" });

    const list = await manager.api.get("/v1/expenses/categories");
    expect(list.status).toBe(200);
    expect(list.body.success).toBe(true);
    const mine = list.body.data.find((c: any) => c.id === cat.id);
    expect(mine).toMatchObject({ id: cat.id, name, expenseCount: 2 });
    expect(list.body.data.filter((c: any) => c.name === name)).toHaveLength(1);
    const names = list.body.data.map((c: any) => c.name);
    expect(names).toEqual([...names].sort());
  });

  test("400 for a blank name; 401; 403 for a cashier", async () => {
    expect((await admin.api.post("/v1/expenses/categories", { name: "   " })).status).toBe(400);
    expect((await admin.api.post("/v1/expenses/categories", {})).status).toBe(400);
    expect((await posAnon(app).get("/v1/expenses/categories")).status).toBe(401);
    expect((await cashier.api.get("/v1/expenses/categories")).status).toBe(403);
    expect((await cashier.api.post("/v1/expenses/categories", { name: unique("C") })).status).toBe(403);
  });

  test("delete: refused while the category has expenses (422), then deleted and returned; other tenants 404", async () => {
    const cat = await category();
    const e = await expense({ categoryId: cat.id, amount: 1, date: "2025-01-01" });
    expect((await outsider.api.delete(`/v1/expenses/categories/${cat.id}`)).status).toBe(404);
    expect((await cashier.api.delete(`/v1/expenses/categories/${cat.id}`)).status).toBe(403);
    const busy = await admin.api.delete(`/v1/expenses/categories/${cat.id}`);
    expect(busy.status).toBe(422);
    expect(busy.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { code: "CATEGORY_IN_USE", expenseCount: 1 } });
    expect((await admin.api.delete(`/v1/expenses/${e.id}`)).status).toBe(200);
    const del = await admin.api.delete(`/v1/expenses/categories/${cat.id}`);
    expect(del.status).toBe(200);
    expect(del.body.data).toMatchObject({ id: cat.id, name: cat.name, expenseCount: 0 });
    expect(await db().posExpenseCategory.findUnique({ where: { id: cat.id } })).toBeNull();
    expect(await db().posAuditLog.count({ where: { entityId: cat.id, action: "expense_category.delete" } })).toBe(1);
    expect((await admin.api.delete(`/v1/expenses/categories/${cat.id}`)).status).toBe(404);
  });
});

describe("expenses CRUD", () => {
  test("create (201), read, update only the given fields, delete (hard, returns it); all audited", async () => {
    const cat = await category();
    const cat2 = await category();
    const e = await expense({
      categoryId: cat.id, amount: 120.5, date: "2025-03-04", description: " Electricity March ", storeId: tenant.stores[0].id,
      paymentMethod: "BANK_TRANSFER", reference: "INV-7",
    }, manager);
    expect(e).toMatchObject({
      categoryId: cat.id, category: { id: cat.id, name: cat.name }, amount: 120.5, date: "2025-03-04", description: "Electricity March",
      storeId: tenant.stores[0].id, store: { id: tenant.stores[0].id, name: "MAIN store", code: "MAIN" }, paymentMethod: "BANK_TRANSFER",
      reference: "INV-7", userId: manager.id,
    });
    expect(e.createdAt).toMatch(/Z$/);
    const row = await db().posExpense.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ tenantId: tenant.id, amount: 12050, date: new Date("2025-03-04T00:00:00Z") });
    const minimal = await expense({ categoryId: cat.id, amount: 3, date: "2025-03-05" });
    expect(minimal).toMatchObject({ paymentMethod: "CASH", storeId: null, store: null, description: null, reference: null });

    const got = await admin.api.get(`/v1/expenses/${e.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(e);

    const upd = await admin.api.patch(`/v1/expenses/${e.id}`, { amount: 99.99, categoryId: cat2.id, storeId: null });
    expect(upd.status, upd.text).toBe(200);
    expect(upd.body.data).toMatchObject({ amount: 99.99, categoryId: cat2.id, category: { name: cat2.name }, storeId: null, store: null, date: "2025-03-04", description: "Electricity March", paymentMethod: "BANK_TRANSFER" });
    const upd2 = await admin.api.patch(`/v1/expenses/${e.id}`, { date: "2025-02-28", storeId: tenant.stores[1].id, description: null, paymentMethod: "CARD" });
    expect(upd2.body.data).toMatchObject({ amount: 99.99, date: "2025-02-28", storeId: tenant.stores[1].id, description: null, paymentMethod: "CARD" });
    const audits = await db().posAuditLog.findMany({ where: { entityId: e.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["expense.create", "expense.update", "expense.update"]);
    expect(audits[1]).toMatchObject({ before: expect.objectContaining({ amount: 12050 }), after: expect.objectContaining({ amount: 9999 }) });

    const del = await admin.api.delete(`/v1/expenses/${e.id}`);
    expect(del.status).toBe(200);
    expect(del.body.data).toMatchObject({ id: e.id, amount: 99.99, category: { id: cat2.id, name: cat2.name }, date: "2025-02-28" });
    expect(await db().posExpense.findUnique({ where: { id: e.id } })).toBeNull();
    expect(await db().posAuditLog.count({ where: { entityId: e.id, action: "expense.delete" } })).toBe(1);
    expect((await admin.api.get(`/v1/expenses/${e.id}`)).status).toBe(404);
    expect((await admin.api.delete(`/v1/expenses/${e.id}`)).status).toBe(404);
  });

  test("400 on bad input; 404 for another tenant's category or store", async () => {
    const cat = await category();
    const ok = { categoryId: cat.id, amount: 10, date: "2025-01-01" };
    for (const bad of [{ ...ok, amount: 0 }, { ...ok, amount: -1 }, { ...ok, amount: 1.001 }, { ...ok, date: "2025-13-01" }, { ...ok, date: "01/02/2025" },
      { ...ok, paymentMethod: "GOLD" }, { amount: 10, date: "2025-01-01" }, { ...ok, date: undefined }]) {
      const res = await admin.api.post("/v1/expenses", bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.success).toBe(false);
    }
    const details = (await admin.api.post("/v1/expenses", { ...ok, date: "2025-02-30" })).body.error.details;
    expect(details).toEqual([expect.objectContaining({ path: "date" })]);
    const foreignCat = (await outsider.api.post("/v1/expenses/categories", { name: unique("X") })).body.data;
    const r1 = await admin.api.post("/v1/expenses", { ...ok, categoryId: foreignCat.id });
    expect(r1.status).toBe(404);
    expect(r1.body.error.message).toBe("Expense category not found");
    const r2 = await admin.api.post("/v1/expenses", { ...ok, storeId: other.stores[0].id });
    expect(r2.status).toBe(404);
    expect(r2.body.error.message).toBe("Store not found");
    const e = await expense(ok);
    expect((await admin.api.patch(`/v1/expenses/${e.id}`, { categoryId: foreignCat.id })).status).toBe(404);
    expect((await admin.api.patch(`/v1/expenses/${e.id}`, { amount: 0 })).status).toBe(400);
    expect((await db().posExpense.findUniqueOrThrow({ where: { id: e.id } })).categoryId).toBe(cat.id);
  });

  test("401, 403 for a cashier, 404 for another tenant", async () => {
    const cat = await category();
    const e = await expense({ categoryId: cat.id, amount: 10, date: "2025-01-01" });
    expect((await posAnon(app).get("/v1/expenses")).status).toBe(401);
    expect((await posAnon(app).post("/v1/expenses", { body: {} })).status).toBe(401);
    expect((await cashier.api.get("/v1/expenses")).status).toBe(403);
    expect((await cashier.api.get(`/v1/expenses/${e.id}`)).status).toBe(403);
    expect((await cashier.api.get("/v1/expenses/summary")).status).toBe(403);
    expect((await cashier.api.post("/v1/expenses", { categoryId: cat.id, amount: 1, date: "2025-01-01" })).status).toBe(403);
    expect((await cashier.api.patch(`/v1/expenses/${e.id}`, { amount: 1 })).status).toBe(403);
    expect((await cashier.api.delete(`/v1/expenses/${e.id}`)).status).toBe(403);
    for (const res of [await outsider.api.get(`/v1/expenses/${e.id}`), await outsider.api.patch(`/v1/expenses/${e.id}`, { amount: 1 }), await outsider.api.delete(`/v1/expenses/${e.id}`)]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ success: false, error: { code: "NOT_FOUND", message: "Expense not found" } });
    }
    expect((await outsider.api.get("/v1/expenses")).body.data.map((x: any) => x.id)).not.toContain(e.id);
    expect((await db().posExpense.findUniqueOrThrow({ where: { id: e.id } })).amount).toBe(1000);
  });
});

describe("list and summary", () => {
  let t: Awaited<ReturnType<typeof posTenant>>;
  let a: PosUserFixture;
  let rent: any;
  let utilities: any;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await posTenant(app);
    a = await posUser(app, "ADMIN", t.id);
    rent = await category(a, "Rent");
    utilities = await category(a, "Utilities");
    const add = async (key: string, body: Record<string, unknown>) => { ids[key] = (await expense(body, a)).id; };
    await add("rentJan", { categoryId: rent.id, amount: 1000, date: "2025-01-05", storeId: t.stores[0].id, paymentMethod: "BANK_TRANSFER", description: "January rent" });
    await add("rentFeb", { categoryId: rent.id, amount: 1000, date: "2025-02-05", storeId: t.stores[0].id, paymentMethod: "BANK_TRANSFER", description: "February rent" });
    await add("power", { categoryId: utilities.id, amount: 120.5, date: "2025-01-20", storeId: t.stores[1].id, description: "Power bill" });
    await add("water", { categoryId: utilities.id, amount: 80.25, date: "2025-02-18", paymentMethod: "CARD", description: "Water" });
    await add("gas", { categoryId: utilities.id, amount: 10, date: "2025-03-01", storeId: t.stores[0].id, description: "Gas bottle" });
  });

  test("GET /v1/expenses: latest day first, filters, search, paging", async () => {
    const list = async (q = "") => {
      const res = await a.api.get(`/v1/expenses${q ? `?${q}` : ""}`);
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    const all = await list();
    expect(all.meta).toEqual({ page: 1, limit: 20, total: 5, totalPages: 1 });
    expect(all.data.map((e: any) => e.id)).toEqual([ids.gas, ids.water, ids.rentFeb, ids.power, ids.rentJan]);
    expect(all.data[0]).toMatchObject({ amount: 10, category: { name: "Utilities" }, store: { id: t.stores[0].id } });
    const of = async (q: string) => (await list(q)).data.map((e: any) => e.id);
    expect(await of(`categoryId=${rent.id}`)).toEqual([ids.rentFeb, ids.rentJan]);
    expect(await of(`storeId=${t.stores[0].id}`)).toEqual([ids.gas, ids.rentFeb, ids.rentJan]);
    expect(await of("from=2025-01-20&to=2025-02-18")).toEqual([ids.water, ids.rentFeb, ids.power]);
    expect(await of("search=RENT")).toEqual([ids.rentFeb, ids.rentJan]);
    const p2 = await list("page=2&limit=2");
    expect(p2.meta).toEqual({ page: 2, limit: 2, total: 5, totalPages: 3 });
    expect(p2.data.map((e: any) => e.id)).toEqual([ids.rentFeb, ids.power]);
    expect((await a.api.get("/v1/expenses?from=2025-1-1")).status).toBe(400);
    expect((await a.api.get("/v1/expenses?categoryId=nope")).status).toBe(400);
    expect((await a.api.get("/v1/expenses?limit=0")).status).toBe(400);
  });

  test("GET /v1/expenses/summary: totals by category, month and payment method", async () => {
    const all = await a.api.get("/v1/expenses/summary");
    expect(all.status, all.text).toBe(200);
    expect(all.body).toEqual({
      success: true,
      data: {
        from: null, to: null, storeId: null, total: 2210.75, count: 5,
        byCategory: [
          { category: { id: rent.id, name: "Rent" }, total: 2000, count: 2 },
          { category: { id: utilities.id, name: "Utilities" }, total: 210.75, count: 3 },
        ],
        byMonth: [{ month: "2025-01", total: 1120.5, count: 2 }, { month: "2025-02", total: 1080.25, count: 2 }, { month: "2025-03", total: 10, count: 1 }],
        byPaymentMethod: [{ method: "BANK_TRANSFER", total: 2000, count: 2 }, { method: "CASH", total: 130.5, count: 2 }, { method: "CARD", total: 80.25, count: 1 }],
      },
    });
    const range = await a.api.get("/v1/expenses/summary?from=2025-01-10&to=2025-02-18");
    expect(range.body.data).toMatchObject({
      from: "2025-01-10", to: "2025-02-18", total: 1200.75, count: 3,
      byCategory: [{ category: { name: "Rent" }, total: 1000, count: 1 }, { category: { name: "Utilities" }, total: 200.75, count: 2 }],
      byMonth: [{ month: "2025-01", total: 120.5 }, { month: "2025-02", total: 1080.25 }],
    });
    const store = await a.api.get(`/v1/expenses/summary?storeId=${t.stores[0].id}`);
    expect(store.body.data).toMatchObject({ storeId: t.stores[0].id, total: 2010, count: 3, byPaymentMethod: [{ method: "BANK_TRANSFER", total: 2000 }, { method: "CASH", total: 10 }] });
    const none = await a.api.get("/v1/expenses/summary?to=2024-12-31");
    expect(none.body.data).toMatchObject({ total: 0, count: 0, byCategory: [], byMonth: [], byPaymentMethod: [] });
    // another tenant's figures are its own
    const theirs = await outsider.api.get("/v1/expenses/summary?from=2025-01-01&to=2025-03-31");
    expect(theirs.body.data.byCategory.map((c: any) => c.category.id)).not.toContain(rent.id);
    expect((await a.api.get("/v1/expenses/summary?from=2025-02-31")).status).toBe(400);
    expect((await posAnon(app).get("/v1/expenses/summary")).status).toBe(401);
  });

  test("GraphQL: posExpenseSummary and posExpenseCategories", async () => {
    const res = await gql(app.url, `query { posExpenseSummary(from: "2025-02-01", to: "2025-02-28") { total count byCategory { category { name } total } }
      posExpenseCategories { name expenseCount } }`, {}, a.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posExpenseSummary).toEqual({ total: 1080.25, count: 2, byCategory: [{ category: { name: "Rent" }, total: 1000 }, { category: { name: "Utilities" }, total: 80.25 }] });
    expect(res.data.posExpenseCategories).toEqual([{ name: "Rent", expenseCount: 2 }, { name: "Utilities", expenseCount: 3 }]);
  });
});

describe("summary range (review regression)", () => {
  test("from after to is a 400 like the reports, not an empty 200", async () => {
    const res = await admin.api.get("/v1/expenses/summary?from=2030-01-01&to=2020-01-01");
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.details).toEqual([{ path: "from", message: "must not be after to" }]);
    expect((await admin.api.get("/v1/expenses/summary?from=2020-01-01&to=2020-01-01")).status).toBe(200);
  });
});
