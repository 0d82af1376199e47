import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";

/** A supplier inserted directly (suppliers CRUD is another area); balance in cents. */
export async function posSupplier(app: TestApp, tenantId: string, fields: Record<string, unknown> = {}) {
  return app.services.db.posSupplier.create({ data: { tenantId, name: unique("Supplier"), ...fields } });
}

/** A product's stock per store (0 when it has no row), and its total over the tenant's stores. */
export async function stockOf(app: TestApp, productId: string, storeId: string, variantId: string | null = null) {
  const row = await app.services.db.posStock.findFirst({ where: { productId, storeId, variantKey: variantId ?? "" } });
  return row?.quantity ?? 0;
}
