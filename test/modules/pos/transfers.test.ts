import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let other: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let boundCashier: PosUserFixture;
let otherAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  other = await posTenant(app);
  admin = await posUser(app, "ADMIN", tenant.id);
  manager = await posUser(app, "MANAGER", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id);
  boundCashier = await posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id });
  otherAdmin = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const s0 = () => tenant.stores[0].id;
const s1 = () => tenant.stores[1].id;
const level = async (storeId: string, productId: string, variantId: string | null = null) =>
  (await app.services.db.posStock.findUnique({ where: { storeId_productId_variantKey: { storeId, productId, variantKey: variantId ?? "" } } }))?.quantity ?? 0;

/** Two products stocked at the source store (a: 10, b: 5) and a at the destination (2). */
async function stocked() {
  const a = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 10 }, { storeId: s1(), quantity: 2 }]);
  const b = await posProduct(app, tenant.id, {}, [{ storeId: s0(), quantity: 5 }]);
  return { a, b };
}

const create = (user: PosUserFixture, lines: { productId: string; variantId?: string; quantity: number }[], over: Record<string, unknown> = {}) =>
  user.api.post(`/v1/inventory/transfers`, { fromStoreId: s0(), toStoreId: s1(), lines, notes: "restock", ...over });

describe("POST /v1/inventory/transfers", () => {
  test("creates a PENDING transfer with a number and its lines; no stock moves", async () => {
    const { a, b } = await stocked();
    const res = await create(manager, [{ productId: a.id, quantity: 4 }, { productId: b.id, quantity: 5 }]);
    expect(res.status).toBe(201);
    const t = res.body.data;
    expect(t).toMatchObject({
      status: "PENDING", fromStore: { id: s0(), name: "MAIN store" }, toStore: { id: s1(), name: "SECOND store" }, notes: "restock",
      createdBy: { id: manager.id, name: manager.name }, lineCount: 2, totalQuantity: 9, shippedAt: null, receivedAt: null, cancelledAt: null,
    });
    expect(t.number).toMatch(/^TR-\d{6}$/);
    expect(t.lines).toEqual(expect.arrayContaining([
      expect.objectContaining({ product: { id: a.id, name: a.name, sku: a.sku }, variant: null, quantity: 4 }),
      expect.objectContaining({ product: { id: b.id, name: b.name, sku: b.sku }, variant: null, quantity: 5 }),
    ]));
    expect(await level(s0(), a.id)).toBe(10);
    expect(await app.services.db.posAuditLog.count({ where: { action: "transfer.create", entityId: t.id } })).toBe(1);
    const next = await create(manager, [{ productId: a.id, quantity: 1 }]);
    expect(Number(next.body.data.number.slice(3))).toBe(Number(t.number.slice(3)) + 1);
  });

  test("variants are transferred as their own lines", async () => {
    const p = await posProduct(app, tenant.id);
    const v = await app.services.db.posVariant.create({ data: { tenantId: tenant.id, productId: p.id, name: "Red", sku: `${p.sku}-R` } });
    const res = await create(admin, [{ productId: p.id, variantId: v.id, quantity: 1 }]);
    expect(res.status).toBe(201);
    expect(res.body.data.lines[0]).toMatchObject({ product: { id: p.id }, variant: { id: v.id, name: "Red", sku: v.sku }, quantity: 1 });
  });

  test("400: same store, no lines, over 200 lines, quantity 0, duplicate lines", async () => {
    const { a, b } = await stocked();
    const same = await create(admin, [{ productId: a.id, quantity: 1 }], { toStoreId: s0() });
    expect(same.status).toBe(400);
    expect(same.body.error.details).toEqual([expect.objectContaining({ path: "toStoreId" })]);
    expect((await create(admin, [])).status).toBe(400);
    expect((await create(admin, Array.from({ length: 201 }, () => ({ productId: a.id, quantity: 1 })))).status).toBe(400);
    const zero = await create(admin, [{ productId: a.id, quantity: 0 }]);
    expect(zero.status).toBe(400);
    expect(zero.body.error.details).toEqual([expect.objectContaining({ path: "lines.0.quantity" })]);
    const dup = await create(admin, [{ productId: a.id, quantity: 1 }, { productId: b.id, quantity: 1 }, { productId: a.id, quantity: 2 }]);
    expect(dup.status).toBe(400);
    expect(dup.body.error.details).toEqual([expect.objectContaining({ path: "lines.2.productId" })]);
    expect((await admin.api.post(`/v1/inventory/transfers`, { toStoreId: s1(), lines: [{ productId: a.id, quantity: 1 }] })).status).toBe(400);
  });

  test("404 for another tenant's store or product; 403 cashier; 401 anonymous", async () => {
    const { a } = await stocked();
    const theirs = await posProduct(app, other.id);
    expect((await create(admin, [{ productId: a.id, quantity: 1 }], { toStoreId: other.stores[0].id })).status).toBe(404);
    expect((await create(admin, [{ productId: theirs.id, quantity: 1 }])).status).toBe(404);
    expect((await otherAdmin.api.post(`/v1/inventory/transfers`, { fromStoreId: s0(), toStoreId: s1(), lines: [{ productId: a.id, quantity: 1 }] })).status).toBe(404);
    expect((await create(cashier, [{ productId: a.id, quantity: 1 }])).status).toBe(403);
    expect((await posAnon(app).post(`/v1/inventory/transfers`, { body: { fromStoreId: s0(), toStoreId: s1(), lines: [] } })).status).toBe(401);
    expect(await app.services.db.posTransfer.count({ where: { tenantId: tenant.id, lines: { some: { productId: a.id } } } })).toBe(0);
  });
});

describe("transfer lifecycle", () => {
  test("ship takes stock out of the source, receive brings it into the destination", async () => {
    const { a, b } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 4 }, { productId: b.id, quantity: 5 }])).body.data;

    const shipped = await manager.api.post(`/v1/inventory/transfers/${t.id}/ship`);
    expect(shipped.status).toBe(200);
    expect(shipped.body.data).toMatchObject({ id: t.id, status: "IN_TRANSIT", receivedAt: null });
    expect(shipped.body.data.shippedAt).toMatch(/Z$/);
    expect([await level(s0(), a.id), await level(s0(), b.id)]).toEqual([6, 0]);
    expect([await level(s1(), a.id), await level(s1(), b.id)]).toEqual([2, 0]);
    const out = await admin.api.get(`/v1/inventory/movements?productId=${a.id}&type=TRANSFER_OUT`);
    expect(out.body.data).toEqual([expect.objectContaining({
      change: -4, quantityAfter: 6, referenceType: "transfer", referenceId: t.id, store: { id: s0(), name: "MAIN store" }, user: { id: manager.id, name: manager.name },
    })]);

    const received = await admin.api.post(`/v1/inventory/transfers/${t.id}/receive`);
    expect(received.status).toBe(200);
    expect(received.body.data.status).toBe("COMPLETED");
    expect(received.body.data.receivedAt).toMatch(/Z$/);
    expect([await level(s0(), a.id), await level(s0(), b.id)]).toEqual([6, 0]);
    expect([await level(s1(), a.id), await level(s1(), b.id)]).toEqual([6, 5]);
    const inn = await admin.api.get(`/v1/inventory/movements?productId=${b.id}&type=TRANSFER_IN`);
    expect(inn.body.data).toEqual([expect.objectContaining({ change: 5, quantityAfter: 5, referenceId: t.id, store: { id: s1(), name: "SECOND store" } })]);

    const audits = await app.services.db.posAuditLog.findMany({ where: { entityId: t.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((x) => x.action)).toEqual(["transfer.create", "transfer.ship", "transfer.receive"]);

    // a completed transfer moves no further
    for (const action of ["ship", "receive", "cancel"]) {
      const res = await admin.api.post(`/v1/inventory/transfers/${t.id}/${action}`);
      expect(res.status, action).toBe(422);
      expect(res.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { code: "INVALID_TRANSITION", status: "COMPLETED", action } });
    }
    expect([await level(s0(), a.id), await level(s1(), a.id)]).toEqual([6, 6]);
  });

  test("a pending transfer cannot be received; cancelling it moves nothing", async () => {
    const { a } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 3 }])).body.data;
    expect((await admin.api.post(`/v1/inventory/transfers/${t.id}/receive`)).status).toBe(422);
    const cancelled = await admin.api.post(`/v1/inventory/transfers/${t.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: "CANCELLED", shippedAt: null });
    expect(cancelled.body.data.cancelledAt).toMatch(/Z$/);
    expect([await level(s0(), a.id), await level(s1(), a.id)]).toEqual([10, 2]);
    expect(await app.services.db.posStockMovement.count({ where: { referenceId: t.id } })).toBe(0);
    for (const action of ["ship", "receive", "cancel"]) expect((await admin.api.post(`/v1/inventory/transfers/${t.id}/${action}`)).status).toBe(422);
  });

  test("cancelling an in-transit transfer returns the stock to the source", async () => {
    const { a, b } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 7 }, { productId: b.id, quantity: 1 }])).body.data;
    expect((await admin.api.post(`/v1/inventory/transfers/${t.id}/ship`)).status).toBe(200);
    expect([await level(s0(), a.id), await level(s0(), b.id)]).toEqual([3, 4]);
    const cancelled = await admin.api.post(`/v1/inventory/transfers/${t.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.status).toBe("CANCELLED");
    expect([await level(s0(), a.id), await level(s0(), b.id)]).toEqual([10, 5]);
    expect([await level(s1(), a.id), await level(s1(), b.id)]).toEqual([2, 0]);
    const back = await app.services.db.posStockMovement.findMany({ where: { referenceId: t.id, type: "TRANSFER_IN" } });
    expect(back).toHaveLength(2);
    for (const m of back) expect(m).toMatchObject({ storeId: s0(), reason: "transfer cancelled" });
    expect((await admin.api.post(`/v1/inventory/transfers/${t.id}/receive`)).status).toBe(422);
  });

  test("a short line refuses the whole shipment (422) and moves nothing", async () => {
    const { a, b } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 4 }, { productId: b.id, quantity: 6 }])).body.data;
    const res = await admin.api.post(`/v1/inventory/transfers/${t.id}/ship`);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toMatchObject({ code: "INSUFFICIENT_STOCK", productId: b.id, available: 5, requested: 6 });
    expect([await level(s0(), a.id), await level(s0(), b.id)]).toEqual([10, 5]);
    expect((await admin.api.get(`/v1/inventory/transfers/${t.id}`)).body.data.status).toBe("PENDING");
    expect(await app.services.db.posStockMovement.count({ where: { referenceId: t.id } })).toBe(0);
  });

  test("concurrent ships move the stock once", async () => {
    const { a } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 3 }])).body.data;
    const results = await Promise.all(Array.from({ length: 5 }, () => admin.api.post(`/v1/inventory/transfers/${t.id}/ship`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422, 422, 422]);
    expect(await level(s0(), a.id)).toBe(7);
    const receives = await Promise.all(Array.from({ length: 3 }, () => admin.api.post(`/v1/inventory/transfers/${t.id}/receive`)));
    expect(receives.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    expect(await level(s1(), a.id)).toBe(5);
    expect(await app.services.db.posStockMovement.count({ where: { referenceId: t.id } })).toBe(2);
  });

  test("200 lines ship and receive in one go", async () => {
    const skus = Array.from({ length: 200 }, (_, i) => `BULK-${Date.now()}-${i}`);
    await app.services.db.posProduct.createMany({ data: skus.map((sku) => ({ tenantId: tenant.id, name: sku, sku, price: 100 })) });
    const products = await app.services.db.posProduct.findMany({ where: { tenantId: tenant.id, sku: { in: skus } }, select: { id: true } });
    await app.services.db.posStock.createMany({ data: products.map((p) => ({ tenantId: tenant.id, storeId: s0(), productId: p.id, quantity: 3 })) });
    const t = await create(admin, products.map((p) => ({ productId: p.id, quantity: 2 })));
    expect(t.status).toBe(201);
    expect(t.body.data.lineCount).toBe(200);
    expect((await admin.api.post(`/v1/inventory/transfers/${t.body.data.id}/ship`)).status).toBe(200);
    expect((await admin.api.post(`/v1/inventory/transfers/${t.body.data.id}/receive`)).status).toBe(200);
    const levels = await app.services.db.posStock.groupBy({ by: ["storeId"], where: { productId: { in: products.map((p) => p.id) } }, _sum: { quantity: true } });
    expect(Object.fromEntries(levels.map((l) => [l.storeId, l._sum.quantity]))).toEqual({ [s0()]: 200, [s1()]: 400 });
  });

  test("transitions: 404 for another tenant's or a malformed id, 403 cashier, 401 anonymous", async () => {
    const { a } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 1 }])).body.data;
    for (const action of ["ship", "receive", "cancel"]) {
      expect((await otherAdmin.api.post(`/v1/inventory/transfers/${t.id}/${action}`)).status).toBe(404);
      expect((await cashier.api.post(`/v1/inventory/transfers/${t.id}/${action}`)).status).toBe(403);
      expect((await posAnon(app).post(`/v1/inventory/transfers/${t.id}/${action}`)).status).toBe(401);
    }
    expect((await admin.api.post(`/v1/inventory/transfers/nope/ship`)).status).toBe(404);
    expect((await admin.api.post(`/v1/inventory/transfers/00000000-0000-4000-8000-000000000000/ship`)).status).toBe(404);
    expect((await admin.api.get(`/v1/inventory/transfers/${t.id}`)).body.data.status).toBe("PENDING");
  });
});

describe("GET /v1/inventory/transfers and /transfers/:id", () => {
  test("lists newest first with filters by status and store (either end); detail with lines", async () => {
    const own = await posTenant(app);
    const ownAdmin = await posUser(app, "ADMIN", own.id);
    const third = await app.services.db.posStore.create({ data: { tenantId: own.id, name: "THIRD store", code: "THIRD" } });
    const p = await posProduct(app, own.id, {}, [{ storeId: own.stores[0].id, quantity: 50 }, { storeId: own.stores[1].id, quantity: 50 }]);
    const mk = (from: string, to: string) => ownAdmin.api.post(`/v1/inventory/transfers`, { fromStoreId: from, toStoreId: to, lines: [{ productId: p.id, quantity: 1 }] });
    const t1 = (await mk(own.stores[0].id, own.stores[1].id)).body.data;
    const t2 = (await mk(own.stores[1].id, third.id)).body.data;
    const t3 = (await mk(own.stores[0].id, third.id)).body.data;
    await ownAdmin.api.post(`/v1/inventory/transfers/${t2.id}/ship`);

    const all = await ownAdmin.api.get(`/v1/inventory/transfers`);
    expect(all.status).toBe(200);
    expect(all.body.meta).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect(all.body.data.map((t: any) => t.number)).toEqual([t3.number, t2.number, t1.number]);
    expect(all.body.data[1]).toMatchObject({ status: "IN_TRANSIT", fromStore: { id: own.stores[1].id }, toStore: { id: third.id, name: "THIRD store" }, lineCount: 1, totalQuantity: 1 });
    expect(all.body.data[0].lines).toBeUndefined();
    expect((await ownAdmin.api.get(`/v1/inventory/transfers?status=IN_TRANSIT`)).body.data.map((t: any) => t.id)).toEqual([t2.id]);
    expect((await ownAdmin.api.get(`/v1/inventory/transfers?storeId=${third.id}`)).body.data.map((t: any) => t.id)).toEqual([t3.id, t2.id]);
    expect((await ownAdmin.api.get(`/v1/inventory/transfers?storeId=${own.stores[1].id}`)).body.data.map((t: any) => t.id)).toEqual([t2.id, t1.id]);
    expect((await ownAdmin.api.get(`/v1/inventory/transfers?limit=2&page=2`)).body.data.map((t: any) => t.id)).toEqual([t1.id]);
    expect((await ownAdmin.api.get(`/v1/inventory/transfers?status=LOST`)).status).toBe(400);

    const detail = await ownAdmin.api.get(`/v1/inventory/transfers/${t1.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({ id: t1.id, number: t1.number, status: "PENDING", lines: [{ product: { id: p.id, name: p.name, sku: p.sku }, quantity: 1 }] });

    expect((await otherAdmin.api.get(`/v1/inventory/transfers/${t1.id}`)).status).toBe(404);
    expect((await otherAdmin.api.get(`/v1/inventory/transfers`)).body.data.map((t: any) => t.id)).not.toContain(t1.id);
    expect((await ownAdmin.api.get(`/v1/inventory/transfers/not-an-id`)).status).toBe(404);
    expect((await posAnon(app).get(`/v1/inventory/transfers`)).status).toBe(401);
    expect((await posAnon(app).get(`/v1/inventory/transfers/${t1.id}`)).status).toBe(401);
  });

  test("cashiers read transfers; one bound to a store only those of its store", async () => {
    const { a } = await stocked();
    const t = (await create(admin, [{ productId: a.id, quantity: 1 }])).body.data;
    expect((await cashier.api.get(`/v1/inventory/transfers/${t.id}`)).status).toBe(200);
    expect((await boundCashier.api.get(`/v1/inventory/transfers/${t.id}`)).status).toBe(200);
    expect((await boundCashier.api.get(`/v1/inventory/transfers?storeId=${s1()}`)).status).toBe(403);
    const elsewhere = await app.services.db.posStore.create({ data: { tenantId: tenant.id, name: "Elsewhere", code: `E${Date.now()}` } });
    const u = (await create(admin, [{ productId: a.id, quantity: 1 }], { fromStoreId: s1(), toStoreId: elsewhere.id })).body.data;
    expect((await boundCashier.api.get(`/v1/inventory/transfers/${u.id}`)).status).toBe(403);
    expect((await boundCashier.api.get(`/v1/inventory/transfers?limit=100`)).body.data.map((x: any) => x.id)).not.toContain(u.id);
  });
});

describe("GraphQL", () => {
  test("createPosTransfer and shipPosTransfer on /graphql", async () => {
    const { a } = await stocked();
    const created = await gql(app.url, `mutation($input: CreatePosTransferInput!) { createPosTransfer(input: $input) { id status lines { quantity product { sku } } } }`,
      { input: { fromStoreId: s0(), toStoreId: s1(), lines: [{ productId: a.id, quantity: 2 }] } }, admin.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createPosTransfer).toMatchObject({ status: "PENDING", lines: [{ quantity: 2, product: { sku: a.sku } }] });
    const shipped = await gql(app.url, `mutation($id: String!) { shipPosTransfer(id: $id) { status } }`, { id: created.data.createPosTransfer.id }, admin.token);
    expect(shipped.data.shipPosTransfer.status).toBe("IN_TRANSIT");
    expect(await level(s0(), a.id)).toBe(8);
  });
});
