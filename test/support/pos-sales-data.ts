import { expect } from "vitest";
import type { TestApp } from "./test-app.ts";
import { posCustomer, posProduct, posTenant, posUser } from "./pos-factory.ts";

/** A tenant (settings given) with an ADMIN, a MANAGER, a CASHIER bound to stores[0], and a second tenant's ADMIN. */
export async function salesWorld(app: TestApp, settings: Record<string, unknown> = {}) {
  const tenant = await posTenant(app, settings);
  const [admin, manager, cashier, otherTenant, superAdmin] = await Promise.all([
    posUser(app, "ADMIN", tenant.id),
    posUser(app, "MANAGER", tenant.id),
    posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id }),
    posTenant(app),
    posUser(app, "SUPER_ADMIN", null),
  ]);
  const stranger = await posUser(app, "ADMIN", otherTenant.id);
  const store = tenant.stores[0];
  const product = (fields: Record<string, unknown> = {}, quantity = 100) =>
    posProduct(app, tenant.id, fields, quantity === null ? [] : [{ storeId: store.id, quantity }]);
  const customer = (fields: Record<string, unknown> = {}) => posCustomer(app, tenant.id, fields);
  const stockOf = async (productId: string, storeId = store.id) =>
    (await app.services.db.posStock.findFirst({ where: { storeId, productId, variantKey: "" } }))?.quantity ?? null;
  const customerRow = (id: string) => app.services.db.posCustomer.findUniqueOrThrow({ where: { id } });
  return { tenant, store, admin, manager, cashier, stranger, superAdmin, otherTenant, product, customer, stockOf, customerRow };
}
export type SalesWorld = Awaited<ReturnType<typeof salesWorld>>;

type Api = { post: (p: string, body?: unknown) => Promise<{ status: number; body: any; text: string }> };

/** A checkout that must succeed (201): returns the sale. */
export async function sell(user: { api: Api }, body: Record<string, unknown>) {
  const res = await user.api.post("/v1/sales/checkout", body);
  expect(res.status, res.text).toBe(201);
  expect(res.body.success).toBe(true);
  return res.body.data;
}

/** The 422 of a refused business rule, with its specific code in error.details.code. */
export function expect422(res: { status: number; body: any; text: string }, code?: string) {
  expect(res.status, res.text).toBe(422);
  expect(res.body.success).toBe(false);
  expect(res.body.error.code).toBe("UNPROCESSABLE");
  if (code) expect(res.body.error.details?.code).toBe(code);
}

export { sseSubscribe } from "./sse.ts";
