import type { Context } from "../../../kernel/context.ts";
import { forbidden, notFound } from "../../../kernel/errors.ts";
import { settingsOf, type TenantSettings } from "../shared/settings.ts";
import { tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";

export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** The tenant's settings merged over their defaults. */
export async function tenantSettings(ctx: Context, tenantId = tenantIdOf(ctx)): Promise<TenantSettings> {
  const tenant = await ctx.db.posTenant.findUnique({ where: { id: tenantId }, select: { settings: true } });
  return settingsOf(tenant?.settings);
}

/**
 * A store of the caller's tenant (404 otherwise) the caller may work in: a CASHIER bound to a store (`storeId` on the
 * account) acts in that store only (403).
 */
export async function workingStore(ctx: Context, rawStoreId: string) {
  const tenantId = tenantIdOf(ctx);
  const storeId = uuidOf(rawStoreId, "Store");
  const [store, user] = await Promise.all([
    ctx.db.posStore.findFirst({ where: { id: storeId, tenantId, deletedAt: null }, select: { id: true, name: true, isActive: true } }),
    ctx.db.posUser.findUnique({ where: { id: userIdOf(ctx) }, select: { role: true, storeId: true } }),
  ]);
  if (!store) throw notFound("Store");
  if (user?.role === "CASHIER" && user.storeId && user.storeId !== store.id) throw forbidden("Cashiers can only work in their own store");
  return store;
}

export const isManager = (ctx: Context) => ctx.principal?.role === "ADMIN" || ctx.principal?.role === "MANAGER";
