import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { expect422, salesWorld, sell, sseSubscribe, type SalesWorld } from "../../support/pos-sales-data.ts";

let app: TestApp;
let w: SalesWorld;
beforeAll(async () => { app = await startTestApp(); w = await salesWorld(app); });
afterAll(() => app?.close());

const cash = (amount: number) => [{ method: "CASH", amount }];

describe("checkout math", () => {
  test("tax exclusive: line and sale discounts, tax on the discounted amount, cash change, stock and movement, catalogue cost", async () => {
    const p = await w.product({ price: 1000, cost: 600, taxRate: 1000 }, 10);
    const sale = await sell(w.admin, {
      storeId: w.store.id, lines: [{ productId: p.id, quantity: 3, discount: 1 }], discount: 2, payments: cash(50), note: "front desk",
    });
    // 3 × 10.00 = 30.00 − 1.00 − 2.00 = 27.00 + 10% = 29.70; 50.00 tendered → 20.30 change
    expect(sale).toMatchObject({
      status: "COMPLETED", subtotal: 30, discountTotal: 3, taxTotal: 2.7, total: 29.7, paidTotal: 29.7, changeAmount: 20.3, dueAmount: 0,
      itemCount: 3, note: "front desk", store: { id: w.store.id, code: "MAIN" }, cashier: { id: w.admin.id }, customer: null,
    });
    expect(sale.number).toMatch(/^S-\d{6}$/);
    expect(sale.lines).toEqual([expect.objectContaining({ productId: p.id, quantity: 3, unitPrice: 10, unitCost: 6, discount: 3, taxRate: 10, taxAmount: 2.7, lineTotal: 29.7 })]);
    expect(sale.payments).toEqual([expect.objectContaining({ method: "CASH", kind: "SALE", amount: 29.7 })]);
    expect(await w.stockOf(p.id)).toBe(7);
    const moves = await app.services.db.posStockMovement.findMany({ where: { productId: p.id } });
    expect(moves).toEqual([expect.objectContaining({ type: "SALE", change: -3, quantityAfter: 7, referenceId: sale.id, userId: w.admin.id })]);
    const audit = await app.services.db.posAuditLog.findFirst({ where: { entityId: sale.id, action: "sale.checkout" } });
    expect(audit?.userId).toBe(w.admin.id);
  });

  test("tax inclusive with the tenant's default rate: tax extracted, not added; receipt numbers follow the tenant's prefix", async () => {
    const t = await salesWorld(app, { taxInclusive: true, defaultTaxRate: 1500, receiptPrefix: "INV" });
    const p = await t.product({ price: 1150, taxRate: null }, 5);
    const sale = await sell(t.admin, { storeId: t.store.id, lines: [{ productId: p.id, quantity: 2 }], payments: [{ method: "CARD", amount: 23, reference: "slip-1" }] });
    // 23.00 includes 15%: 23.00 × 15 / 115 = 3.00
    expect(sale).toMatchObject({ number: "INV-000001", subtotal: 23, taxTotal: 3, total: 23, changeAmount: 0 });
    expect(sale.lines[0]).toMatchObject({ taxRate: 15, taxAmount: 3, lineTotal: 23 });
    expect(sale.payments[0]).toMatchObject({ method: "CARD", amount: 23, reference: "slip-1" });
    const second = await sell(t.cashier, { storeId: t.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(11.5) });
    expect(second.number).toBe("INV-000002");
  });

  test("group discount spread over the lines before tax; half-up rounding per line; points earned on the money paid", async () => {
    const group = await app.services.db.posCustomerGroup.create({ data: { tenantId: w.tenant.id, name: `VIP ${Date.now()}`, discountPercent: 1000 } });
    const c = await w.customer({ groupId: group.id });
    const a = await w.product({ price: 1000, taxRate: 1000 });
    const b = await w.product({ price: 333, taxRate: 0 });
    const sale = await sell(w.cashier, {
      storeId: w.store.id, customerId: c.id,
      lines: [{ productId: a.id, quantity: 1 }, { productId: b.id, quantity: 3 }],
      payments: [{ method: "CARD", amount: 18 }, { method: "CASH", amount: 1.4 }],
    });
    // nets 10.00 and 9.99; group 10% of 19.99 = 2.00 (half up) spread 1.00 / 1.00 → 9.00 (+0.90 tax) and 8.99
    expect(sale.lines.map((l: any) => [l.discount, l.taxAmount, l.lineTotal])).toEqual([[1, 0.9, 9.9], [1, 0, 8.99]]);
    expect(sale).toMatchObject({ subtotal: 19.99, discountTotal: 2, taxTotal: 0.9, total: 18.89, paidTotal: 18.89, changeAmount: 0.51, pointsEarned: 18, customer: { id: c.id } });
    expect(sale.payments.map((x: any) => [x.method, x.amount]).sort()).toEqual([["CARD", 18], ["CASH", 0.89]]);
    expect((await w.customerRow(c.id)).loyaltyPoints).toBe(18);
  });

  test("card, transfer and mobile may not exceed the total (only cash gives change)", async () => {
    const p = await w.product({ price: 1000, taxRate: 0 });
    const res = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CARD", amount: 10.01 }] });
    expect422(res, "OVERPAYMENT");
    const mixed = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "MOBILE", amount: 4 }, { method: "CASH", amount: 10 }] });
    expect(mixed).toMatchObject({ total: 10, paidTotal: 10, changeAmount: 4 });
    expect(mixed.payments.map((x: any) => [x.method, x.amount]).sort()).toEqual([["CASH", 6], ["MOBILE", 4]]);
  });

  test("redeeming points pays part of the total; REDEEM and EARN loyalty entries keep the balance", async () => {
    const c = await w.customer({ loyaltyPoints: 500 });
    const p = await w.product({ price: 1000, taxRate: 0 });
    const sale = await sell(w.cashier, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], redeemPoints: 200, payments: cash(8) });
    expect(sale).toMatchObject({ pointsRedeemed: 200, pointsValue: 2, total: 8, paidTotal: 8, pointsEarned: 8 });
    expect((await w.customerRow(c.id)).loyaltyPoints).toBe(308);
    const entries = await app.services.db.posLoyaltyEntry.findMany({ where: { customerId: c.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.type, e.points, e.balanceAfter, e.saleId])).toEqual([["REDEEM", -200, 300, sale.id], ["EARN", 8, 308, sale.id]]);

    const body = (redeemPoints: number, customerId: string | null = c.id) => ({ storeId: w.store.id, customerId, lines: [{ productId: p.id, quantity: 1 }], redeemPoints, payments: cash(10) });
    expect422(await w.cashier.api.post("/v1/sales/checkout", body(50)), "POINTS_BELOW_MINIMUM");
    expect422(await w.cashier.api.post("/v1/sales/checkout", body(400)), "INSUFFICIENT_POINTS");
    expect422(await w.cashier.api.post("/v1/sales/checkout", body(150, null)), "CUSTOMER_REQUIRED");
    const rich = await w.customer({ loyaltyPoints: 5000 });
    expect422(await w.cashier.api.post("/v1/sales/checkout", body(1001, rich.id)), "POINTS_EXCEED_TOTAL");
    expect((await w.customerRow(c.id)).loyaltyPoints).toBe(308);
  });

  test("no points without loyalty or without a customer", async () => {
    const t = await salesWorld(app, { loyalty: { enabled: false } });
    const c = await t.customer({ loyaltyPoints: 500 });
    const p = await t.product({ price: 10000 });
    const sale = await sell(t.admin, { storeId: t.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(100) });
    expect(sale.pointsEarned).toBe(0);
    expect422(await t.admin.api.post("/v1/sales/checkout", { storeId: t.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], redeemPoints: 100, payments: cash(100) }), "LOYALTY_DISABLED");
    const walkIn = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: (await w.product({ price: 10000 })).id, quantity: 1 }], payments: cash(100) });
    expect(walkIn.pointsEarned).toBe(0);
  });

  test("price overrides: ADMIN/MANAGER only (403 for a cashier)", async () => {
    const p = await w.product({ price: 1000, taxRate: 0 });
    const res = await w.cashier.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1, unitPrice: 1 }], payments: cash(1) });
    expect(res.status).toBe(403);
    const sale = await sell(w.manager, { storeId: w.store.id, lines: [{ productId: p.id, quantity: 2, unitPrice: 7.5 }], payments: cash(15) });
    expect(sale.lines[0]).toMatchObject({ unitPrice: 7.5, lineTotal: 15 });
  });

  test("variants: variant price, sku and cost; stock per variant", async () => {
    const p = await w.product({ price: 1000, cost: 500, taxRate: 0 }, null as never);
    const v = await app.services.db.posVariant.create({ data: { tenantId: w.tenant.id, productId: p.id, name: "Large", sku: `${p.sku}-L`, price: 1200, cost: 700 } });
    await app.services.db.posStock.create({ data: { tenantId: w.tenant.id, storeId: w.store.id, productId: p.id, variantId: v.id, variantKey: v.id, quantity: 4 } });
    const sale = await sell(w.admin, { storeId: w.store.id, lines: [{ productId: p.id, variantId: v.id, quantity: 2 }], payments: cash(24) });
    expect(sale.lines[0]).toMatchObject({ variantId: v.id, sku: `${p.sku}-L`, unitPrice: 12, unitCost: 7, name: `${p.name} (Large)` });
    const stock = await app.services.db.posStock.findFirstOrThrow({ where: { productId: p.id, variantKey: v.id } });
    expect(stock.quantity).toBe(2);
    const other = await w.product();
    const res = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: other.id, variantId: v.id, quantity: 1 }], payments: cash(12) });
    expect(res.status).toBe(404);
  });
});

describe("credit and due", () => {
  test("CREDIT and unpaid rest go on the account up to the credit limit (422 CREDIT_LIMIT_EXCEEDED); ledger SALE entries", async () => {
    const c = await w.customer({ creditLimit: 5000 });
    const p = await w.product({ price: 3000, taxRate: 0 });
    const first = await sell(w.cashier, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CREDIT", amount: 30 }] });
    expect(first).toMatchObject({ total: 30, paidTotal: 0, dueAmount: 30, pointsEarned: 0, payments: [] });
    expect((await w.customerRow(c.id)).balance).toBe(3000);

    const refused = await w.cashier.api.post("/v1/sales/checkout", { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CREDIT", amount: 30 }] });
    expect422(refused, "CREDIT_LIMIT_EXCEEDED");
    expect(refused.body.error.details).toMatchObject({ creditLimit: 50, balance: 30, due: 30 });

    // 10.00 cash, the unpaid 20.00 becomes due: exactly the limit
    const second = await sell(w.cashier, { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    expect(second).toMatchObject({ paidTotal: 10, dueAmount: 20, pointsEarned: 10 });
    expect((await w.customerRow(c.id)).balance).toBe(5000);
    const ledger = await app.services.db.posLedgerEntry.findMany({ where: { customerId: c.id }, orderBy: { createdAt: "asc" } });
    expect(ledger.map((e) => [e.type, e.amount, e.balanceAfter, e.referenceId])).toEqual([["SALE", 3000, 3000, first.id], ["SALE", 2000, 5000, second.id]]);
  });

  test("without a customer the payments must cover the total; credit beyond the rest is refused", async () => {
    const p = await w.product({ price: 1000, taxRate: 0 });
    expect422(await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(9.99) }), "PAYMENT_INSUFFICIENT");
    expect422(await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CREDIT", amount: 10 }] }), "PAYMENT_INSUFFICIENT");
    const c = await w.customer({ creditLimit: 10000 });
    expect422(await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, customerId: c.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 5 }, { method: "CREDIT", amount: 6 }] }), "OVERPAYMENT");
    expect(await w.stockOf(p.id)).toBe(100);
  });
});

describe("stock", () => {
  test("insufficient stock is a 422 and nothing is written; the whole basket rolls back", async () => {
    const a = await w.product({ price: 100 }, 5);
    const b = await w.product({ price: 100 }, 1);
    const res = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: a.id, quantity: 2 }, { productId: b.id, quantity: 2 }], payments: cash(10) });
    expect422(res, "INSUFFICIENT_STOCK");
    expect(res.body.error.details).toMatchObject({ productId: b.id, available: 1, requested: 2 });
    expect([await w.stockOf(a.id), await w.stockOf(b.id)]).toEqual([5, 1]);
    expect(await app.services.db.posSaleLine.count({ where: { productId: { in: [a.id, b.id] } } })).toBe(0);
  });

  test("allowNegativeStock sells below zero; products without stock tracking skip stock", async () => {
    const t = await salesWorld(app, { allowNegativeStock: true });
    const p = await t.product({ price: 100 }, 1);
    await sell(t.admin, { storeId: t.store.id, lines: [{ productId: p.id, quantity: 3 }], payments: cash(3) });
    expect(await t.stockOf(p.id)).toBe(-2);
    const service = await w.product({ price: 500, trackStock: false }, null as never);
    await sell(w.admin, { storeId: w.store.id, lines: [{ productId: service.id, quantity: 4 }], payments: cash(20) });
    expect(await app.services.db.posStock.count({ where: { productId: service.id } })).toBe(0);
    expect(await app.services.db.posStockMovement.count({ where: { productId: service.id } })).toBe(0);
  });

  test("10 parallel checkouts of a product with 3 units: exactly 3 succeed, stock 0", async () => {
    const p = await w.product({ price: 500, taxRate: 0 }, 3);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      (i % 2 ? w.admin : w.cashier).api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(5) })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 422, 422, 422, 422, 422, 422, 422]);
    for (const r of results.filter((x) => x.status === 422)) expect(r.body.error.details.code).toBe("INSUFFICIENT_STOCK");
    expect(await w.stockOf(p.id)).toBe(0);
    expect(await app.services.db.posSaleLine.count({ where: { productId: p.id } })).toBe(3);
    const numbers = results.filter((r) => r.status === 201).map((r) => r.body.data.number);
    expect(new Set(numbers).size).toBe(3);
  });
});

describe("access and validation", () => {
  test("401 without a token; 403 for a role without sale:create (SUPER_ADMIN)", async () => {
    const p = await w.product();
    const body = { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) };
    expect((await posAnon(app).post("/v1/sales/checkout", { body })).status).toBe(401);
    expect((await w.superAdmin.api.post("/v1/sales/checkout", body)).status).toBe(403);
  });

  test("a cashier bound to a store sells there only (403 elsewhere); managers sell anywhere", async () => {
    const p = await w.product({ price: 100 }, 10);
    await app.services.db.posStock.create({ data: { tenantId: w.tenant.id, storeId: w.tenant.stores[1].id, productId: p.id, quantity: 10 } });
    const body = { storeId: w.tenant.stores[1].id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(1) };
    expect((await w.cashier.api.post("/v1/sales/checkout", body)).status).toBe(403);
    const sale = await sell(w.manager, body);
    expect(sale.storeId).toBe(w.tenant.stores[1].id);
    expect(await w.stockOf(p.id, w.tenant.stores[1].id)).toBe(9);
  });

  test("400 with details for malformed bodies", async () => {
    const p = await w.product();
    const bad = async (body: unknown, path: string) => {
      const res = await w.admin.api.post("/v1/sales/checkout", body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error.details.map((d: any) => d.path)).toContain(path);
    };
    await bad({ storeId: w.store.id, lines: [], payments: cash(1) }, "lines");
    await bad({ storeId: w.store.id, lines: [{ productId: p.id, quantity: 0 }] }, "lines.0.quantity");
    await bad({ storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CASH", amount: 0 }] }, "payments.0.amount");
    await bad({ storeId: w.store.id, lines: [{ productId: p.id, quantity: 1, discount: -1 }] }, "lines.0.discount");
    await bad({ storeId: w.store.id, lines: Array.from({ length: 201 }, () => ({ productId: p.id, quantity: 1 })) }, "lines");
    const r = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "GOLD", amount: 1 }] });
    expect(r.status).toBe(400);
    expect422(await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1, discount: 10.01 }], payments: cash(1) }), "INVALID_DISCOUNT");
  });

  test("another tenant's store, product or customer is a 404", async () => {
    const p = await w.product();
    const theirs = await w.stranger.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    expect(theirs.status).toBe(404);
    const mine = await w.stranger.api.post("/v1/sales/checkout", { storeId: w.otherTenant.stores[0].id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(10) });
    expect(mine.status).toBe(404);
    const c = await w.customer();
    const p2 = await app.services.db.posProduct.create({ data: { tenantId: w.otherTenant.id, name: "x", sku: `X-${Date.now()}`, price: 100 } });
    const res = await w.stranger.api.post("/v1/sales/checkout", { storeId: w.otherTenant.stores[0].id, customerId: c.id, lines: [{ productId: p2.id, quantity: 1 }], payments: cash(10) });
    expect(res.status).toBe(404);
    expect((await w.admin.api.post("/v1/sales/checkout", { storeId: "not-a-uuid", lines: [{ productId: p.id, quantity: 1 }] })).status).toBe(404);
  });
});

describe("GraphQL and subscription", () => {
  test("posCheckout over GraphQL; posSaleCreated reaches the store's subscribers only", async () => {
    const mine = await sseSubscribe(app.url, w.manager.token, "subscription($s: ID!) { posSaleCreated(storeId: $s) { saleId number storeId total itemCount } }", { s: w.store.id });
    const other = await sseSubscribe(app.url, w.manager.token, "subscription($s: ID!) { posSaleCreated(storeId: $s) { saleId } }", { s: w.tenant.stores[1].id });
    try {
      expect(mine.status).toBe(200);
      await Promise.all([mine.ready, other.ready]);
      const p = await w.product({ price: 250, taxRate: 0 });
      const res = await gql(app.url, `mutation($input: PosCheckoutInput!) { posCheckout(input: $input) { id number total lines { quantity } } }`,
        { input: { storeId: w.store.id, lines: [{ productId: p.id, quantity: 2 }], payments: [{ method: "CASH", amount: 5 }] } }, w.admin.token);
      expect(res.errors).toBeUndefined();
      const sale = res.data.posCheckout;
      expect(sale.total).toBe(5);
      const event = await mine.next();
      expect(event).toMatchObject({ event: "next", data: { data: { posSaleCreated: { saleId: sale.id, number: sale.number, storeId: w.store.id, total: 5, itemCount: 2 } } } });
      expect(await other.next(500)).toBe("timeout");
    } finally { mine.close(); other.close(); }
  });

  test("subscribing to another tenant's store is refused; a cashier only hears its own store", async () => {
    const theirs = await sseSubscribe(app.url, w.stranger.token, "subscription($s: ID!) { posSaleCreated(storeId: $s) { saleId } }", { s: w.store.id });
    const first = await theirs.next();
    theirs.close();
    expect(JSON.stringify(first)).toContain("NOT_FOUND");
    const cashier = await sseSubscribe(app.url, w.cashier.token, "subscription($s: ID!) { posSaleCreated(storeId: $s) { saleId } }", { s: w.tenant.stores[1].id });
    const refused = await cashier.next();
    cashier.close();
    expect(JSON.stringify(refused)).toContain("FORBIDDEN");
  });
});

describe("checkout amounts: units and range (review regressions)", () => {
  test("422 details carry money in major units, like every other amount of the API", async () => {
    const p = await w.product({ price: 1000, taxRate: 0 });
    const short = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: cash(9.99) });
    expect422(short, "PAYMENT_INSUFFICIENT");
    expect(short.body.error.details).toMatchObject({ total: 10, paid: 9.99 });
    const over = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 1 }], payments: [{ method: "CARD", amount: 10.01 }] });
    expect422(over, "OVERPAYMENT");
    expect(over.body.error.details).toMatchObject({ total: 10, nonCash: 10.01 });
  });

  test("totals or tenders beyond the 32-bit cent columns are a 422, never a 500; nothing is written", async () => {
    const p = await w.product({ price: 1_000_000_000, taxRate: 1000, trackStock: false }, null as never);
    const tooBig = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: p.id, quantity: 3 }], payments: cash(1) });
    expect422(tooBig, "AMOUNT_TOO_LARGE");
    const cheap = await w.product({ price: 1000, taxRate: 0 });
    const hugeCash = await w.admin.api.post("/v1/sales/checkout", { storeId: w.store.id, lines: [{ productId: cheap.id, quantity: 1 }], payments: cash(30_000_000) });
    expect422(hugeCash, "AMOUNT_TOO_LARGE");
    const overridden = await w.admin.api.post("/v1/sales/checkout", {
      storeId: w.store.id, lines: [{ productId: cheap.id, quantity: 1, unitPrice: 21_474_836.48 }], payments: cash(21_474_836.48),
    });
    expect422(overridden, "AMOUNT_TOO_LARGE");
    expect(await w.stockOf(cheap.id)).toBe(100);
    expect(await app.services.db.posSale.count({ where: { tenantId: w.tenant.id, lines: { some: { productId: { in: [p.id, cheap.id] } } } } })).toBe(0);
  });
});
