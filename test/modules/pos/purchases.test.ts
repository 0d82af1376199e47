import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { posSupplier, stockOf } from "../../support/pos-purchases-data.ts";
import { gql } from "../../support/http.ts";

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
  cashier = await posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id });
  outsider = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const db = () => app.services.db;
type Line = { productId: string; variantId?: string; quantity: number; unitCost: number };
async function order(lines: Line[], over: Record<string, unknown> = {}) {
  const supplier = await posSupplier(app, tenant.id);
  const res = await admin.api.post("/v1/purchases", { supplierId: supplier.id, storeId: tenant.stores[0].id, lines, ...over });
  expect(res.status, res.text).toBe(201);
  return { po: res.body.data, supplier };
}
const supplierBalance = async (id: string) => (await db().posSupplier.findUniqueOrThrow({ where: { id } })).balance;

describe("POST /v1/purchases", () => {
  test("creates an ORDERED order with its number, computed total and named lines (audited)", async () => {
    const p1 = await posProduct(app, tenant.id);
    const p2 = await posProduct(app, tenant.id);
    const supplier = await posSupplier(app, tenant.id);
    const res = await admin.api.post("/v1/purchases", {
      supplierId: supplier.id, storeId: tenant.stores[1].id, expectedAt: "2030-01-15", notes: "  first order ",
      lines: [{ productId: p1.id, quantity: 3, unitCost: 12.5 }, { productId: p2.id, quantity: 10, unitCost: "0.99" }],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.success).toBe(true);
    const po = res.body.data;
    expect(po).toMatchObject({
      status: "ORDERED", supplierId: supplier.id, supplier: { id: supplier.id, name: supplier.name },
      storeId: tenant.stores[1].id, store: { id: tenant.stores[1].id, name: "SECOND store", code: "SECOND" },
      total: 47.4, receivedTotal: 0, paidTotal: 0, balanceDue: 0, unpaidTotal: 47.4, notes: "first order", lineCount: 2,
      expectedAt: "2030-01-15T00:00:00.000Z", cancelledAt: null, createdById: admin.id, payments: [],
    });
    expect(po.number).toMatch(/^PO-\d{6}$/);
    expect(po.lines).toEqual([
      expect.objectContaining({ position: 0, productId: p1.id, product: { id: p1.id, name: p1.name, sku: p1.sku }, variant: null, quantity: 3, receivedQuantity: 0, remainingQuantity: 3, unitCost: 12.5, lineTotal: 37.5 }),
      expect.objectContaining({ position: 1, productId: p2.id, quantity: 10, unitCost: 0.99, lineTotal: 9.9 }),
    ]);
    const row = await db().posPurchaseOrder.findUniqueOrThrow({ where: { id: po.id }, include: { lines: true } });
    expect(row).toMatchObject({ tenantId: tenant.id, total: 4740, status: "ORDERED" });
    expect(row.lines).toHaveLength(2);
    expect(await db().posAuditLog.count({ where: { entityType: "purchase", entityId: po.id, action: "purchase.create" } })).toBe(1);
    // numbers follow each other per tenant
    const next = await order([{ productId: p1.id, quantity: 1, unitCost: 1 }]);
    expect(Number(next.po.number.slice(3))).toBeGreaterThan(Number(po.number.slice(3)));
  });

  test("400 on malformed bodies, with details", async () => {
    const p = await posProduct(app, tenant.id);
    const supplier = await posSupplier(app, tenant.id);
    const base = { supplierId: supplier.id, storeId: tenant.stores[0].id };
    const empty = await admin.api.post("/v1/purchases", { ...base, lines: [] });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    expect(empty.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "lines" })]));
    const zero = await admin.api.post("/v1/purchases", { ...base, lines: [{ productId: p.id, quantity: 0, unitCost: 1 }] });
    expect(zero.status).toBe(400);
    const cents = await admin.api.post("/v1/purchases", { ...base, lines: [{ productId: p.id, quantity: 1, unitCost: 1.234 }] });
    expect(cents.status).toBe(400);
    const missing = await admin.api.post("/v1/purchases", { storeId: tenant.stores[0].id, lines: [{ productId: p.id, quantity: 1, unitCost: 1 }] });
    expect(missing.status).toBe(400);
    const tooMany = await admin.api.post("/v1/purchases", { ...base, lines: Array.from({ length: 201 }, () => ({ productId: p.id, quantity: 1, unitCost: 1 })) });
    expect(tooMany.status).toBe(400);
    const date = await admin.api.post("/v1/purchases", { ...base, expectedAt: "2030-02-30", lines: [{ productId: p.id, quantity: 1, unitCost: 1 }] });
    expect(date.status).toBe(400);
  });

  test("supplier, store, products and variants must be the tenant's live rows (404)", async () => {
    const p = await posProduct(app, tenant.id);
    const gone = await posProduct(app, tenant.id, { deletedAt: new Date() });
    const foreign = await posProduct(app, other.id);
    const supplier = await posSupplier(app, tenant.id);
    const deletedSupplier = await posSupplier(app, tenant.id, { deletedAt: new Date() });
    const foreignSupplier = await posSupplier(app, other.id);
    const otherP = await posProduct(app, tenant.id);
    const v = await db().posVariant.create({ data: { tenantId: tenant.id, productId: otherP.id, name: "Red", sku: `V-${otherP.sku}` } });
    const line = { productId: p.id, quantity: 1, unitCost: 1 };
    const cases: [Record<string, unknown>, string][] = [
      [{ supplierId: foreignSupplier.id, storeId: tenant.stores[0].id, lines: [line] }, "Supplier"],
      [{ supplierId: deletedSupplier.id, storeId: tenant.stores[0].id, lines: [line] }, "Supplier"],
      [{ supplierId: "nope", storeId: tenant.stores[0].id, lines: [line] }, "Supplier"],
      [{ supplierId: supplier.id, storeId: other.stores[0].id, lines: [line] }, "Store"],
      [{ supplierId: supplier.id, storeId: tenant.stores[0].id, lines: [line, { ...line, productId: foreign.id }] }, "Product"],
      [{ supplierId: supplier.id, storeId: tenant.stores[0].id, lines: [{ ...line, productId: gone.id }] }, "Product"],
      [{ supplierId: supplier.id, storeId: tenant.stores[0].id, lines: [{ ...line, variantId: v.id }] }, "Variant"],
    ];
    for (const [body, what] of cases) {
      const res = await admin.api.post("/v1/purchases", body);
      expect(res.status, JSON.stringify(body)).toBe(404);
      expect(res.body.error).toMatchObject({ code: "NOT_FOUND", message: `${what} not found` });
    }
    expect(await db().posPurchaseOrder.count({ where: { supplierId: supplier.id } })).toBe(0);
  });

  test("401 without a token, 403 for a cashier", async () => {
    expect((await posAnon(app).post("/v1/purchases", { body: {} })).status).toBe(401);
    const p = await posProduct(app, tenant.id);
    const supplier = await posSupplier(app, tenant.id);
    const res = await cashier.api.post("/v1/purchases", { supplierId: supplier.id, storeId: tenant.stores[0].id, lines: [{ productId: p.id, quantity: 1, unitCost: 1 }] });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
    expect(await db().posPurchaseOrder.count({ where: { supplierId: supplier.id } })).toBe(0);
  });
});

describe("POST /v1/purchases/:id/receive", () => {
  test("partial then full receipt: stock in the PO's store, PURCHASE movements, weighted-average cost, supplier balance", async () => {
    const s0 = tenant.stores[0].id;
    const s1 = tenant.stores[1].id;
    const p1 = await posProduct(app, tenant.id, { cost: 601 }, [{ storeId: s0, quantity: 10 }, { storeId: s1, quantity: 5 }]);
    const p2 = await posProduct(app, tenant.id, { cost: 0 });
    const { po, supplier } = await order([{ productId: p1.id, quantity: 10, unitCost: 9 }, { productId: p2.id, quantity: 4, unitCost: 2.5 }]);
    const [l1, l2] = po.lines;

    const first = await manager.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId: l1.id, quantity: 5 }] });
    expect(first.status, first.text).toBe(200);
    expect(first.body.data).toMatchObject({ status: "PARTIALLY_RECEIVED", receivedTotal: 45, paidTotal: 0, balanceDue: 45 });
    expect(first.body.data.lines[0]).toMatchObject({ receivedQuantity: 5, remainingQuantity: 5 });
    expect(first.body.data.lines[1]).toMatchObject({ receivedQuantity: 0, remainingQuantity: 4 });
    expect(await stockOf(app, p1.id, s0)).toBe(15);
    expect(await stockOf(app, p1.id, s1)).toBe(5);
    // old stock over both stores: 15 units at 6.01; + 5 at 9.00 → (9015 + 4500) / 20 = 675.75 → 676
    expect((await db().posProduct.findUniqueOrThrow({ where: { id: p1.id } })).cost).toBe(676);
    expect(await supplierBalance(supplier.id)).toBe(4500);
    const moves = await db().posStockMovement.findMany({ where: { referenceId: po.id } });
    expect(moves).toEqual([expect.objectContaining({ type: "PURCHASE", productId: p1.id, storeId: s0, change: 5, quantityAfter: 15, referenceType: "purchase", userId: manager.id })]);

    // no lines: everything outstanding
    const rest = await admin.api.post(`/v1/purchases/${po.id}/receive`, {});
    expect(rest.status, rest.text).toBe(200);
    expect(rest.body.data).toMatchObject({ status: "RECEIVED", receivedTotal: 100, balanceDue: 100 });
    expect(rest.body.data.lines.map((l: any) => [l.id, l.receivedQuantity, l.remainingQuantity])).toEqual([[l1.id, 10, 0], [l2.id, 4, 0]]);
    expect(await stockOf(app, p1.id, s0)).toBe(20);
    expect(await stockOf(app, p2.id, s0)).toBe(4);
    // (20 × 676 + 5 × 900) / 25 = 720.8 → 721; no stock before → the unit cost
    expect((await db().posProduct.findUniqueOrThrow({ where: { id: p1.id } })).cost).toBe(721);
    expect((await db().posProduct.findUniqueOrThrow({ where: { id: p2.id } })).cost).toBe(250);
    expect(await supplierBalance(supplier.id)).toBe(10000);
    expect(await db().posStockMovement.count({ where: { referenceId: po.id, type: "PURCHASE" } })).toBe(3);
    expect(await db().posAuditLog.count({ where: { entityId: po.id, action: "purchase.receive" } })).toBe(2);

    const again = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId: l1.id, quantity: 1 }] });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { code: "INVALID_STATUS", status: "RECEIVED" } });
  });

  test("a variant's cost averages from the product's when it has none of its own", async () => {
    const s0 = tenant.stores[0].id;
    const p = await posProduct(app, tenant.id, { cost: 1000 });
    const v = await db().posVariant.create({ data: { tenantId: tenant.id, productId: p.id, name: "Blue", sku: `V-${p.sku}` } });
    await db().posStock.create({ data: { tenantId: tenant.id, storeId: s0, productId: p.id, variantId: v.id, variantKey: v.id, quantity: 2 } });
    const { po } = await order([{ productId: p.id, variantId: v.id, quantity: 2, unitCost: 12 }]);
    expect(po.lines[0].variant).toEqual({ id: v.id, name: "Blue", sku: v.sku });
    const res = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId: po.lines[0].id, quantity: 2 }] });
    expect(res.status, res.text).toBe(200);
    expect(await stockOf(app, p.id, s0, v.id)).toBe(4);
    expect((await db().posVariant.findUniqueOrThrow({ where: { id: v.id } })).cost).toBe(1100);
    expect((await db().posProduct.findUniqueOrThrow({ where: { id: p.id } })).cost).toBe(1000);
  });

  test("over-receiving is a 422 that changes nothing; unknown or repeated lines are refused", async () => {
    const p = await posProduct(app, tenant.id);
    const { po, supplier } = await order([{ productId: p.id, quantity: 3, unitCost: 1 }]);
    const lineId = po.lines[0].id;
    const over = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId, quantity: 4 }] });
    expect(over.status).toBe(422);
    expect(over.body.error.details).toMatchObject({ code: "OVER_RECEIVE", lineId, ordered: 3, received: 0, requested: 4 });
    expect(await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId, quantity: 2 }] }).then((r) => r.status)).toBe(200);
    const over2 = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId, quantity: 2 }] });
    expect(over2.status).toBe(422);
    expect(over2.body.error.details).toMatchObject({ ordered: 3, received: 2, requested: 2 });
    const stranger = await posProduct(app, tenant.id);
    const { po: otherPo } = await order([{ productId: stranger.id, quantity: 1, unitCost: 1 }]);
    const unknown = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId: otherPo.lines[0].id, quantity: 1 }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toMatchObject({ code: "UNKNOWN_LINE" });
    const twice = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId, quantity: 1 }, { lineId, quantity: 1 }] });
    expect(twice.status).toBe(400);
    const zero = await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId, quantity: 0 }] });
    expect(zero.status).toBe(400);
    expect(await stockOf(app, p.id, tenant.stores[0].id)).toBe(2);
    expect(await supplierBalance(supplier.id)).toBe(200);
    expect((await db().posPurchaseLine.findUniqueOrThrow({ where: { id: lineId } })).receivedQuantity).toBe(2);
  });

  test("concurrent receipts of the same units: one succeeds, the other is a 422", async () => {
    const p = await posProduct(app, tenant.id, { cost: 100 });
    const { po, supplier } = await order([{ productId: p.id, quantity: 5, unitCost: 3 }]);
    const body = { lines: [{ lineId: po.lines[0].id, quantity: 5 }] };
    const results = await Promise.all([1, 2, 3].map(() => admin.api.post(`/v1/purchases/${po.id}/receive`, body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    expect(await stockOf(app, p.id, tenant.stores[0].id)).toBe(5);
    expect((await db().posPurchaseLine.findUniqueOrThrow({ where: { id: po.lines[0].id } })).receivedQuantity).toBe(5);
    expect((await db().posPurchaseOrder.findUniqueOrThrow({ where: { id: po.id } })).receivedTotal).toBe(1500);
    expect(await supplierBalance(supplier.id)).toBe(1500);
    expect((await db().posProduct.findUniqueOrThrow({ where: { id: p.id } })).cost).toBe(300);
  });

  test("401, 403 for a cashier, 404 for another tenant and unknown ids", async () => {
    const p = await posProduct(app, tenant.id);
    const { po } = await order([{ productId: p.id, quantity: 1, unitCost: 1 }]);
    expect((await posAnon(app).post(`/v1/purchases/${po.id}/receive`, { body: {} })).status).toBe(401);
    expect((await cashier.api.post(`/v1/purchases/${po.id}/receive`, {})).status).toBe(403);
    expect((await outsider.api.post(`/v1/purchases/${po.id}/receive`, {})).status).toBe(404);
    expect((await admin.api.post(`/v1/purchases/00000000-0000-4000-8000-000000000000/receive`, {})).status).toBe(404);
    expect(await stockOf(app, p.id, tenant.stores[0].id)).toBe(0);
  });
});

describe("POST /v1/purchases/:id/payment", () => {
  test("payments lower the supplier balance; prepayments up to the order total; beyond is a 422", async () => {
    const p = await posProduct(app, tenant.id);
    const { po, supplier } = await order([{ productId: p.id, quantity: 10, unitCost: 10 }]);
    await admin.api.post(`/v1/purchases/${po.id}/receive`, { lines: [{ lineId: po.lines[0].id, quantity: 6 }] });
    expect(await supplierBalance(supplier.id)).toBe(6000);

    const pay = await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 30, method: "BANK_TRANSFER", reference: "TX-1" });
    expect(pay.status, pay.text).toBe(201);
    expect(pay.body.data).toMatchObject({
      purchaseId: po.id, amount: 30, method: "BANK_TRANSFER", reference: "TX-1", userId: admin.id,
      purchase: { id: po.id, status: "PARTIALLY_RECEIVED", total: 100, receivedTotal: 60, paidTotal: 30, balanceDue: 30, unpaidTotal: 70, supplier: { id: supplier.id, balance: 30 } },
    });
    expect(pay.body.data.paidAt).toMatch(/Z$/);
    expect(await supplierBalance(supplier.id)).toBe(3000);

    const tooMuch = await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 70.01, method: "CASH" });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.details).toMatchObject({ code: "OVERPAYMENT", payable: 70 });
    // a prepayment for goods not received yet: the balance goes negative (credit with the supplier)
    const rest = await manager.api.post(`/v1/purchases/${po.id}/payment`, { amount: 70, method: "CASH" });
    expect(rest.status).toBe(201);
    expect(rest.body.data.purchase).toMatchObject({ paidTotal: 100, balanceDue: -40, unpaidTotal: 0 });
    expect(await supplierBalance(supplier.id)).toBe(-4000);
    expect((await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 0.01, method: "CASH" })).status).toBe(422);

    const detail = await admin.api.get(`/v1/purchases/${po.id}`);
    expect(detail.body.data.payments.map((x: any) => [x.amount, x.method])).toEqual([[30, "BANK_TRANSFER"], [70, "CASH"]]);
    expect(await db().posPurchasePayment.count({ where: { purchaseId: po.id } })).toBe(2);
    expect(await db().posAuditLog.count({ where: { entityId: po.id, action: "purchase.payment" } })).toBe(2);
  });

  test("400 for bad amounts or methods; 401/403/404", async () => {
    const p = await posProduct(app, tenant.id);
    const { po } = await order([{ productId: p.id, quantity: 1, unitCost: 10 }]);
    expect((await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 0, method: "CASH" })).status).toBe(400);
    expect((await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: -5, method: "CASH" })).status).toBe(400);
    expect((await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 5, method: "CHEQUE" })).status).toBe(400);
    expect((await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 5 })).status).toBe(400);
    expect((await posAnon(app).post(`/v1/purchases/${po.id}/payment`, { body: { amount: 5, method: "CASH" } })).status).toBe(401);
    expect((await cashier.api.post(`/v1/purchases/${po.id}/payment`, { amount: 5, method: "CASH" })).status).toBe(403);
    expect((await outsider.api.post(`/v1/purchases/${po.id}/payment`, { amount: 5, method: "CASH" })).status).toBe(404);
    expect(await db().posPurchasePayment.count({ where: { purchaseId: po.id } })).toBe(0);
  });
});

describe("POST /v1/purchases/:id/cancel", () => {
  test("cancels an ORDERED order; cancelled orders take no receipts or payments", async () => {
    const p = await posProduct(app, tenant.id);
    const { po, supplier } = await order([{ productId: p.id, quantity: 2, unitCost: 5 }]);
    const res = await admin.api.post(`/v1/purchases/${po.id}/cancel`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ id: po.id, status: "CANCELLED" });
    expect(res.body.data.cancelledAt).toMatch(/Z$/);
    expect(await db().posAuditLog.count({ where: { entityId: po.id, action: "purchase.cancel" } })).toBe(1);
    expect((await admin.api.post(`/v1/purchases/${po.id}/cancel`)).status).toBe(422);
    const receive = await admin.api.post(`/v1/purchases/${po.id}/receive`, {});
    expect(receive.status).toBe(422);
    expect(receive.body.error.details).toMatchObject({ code: "INVALID_STATUS", status: "CANCELLED" });
    expect((await admin.api.post(`/v1/purchases/${po.id}/payment`, { amount: 1, method: "CASH" })).status).toBe(422);
    expect(await stockOf(app, p.id, tenant.stores[0].id)).toBe(0);
    expect(await supplierBalance(supplier.id)).toBe(0);
  });

  test("orders with receipts or payments cannot be cancelled (422)", async () => {
    const p = await posProduct(app, tenant.id);
    const { po: partial } = await order([{ productId: p.id, quantity: 2, unitCost: 5 }]);
    await admin.api.post(`/v1/purchases/${partial.id}/receive`, { lines: [{ lineId: partial.lines[0].id, quantity: 1 }] });
    const r1 = await admin.api.post(`/v1/purchases/${partial.id}/cancel`);
    expect(r1.status).toBe(422);
    expect(r1.body.error.details).toMatchObject({ code: "INVALID_STATUS", status: "PARTIALLY_RECEIVED" });
    const { po: prepaid } = await order([{ productId: p.id, quantity: 2, unitCost: 5 }]);
    expect((await admin.api.post(`/v1/purchases/${prepaid.id}/payment`, { amount: 4, method: "CASH" })).status).toBe(201);
    const r2 = await admin.api.post(`/v1/purchases/${prepaid.id}/cancel`);
    expect(r2.status).toBe(422);
    expect(r2.body.error.details).toMatchObject({ code: "HAS_PAYMENTS", paidTotal: 4 });
    expect((await db().posPurchaseOrder.findUniqueOrThrow({ where: { id: prepaid.id } })).status).toBe("ORDERED");
  });

  test("401/403/404", async () => {
    const p = await posProduct(app, tenant.id);
    const { po } = await order([{ productId: p.id, quantity: 1, unitCost: 1 }]);
    expect((await posAnon(app).post(`/v1/purchases/${po.id}/cancel`)).status).toBe(401);
    expect((await cashier.api.post(`/v1/purchases/${po.id}/cancel`)).status).toBe(403);
    expect((await outsider.api.post(`/v1/purchases/${po.id}/cancel`)).status).toBe(404);
    expect((await db().posPurchaseOrder.findUniqueOrThrow({ where: { id: po.id } })).status).toBe("ORDERED");
  });
});

describe("GET /v1/purchases and /v1/purchases/:id", () => {
  test("lists with filters and paging; detail with lines and payments", async () => {
    const t = await posTenant(app);
    const a = await posUser(app, "ADMIN", t.id);
    const sA = await posSupplier(app, t.id, { name: "Acme Foods" });
    const sB = await posSupplier(app, t.id, { name: "Bolt Hardware" });
    const p = await posProduct(app, t.id);
    const mk = async (supplierId: string, storeId: string) => {
      const r = await a.api.post("/v1/purchases", { supplierId, storeId, lines: [{ productId: p.id, quantity: 2, unitCost: 1.5 }] });
      expect(r.status).toBe(201);
      return r.body.data;
    };
    const o1 = await mk(sA.id, t.stores[0].id);
    const o2 = await mk(sA.id, t.stores[1].id);
    const o3 = await mk(sB.id, t.stores[0].id);
    await a.api.post(`/v1/purchases/${o3.id}/cancel`);

    const all = await a.api.get("/v1/purchases");
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ success: true, meta: { page: 1, limit: 20, total: 3, totalPages: 1 } });
    expect(all.body.data.map((x: any) => x.id)).toEqual([o3.id, o2.id, o1.id]);
    expect(all.body.data[0]).toMatchObject({ supplier: { id: sB.id, name: "Bolt Hardware" }, store: { id: t.stores[0].id }, total: 3, lineCount: 1, status: "CANCELLED" });
    expect(all.body.data[0].lines).toBeUndefined();
    const ids = async (q: string) => (await a.api.get(`/v1/purchases?${q}`)).body.data.map((x: any) => x.id);
    expect(await ids(`supplierId=${sA.id}`)).toEqual([o2.id, o1.id]);
    expect(await ids(`storeId=${t.stores[0].id}`)).toEqual([o3.id, o1.id]);
    expect(await ids("status=CANCELLED")).toEqual([o3.id]);
    expect(await ids(`search=${o2.number}`)).toEqual([o2.id]);
    expect(await ids("search=bolt")).toEqual([o3.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids(`from=${today}&to=${today}`)).toHaveLength(3);
    expect(await ids("to=2000-01-01")).toEqual([]);
    const page2 = await a.api.get("/v1/purchases?page=2&limit=2");
    expect(page2.body.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect(page2.body.data.map((x: any) => x.id)).toEqual([o1.id]);
    expect((await a.api.get("/v1/purchases?supplierId=abc")).status).toBe(400);
    expect((await a.api.get("/v1/purchases?status=LOST")).status).toBe(400);
    expect((await a.api.get("/v1/purchases?from=yesterday")).status).toBe(400);

    const detail = await a.api.get(`/v1/purchases/${o1.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({ id: o1.id, number: o1.number, lines: [{ productId: p.id, product: { name: p.name }, quantity: 2, receivedQuantity: 0 }], payments: [] });
  });

  test("401, 403 for a cashier, 404 for another tenant's or an unknown id", async () => {
    const p = await posProduct(app, tenant.id);
    const { po } = await order([{ productId: p.id, quantity: 1, unitCost: 1 }]);
    expect((await posAnon(app).get("/v1/purchases")).status).toBe(401);
    expect((await cashier.api.get("/v1/purchases")).status).toBe(403);
    expect((await cashier.api.get(`/v1/purchases/${po.id}`)).status).toBe(403);
    const cross = await outsider.api.get(`/v1/purchases/${po.id}`);
    expect(cross.status).toBe(404);
    expect(cross.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect((await admin.api.get("/v1/purchases/not-a-uuid")).status).toBe(404);
    expect((await outsider.api.get("/v1/purchases")).body.data.map((x: any) => x.id)).not.toContain(po.id);
  });
});

test("GraphQL: posPurchase and receivePosPurchase", async () => {
  const p = await posProduct(app, tenant.id, { cost: 0 });
  const { po } = await order([{ productId: p.id, quantity: 4, unitCost: 2 }]);
  const read = await gql(app.url, `query ($id: ID!) { posPurchase(id: $id) { number status total lines { id quantity unitCost product { name } } } }`, { id: po.id }, admin.token);
  expect(read.errors).toBeUndefined();
  expect(read.data.posPurchase).toMatchObject({ number: po.number, status: "ORDERED", total: 8, lines: [{ quantity: 4, unitCost: 2, product: { name: p.name } }] });
  const recv = await gql(app.url, `mutation ($id: ID!, $lineId: String!) { receivePosPurchase(id: $id, input: { lines: [{ lineId: $lineId, quantity: 1 }] }) { status receivedTotal } }`,
    { id: po.id, lineId: read.data.posPurchase.lines[0].id }, manager.token);
  expect(recv.errors).toBeUndefined();
  expect(recv.data.receivePosPurchase).toEqual({ status: "PARTIALLY_RECEIVED", receivedTotal: 2 });
  const denied = await gql(app.url, `query ($id: ID!) { posPurchase(id: $id) { id } }`, { id: po.id }, cashier.token);
  expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
});
