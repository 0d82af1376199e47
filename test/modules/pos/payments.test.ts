import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { expect422, salesWorld, sell, type SalesWorld } from "../../support/pos-sales-data.ts";

let app: TestApp;
let w: SalesWorld;
beforeAll(async () => { app = await startTestApp(); w = await salesWorld(app); });
afterAll(() => app?.close());

describe("GET /api/v1/payments and /:id", () => {
  test("lists the tenant's payments newest first, filtered by method, kind, store and period; detail", async () => {
    const t = await salesWorld(app);
    const p = await t.product({ price: 1000, taxRate: 0 });
    await app.services.db.posStock.create({ data: { tenantId: t.tenant.id, storeId: t.tenant.stores[1].id, productId: p.id, quantity: 10 } });
    const s1 = await sell(t.cashier, { storeId: t.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CARD", amount: 10, reference: "slip-77" }] });
    const s2 = await sell(t.admin, { storeId: t.tenant.stores[1].id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 10 }] });
    await t.admin.api.post(`/v1/sales/${s2.id}/void`, { reason: "test" });

    const all = await t.admin.api.get("/v1/payments");
    expect(all.status).toBe(200);
    expect(all.body.meta).toMatchObject({ page: 1, limit: 20, total: 3, totalPages: 1 });
    expect(all.body.data[0]).toMatchObject({ kind: "VOID_REVERSAL", amount: -10, saleId: s2.id, saleNumber: s2.number, user: { id: t.admin.id } });
    const kinds = async (q: string) => (await t.cashier.api.get(`/v1/payments?${q}`)).body.data.map((x: any) => `${x.method}:${x.kind}:${x.amount}`).sort();
    expect(await kinds("method=CARD")).toEqual(["CARD:SALE:10"]);
    expect(await kinds("kind=SALE")).toEqual(["CARD:SALE:10", "CASH:SALE:10"]);
    expect(await kinds(`storeId=${t.tenant.stores[1].id}`)).toEqual(["CASH:SALE:10", "CASH:VOID_REVERSAL:-10"]);
    expect(await kinds("search=SLIP")).toEqual(["CARD:SALE:10"]);
    expect(await kinds(`from=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`)).toEqual([]);
    expect((await t.admin.api.get("/v1/payments?kind=GIFT")).status).toBe(400);

    const cardId = s1.payments[0].id;
    const one = await t.cashier.api.get(`/v1/payments/${cardId}`);
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ id: cardId, method: "CARD", kind: "SALE", amount: 10, reference: "slip-77", saleId: s1.id, store: { id: t.store.id } });
  });

  test("401, 403 (SUPER_ADMIN), cross-tenant 404", async () => {
    const p = await w.product({ price: 100 });
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 1 }] });
    const id = sale.payments[0].id;
    expect((await posAnon(app).get("/v1/payments")).status).toBe(401);
    expect((await w.superAdmin.api.get("/v1/payments")).status).toBe(403);
    expect((await w.superAdmin.api.get(`/v1/payments/${id}`)).status).toBe(403);
    expect((await w.stranger.api.get(`/v1/payments/${id}`)).status).toBe(404);
    expect((await w.stranger.api.get("/v1/payments")).body.data.map((x: any) => x.id)).not.toContain(id);
  });
});

describe("POST /api/v1/payments/collect-due", () => {
  test("201 DUE_COLLECTION payment, ledger entry, balance down; over the balance 422; CREDIT 422", async () => {
    const c = await w.customer({ creditLimit: 50_000 });
    const p = await w.product({ price: 4000, taxRate: 0 });
    await sell(w.cashier, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CREDIT", amount: 40 }] });
    const res = await w.cashier.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 15.5, method: "MOBILE", reference: "m-1", storeId: w.store.id });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data).toMatchObject({ kind: "DUE_COLLECTION", method: "MOBILE", amount: 15.5, reference: "m-1", customerId: c.id, saleId: null, storeId: w.store.id, customer: { id: c.id, balance: 24.5 } });
    expect((await w.customerRow(c.id)).balance).toBe(2450);
    const ledger = await app.services.db.posLedgerEntry.findMany({ where: { customerId: c.id }, orderBy: { createdAt: "asc" } });
    expect(ledger.map((e) => [e.type, e.amount, e.balanceAfter])).toEqual([["SALE", 4000, 4000], ["DUE_COLLECTION", -1550, 2450]]);
    expect(ledger[1]!.referenceId).toBe(res.body.data.id);

    const over = await w.cashier.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 24.51, method: "CASH" });
    expect422(over, "AMOUNT_EXCEEDS_BALANCE");
    expect422(await w.cashier.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 1, method: "CREDIT" }), "INVALID_METHOD");
    expect((await w.cashier.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 24.5, method: "CASH" })).status).toBe(201);
    expect((await w.customerRow(c.id)).balance).toBe(0);
    expect422(await w.cashier.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 0.01, method: "CASH" }), "AMOUNT_EXCEEDS_BALANCE");
  });

  test("concurrent collections never take more than the balance", async () => {
    const c = await w.customer({ balance: 1000 });
    const results = await Promise.all(Array.from({ length: 5 }, () => w.admin.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 4, method: "CASH" })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 422, 422, 422]);
    expect((await w.customerRow(c.id)).balance).toBe(200);
    const ledger = await app.services.db.posLedgerEntry.findMany({ where: { customerId: c.id }, orderBy: { balanceAfter: "desc" } });
    expect(ledger.map((e) => e.balanceAfter)).toEqual([600, 200]);
  });

  test("400 validation, 404 unknown or other tenant's customer, 401, 403 (SUPER_ADMIN)", async () => {
    const c = await w.customer({ balance: 1000 });
    const bad = await w.admin.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 0, method: "CASH" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("amount");
    expect((await w.admin.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 1.234, method: "CASH" })).status).toBe(400);
    expect((await w.stranger.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 1, method: "CASH" })).status).toBe(404);
    expect((await w.admin.api.post("/v1/payments/collect-due", { customerId: "00000000-0000-4000-8000-000000000000", amount: 1, method: "CASH" })).status).toBe(404);
    expect((await posAnon(app).post("/v1/payments/collect-due", { body: { customerId: c.id, amount: 1, method: "CASH" } })).status).toBe(401);
    expect((await w.superAdmin.api.post("/v1/payments/collect-due", { customerId: c.id, amount: 1, method: "CASH" })).status).toBe(403);
    expect((await w.customerRow(c.id)).balance).toBe(1000);
  });
});

describe("GET /api/v1/payments/customer/:customerId", () => {
  test("the customer's payments, paged; 404 for another tenant's customer; one GraphQL call", async () => {
    const c = await w.customer({ balance: 3000 });
    const p = await w.product({ price: 500, taxRate: 0 });
    await sell(w.admin, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CARD", amount: 5 }] });
    for (const amount of [10, 5]) await w.admin.api.post("/v1/payments/collect-due", { customerId: c.id, amount, method: "CASH" });
    await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 5 }] });

    const page = await w.cashier.api.get(`/v1/payments/customer/${c.id}?limit=2`);
    expect(page.status).toBe(200);
    expect(page.body.meta).toMatchObject({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(page.body.data.map((x: any) => x.amount)).toEqual([5, 10]);
    const page2 = await w.cashier.api.get(`/v1/payments/customer/${c.id}?limit=2&page=2`);
    expect(page2.body.data).toMatchObject([{ kind: "SALE", method: "CARD", amount: 5 }]);
    expect((await w.stranger.api.get(`/v1/payments/customer/${c.id}`)).status).toBe(404);
    expect((await w.superAdmin.api.get(`/v1/payments/customer/${c.id}`)).status).toBe(403);

    const res = await gql(app.url, `query($id: ID!) { posCustomerPayments(customerId: $id) { total items { kind amount customer { name } } } }`, { id: c.id }, w.manager.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posCustomerPayments.total).toBe(3);
    expect(res.data.posCustomerPayments.items[0].customer.name).toBe(c.name);
  });
});
