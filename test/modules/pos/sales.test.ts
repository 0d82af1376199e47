import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { expect422, salesWorld, sell, type SalesWorld } from "../../support/pos-sales-data.ts";

let app: TestApp;
let w: SalesWorld;
beforeAll(async () => { app = await startTestApp(); w = await salesWorld(app); });
afterAll(() => app?.close());

const cash = (amount: number) => [{ method: "CASH", amount }];
const paymentsSum = async (saleId: string) =>
  (await app.services.db.posPayment.aggregate({ where: { saleId }, _sum: { amount: true } }))._sum.amount ?? 0;

describe("GET /api/v1/sales and /:id", () => {
  test("lists newest first with filters and meta; detail with lines, payments, returns, store, cashier, customer", async () => {
    const t = await salesWorld(app);
    const p = await t.product({ price: 1000, taxRate: 0 });
    await app.services.db.posStock.create({ data: { tenantId: t.tenant.id, storeId: t.tenant.stores[1].id, productId: p.id, quantity: 10 } });
    const c = await t.customer();
    const s1 = await sell(t.cashier, { storeId: t.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    const s2 = await sell(t.admin, { storeId: t.tenant.stores[1].id, lines: [{ productId: p.id, quantity: 2 }], payments: cash(20) });
    const s3 = await sell(t.manager, { storeId: t.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    await t.manager.api.post(`/v1/sales/${s3.id}/void`, { reason: "mistake" });

    const all = await t.cashier.api.get("/v1/sales?limit=2");
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ success: true, meta: { page: 1, limit: 2, total: 3, totalPages: 2 } });
    expect(all.body.data.map((s: any) => s.id)).toEqual([s3.id, s2.id]);
    const ids = async (q: string) => (await t.admin.api.get(`/v1/sales?${q}`)).body.data.map((s: any) => s.id).sort();
    expect(await ids(`storeId=${t.store.id}`)).toEqual([s1.id, s3.id].sort());
    expect(await ids("status=VOIDED")).toEqual([s3.id]);
    expect(await ids(`customerId=${c.id}`)).toEqual([s1.id]);
    expect(await ids(`cashierId=${t.admin.id}`)).toEqual([s2.id]);
    expect(await ids(`search=${s2.number.slice(-3)}`)).toEqual([s2.id]);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await ids(`from=${today}&to=${today}`)).toHaveLength(3);
    expect(await ids(`from=${tomorrow}`)).toEqual([]);
    expect((await t.admin.api.get("/v1/sales?from=yesterday")).status).toBe(400);
    expect((await t.admin.api.get("/v1/sales?status=LOST")).status).toBe(400);

    const detail = await t.cashier.api.get(`/v1/sales/${s1.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({
      id: s1.id, number: s1.number, store: { id: t.store.id, name: "MAIN store" }, cashier: { id: t.cashier.id, name: "Test CASHIER" },
      customer: { id: c.id, name: c.name }, lines: [{ productId: p.id, quantity: 1, lineTotal: 10 }],
      payments: [{ method: "CASH", kind: "SALE", amount: 10 }], returns: [],
    });
  });

  test("401 without a token, 403 without sale:read, 404 for another tenant's or an unknown sale", async () => {
    const p = await w.product();
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    expect((await posAnon(app).get("/v1/sales")).status).toBe(401);
    expect((await posAnon(app).get(`/v1/sales/${sale.id}`)).status).toBe(401);
    expect((await w.superAdmin.api.get("/v1/sales")).status).toBe(403);
    expect((await w.stranger.api.get(`/v1/sales/${sale.id}`)).status).toBe(404);
    expect((await w.admin.api.get("/v1/sales/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await w.admin.api.get("/v1/sales/nope")).status).toBe(404);
    const theirs = await w.stranger.api.get("/v1/sales");
    expect(theirs.body.data.map((s: any) => s.id)).not.toContain(sale.id);
  });

  test("one GraphQL call: posSales with nested lines, customer and cashier", async () => {
    const p = await w.product({ price: 700, taxRate: 0 });
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(7) });
    const res = await gql(app.url, `query($s: String) { posSales(search: $s) { total items { id number total cashier { id } lines { sku } } } }`, { s: sale.number }, w.manager.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posSales).toMatchObject({ total: 1, items: [{ id: sale.id, total: 7, cashier: { id: w.admin.id }, lines: [{ sku: p.sku }] }] });
  });
});

describe("POST /api/v1/sales/:id/void", () => {
  test("restores stock, reverses payments (sum 0), due (ledger VOID) and points (loyalty VOID)", async () => {
    const c = await w.customer({ creditLimit: 10_000, loyaltyPoints: 300 });
    const a = await w.product({ price: 2000, taxRate: 0 }, 10);
    const b = await w.product({ price: 500, taxRate: 0, trackStock: false }, null as never);
    const sale = await sell(w.cashier, {
      storeId: w.store.id, customerId: c.id, lines: [{ productId: a.id, quantity: 2 }, { productId: b.id, quantity: 1 }], redeemPoints: 100,
      payments: [{ method: "CASH", amount: 25 }, { method: "CREDIT", amount: 19 }],
    });
    // 45.00 − 1.00 points = 44.00: 25.00 cash, 19.00 on account; 25 points earned
    expect(sale).toMatchObject({ total: 44, paidTotal: 25, dueAmount: 19, pointsEarned: 25 });
    expect(await w.stockOf(a.id)).toBe(8);
    expect(await w.customerRow(c.id)).toMatchObject({ balance: 1900, loyaltyPoints: 225 });

    const res = await w.manager.api.post(`/v1/sales/${sale.id}/void`, { reason: "customer changed mind" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ status: "VOIDED", voidReason: "customer changed mind", voidedBy: { id: w.manager.id } });
    expect(res.body.data.voidedAt).toBeTruthy();
    expect(res.body.data.payments.map((p: any) => [p.kind, p.amount]).sort()).toEqual([["SALE", 25], ["VOID_REVERSAL", -25]]);
    expect(await paymentsSum(sale.id)).toBe(0);
    expect(await w.stockOf(a.id)).toBe(10);
    const moves = await app.services.db.posStockMovement.findMany({ where: { referenceId: sale.id, type: "VOID" } });
    expect(moves.map((m) => [m.productId, m.change, m.quantityAfter])).toEqual([[a.id, 2, 10]]);
    expect(await w.customerRow(c.id)).toMatchObject({ balance: 0, loyaltyPoints: 300 });
    const ledger = await app.services.db.posLedgerEntry.findMany({ where: { customerId: c.id }, orderBy: { createdAt: "asc" } });
    expect(ledger.map((e) => [e.type, e.amount, e.balanceAfter])).toEqual([["SALE", 1900, 1900], ["VOID", -1900, 0]]);
    const loyalty = await app.services.db.posLoyaltyEntry.findMany({ where: { customerId: c.id, type: "VOID" } });
    expect(loyalty.map((e) => e.points).sort((x, y) => x - y)).toEqual([-25, 100]);
    expect(await app.services.db.posAuditLog.count({ where: { entityId: sale.id, action: "sale.void" } })).toBe(1);

    expect422(await w.manager.api.post(`/v1/sales/${sale.id}/void`, { reason: "again" }), "INVALID_STATUS");
    expect422(await w.manager.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: sale.lines[0].id, quantity: 1 }], refundMethod: "CASH" }), "INVALID_STATUS");
  });

  test("two concurrent voids: one wins, the other is a 422; stock restored once", async () => {
    const p = await w.product({ price: 100 }, 5);
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 2 }], payments: cash(2) });
    const results = await Promise.all([1, 2, 3].map(() => w.admin.api.post(`/v1/sales/${sale.id}/void`, { reason: "double click" })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    expect(await w.stockOf(p.id)).toBe(5);
    expect(await app.services.db.posPayment.count({ where: { saleId: sale.id, kind: "VOID_REVERSAL" } })).toBe(1);
  });

  test("the void window: older sales are a 422; 0 hours means the same UTC day", async () => {
    const p = await w.product({ price: 100 });
    const old = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(1) });
    await app.services.db.posSale.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect422(await w.admin.api.post(`/v1/sales/${old.id}/void`, { reason: "late" }), "VOID_WINDOW_EXPIRED");
    await app.services.db.posSale.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 23 * 3_600_000) } });
    expect((await w.admin.api.post(`/v1/sales/${old.id}/void`, { reason: "in time" })).status).toBe(200);

    const t = await salesWorld(app, { voidWindowHours: 0 });
    const q = await t.product({ price: 100 });
    const yesterday = await sell(t.admin, { storeId: t.store.id, lines: [{ productId: q.id, quantity: 1 }], payments: cash(1) });
    const midnight = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    await app.services.db.posSale.update({ where: { id: yesterday.id }, data: { createdAt: new Date(midnight.getTime() - 1000) } });
    expect422(await t.admin.api.post(`/v1/sales/${yesterday.id}/void`, { reason: "late" }), "VOID_WINDOW_EXPIRED");
    const today = await sell(t.admin, { storeId: t.store.id, lines: [{ productId: q.id, quantity: 1 }], payments: cash(1) });
    expect((await t.admin.api.post(`/v1/sales/${today.id}/void`, { reason: "same day" })).status).toBe(200);
  });

  test("403 for a CASHIER, 404 for another tenant, 400 without a reason, 401 without a token", async () => {
    const p = await w.product({ price: 100 });
    const sale = await sell(w.cashier, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(1) });
    expect((await w.cashier.api.post(`/v1/sales/${sale.id}/void`, { reason: "x" })).status).toBe(403);
    expect((await w.stranger.api.post(`/v1/sales/${sale.id}/void`, { reason: "x" })).status).toBe(404);
    expect((await posAnon(app).post(`/v1/sales/${sale.id}/void`, { body: { reason: "x" } })).status).toBe(401);
    const noReason = await w.admin.api.post(`/v1/sales/${sale.id}/void`, { reason: "  " });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe("reason");
    expect((await w.admin.api.get(`/v1/sales/${sale.id}`)).body.data.status).toBe("COMPLETED");
  });
});

describe("POST /api/v1/sales/:id/return", () => {
  test("partial then full return of a credit sale: refunds reduce the due first, then pay out; points taken back; stock back", async () => {
    const c = await w.customer({ creditLimit: 100_000 });
    const p = await w.product({ price: 1000, taxRate: 1000 }, 10);
    const sale = await sell(w.cashier, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 3 }], discount: 1, payments: cash(10) });
    // 30.00 − 1.00 = 29.00 + 2.90 tax = 31.90: 10.00 paid, 21.90 due, 10 points
    expect(sale).toMatchObject({ total: 31.9, paidTotal: 10, dueAmount: 21.9, pointsEarned: 10 });
    const lineId = sale.lines[0].id;

    const first = await w.manager.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: lineId, quantity: 1 }], reason: "damaged", refundMethod: "CASH" });
    expect(first.status, first.text).toBe(200);
    // one third of 31.90 = 10.63 (half up), all of it off the due; a third of 10 points = 3
    expect(first.body.data).toMatchObject({
      refundAmount: 10.63, dueReduction: 10.63, cashRefund: 0, refundMethod: "CASH", pointsRemoved: 3, restock: true, reason: "damaged",
      lines: [{ saleLineId: lineId, quantity: 1, amount: 10.63 }],
      sale: { id: sale.id, status: "PARTIALLY_RETURNED", refundedTotal: 10.63, lines: [{ returnedQuantity: 1 }] },
    });
    expect(await w.stockOf(p.id)).toBe(8);
    expect(await w.customerRow(c.id)).toMatchObject({ balance: 1127, loyaltyPoints: 7 });

    expect422(await w.manager.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: lineId, quantity: 3 }], refundMethod: "CASH" }), "RETURN_EXCEEDS_SOLD");
    expect422(await w.manager.api.post(`/v1/sales/${sale.id}/void`, { reason: "after return" }), "INVALID_STATUS");

    const rest = await w.manager.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: lineId, quantity: 2 }], refundMethod: "CARD" });
    expect(rest.status, rest.text).toBe(200);
    // the rest, 21.27: 11.27 clears the due, 10.00 is paid back by card
    expect(rest.body.data).toMatchObject({ refundAmount: 21.27, dueReduction: 11.27, cashRefund: 10, pointsRemoved: 7, sale: { status: "RETURNED", refundedTotal: 31.9 } });
    expect(rest.body.data.sale.payments.map((x: any) => [x.method, x.kind, x.amount]).sort()).toEqual([["CARD", "REFUND", -10], ["CASH", "SALE", 10]]);
    expect(await paymentsSum(sale.id)).toBe(0);
    expect(await w.stockOf(p.id)).toBe(10);
    expect(await w.customerRow(c.id)).toMatchObject({ balance: 0, loyaltyPoints: 0 });
    const ledger = await app.services.db.posLedgerEntry.findMany({ where: { customerId: c.id }, orderBy: { createdAt: "asc" } });
    expect(ledger.map((e) => [e.type, e.amount, e.balanceAfter])).toEqual([["SALE", 2190, 2190], ["RETURN", -1063, 1127], ["RETURN", -1127, 0]]);
    expect422(await w.manager.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: lineId, quantity: 1 }], refundMethod: "CASH" }), "INVALID_STATUS");
    const detail = await w.admin.api.get(`/v1/sales/${sale.id}`);
    expect(detail.body.data.returns).toHaveLength(2);
  });

  test("walk-in return pays out in full; restock false leaves the stock; redeemed points come back in proportion", async () => {
    const a = await w.product({ price: 1000, taxRate: 0 }, 10);
    const b = await w.product({ price: 500, taxRate: 0 }, 10);
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: a.id, quantity: 1 }, { productId: b.id, quantity: 2 }], payments: cash(20) });
    const res = await w.admin.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: sale.lines[1].id, quantity: 1 }], restock: false, refundMethod: "CASH" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ refundAmount: 5, dueReduction: 0, cashRefund: 5, restock: false, sale: { status: "PARTIALLY_RETURNED" } });
    expect(await w.stockOf(b.id)).toBe(8);
    expect(await app.services.db.posPayment.findFirst({ where: { saleId: sale.id, kind: "REFUND" } })).toMatchObject({ method: "CASH", amount: -500 });
    expect422(await w.admin.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: sale.lines[1].id, quantity: 1 }], refundMethod: "CREDIT" }), "CUSTOMER_REQUIRED");

    const c = await w.customer({ loyaltyPoints: 1000 });
    const p = await w.product({ price: 1000, taxRate: 0 }, 10);
    const withPoints = await sell(w.admin, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 2 }], redeemPoints: 400, payments: cash(16) });
    expect(withPoints).toMatchObject({ total: 16, pointsValue: 4, pointsEarned: 16 });
    const back = await w.admin.api.post(`/v1/sales/${withPoints.id}/return`, { lines: [{ saleLineId: withPoints.lines[0].id, quantity: 1 }], refundMethod: "CASH" });
    // half the line (10.00): 2.00 of it was paid with 200 points → 8.00 in cash and 200 points back; 8 earned points taken back
    expect(back.body.data).toMatchObject({ refundAmount: 8, cashRefund: 8, pointsRestored: 200, pointsRemoved: 8 });
    expect((await w.customerRow(c.id)).loyaltyPoints).toBe(1000 - 400 + 16 + 200 - 8);
  });

  test("refund on account (CREDIT) becomes store credit; lines of another sale are refused; validation", async () => {
    const c = await w.customer();
    const p = await w.product({ price: 1000, taxRate: 0 });
    const sale = await sell(w.admin, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    const other = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    expect422(await w.admin.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: other.lines[0].id, quantity: 1 }], refundMethod: "CASH" }), "UNKNOWN_LINE");
    const res = await w.admin.api.post(`/v1/sales/${sale.id}/return`, { lines: [{ saleLineId: sale.lines[0].id, quantity: 1 }], refundMethod: "CREDIT" });
    expect(res.body.data).toMatchObject({ refundAmount: 10, dueReduction: 10, cashRefund: 0 });
    expect((await w.customerRow(c.id)).balance).toBe(-1000);
    const bad = await w.admin.api.post(`/v1/sales/${other.id}/return`, { lines: [{ saleLineId: other.lines[0].id, quantity: 0 }], refundMethod: "CASH" });
    expect(bad.status).toBe(400);
    expect((await w.admin.api.post(`/v1/sales/${other.id}/return`, { lines: [{ saleLineId: other.lines[0].id, quantity: 1 }] })).status).toBe(400);
  });

  test("403 for a CASHIER, 404 for another tenant", async () => {
    const p = await w.product({ price: 100 });
    const sale = await sell(w.cashier, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(1) });
    const body = { lines: [{ saleLineId: sale.lines[0].id, quantity: 1 }], refundMethod: "CASH" };
    expect((await w.cashier.api.post(`/v1/sales/${sale.id}/return`, body)).status).toBe(403);
    expect((await w.stranger.api.post(`/v1/sales/${sale.id}/return`, body)).status).toBe(404);
    expect((await posAnon(app).post(`/v1/sales/${sale.id}/return`, { body })).status).toBe(401);
  });
});
