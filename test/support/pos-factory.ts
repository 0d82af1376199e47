import type { TestApp } from "./test-app.ts";
import { restClient } from "./http.ts";
import { unique } from "./unique.ts";
import { hashPassword } from "../../src/kernel/auth/password.ts";

export const POS_PASSWORD = "pos-pass-1234";
type Role = "SUPER_ADMIN" | "ADMIN" | "MANAGER" | "CASHIER";

/** A tenant with two stores, inserted directly. */
export async function posTenant(app: TestApp, settings: Record<string, unknown> = {}) {
  const slug = unique("t").toLowerCase().replace(/[^a-z0-9-]/g, "-");
  const tenant = await app.services.db.posTenant.create({ data: { name: `Tenant ${slug}`, slug, settings: settings as never } });
  const [main, second] = await Promise.all(["MAIN", "SECOND"].map((code) =>
    app.services.db.posStore.create({ data: { tenantId: tenant.id, name: `${code} store`, code } })));
  return { ...tenant, stores: [main!, second!] as const };
}

/**
 * A pos account (ADMIN/MANAGER/CASHIER of a tenant, or SUPER_ADMIN with no tenant) with a 15-minute access token and a
 * REST client under /pos/api: `user.api.get("/v1/products")`.
 */
export async function posUser(app: TestApp, role: Role, tenantId: string | null, fields: Record<string, unknown> = {}) {
  const email = `${unique(role.toLowerCase())}@example.com`.toLowerCase();
  const user = await app.services.db.posUser.create({
    data: { email, name: `Test ${role}`, role, tenantId: role === "SUPER_ADMIN" ? null : tenantId, passwordHash: await hashPassword(POS_PASSWORD), ...fields },
  });
  const token = await app.services.tokens.sign({ system: "pos", id: user.id, role, tenantId: user.tenantId ?? undefined, version: user.tokenVersion }, "15m");
  const api = restClient(`${app.url}/pos/api`);
  const as = {
    get: (p: string, opts: Parameters<typeof api.get>[1] = {}) => api.get(p, { token, ...opts }),
    post: (p: string, body?: unknown, opts: Parameters<typeof api.post>[1] = {}) => api.post(p, { token, body, ...opts }),
    put: (p: string, body?: unknown, opts: Parameters<typeof api.put>[1] = {}) => api.put(p, { token, body, ...opts }),
    patch: (p: string, body?: unknown, opts: Parameters<typeof api.patch>[1] = {}) => api.patch(p, { token, body, ...opts }),
    delete: (p: string, body?: unknown, opts: Parameters<typeof api.delete>[1] = {}) => api.delete(p, { token, body, ...opts }),
  };
  return { ...user, token, api: as };
}
export type PosUserFixture = Awaited<ReturnType<typeof posUser>>;

export const posAnon = (app: TestApp) => restClient(`${app.url}/pos/api`);

/** A product (cents) with optional stock in the given stores, inserted directly. */
export async function posProduct(app: TestApp, tenantId: string, fields: Record<string, unknown> = {}, stock: { storeId: string; quantity: number }[] = []) {
  const sku = unique("SKU").toUpperCase().replace(/[^A-Z0-9-]/g, "-");
  const product = await app.services.db.posProduct.create({ data: { tenantId, name: `Product ${sku}`, sku, price: 1000, cost: 600, ...fields } });
  for (const s of stock) {
    await app.services.db.posStock.create({ data: { tenantId, storeId: s.storeId, productId: product.id, quantity: s.quantity } });
  }
  return product;
}

export async function posCustomer(app: TestApp, tenantId: string, fields: Record<string, unknown> = {}) {
  return app.services.db.posCustomer.create({ data: { tenantId, name: unique("Customer"), phone: `+1555${Math.floor(Math.random() * 1e7)}`, ...fields } });
}
