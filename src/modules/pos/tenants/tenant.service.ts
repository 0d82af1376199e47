import { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { assertValid } from "../../../kernel/validation.ts";
import { invalid, notFound } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { settingsOf, TenantSettingsModel, type TenantSettings } from "../shared/settings.ts";
import { tenantIdOf } from "../shared/tenancy.ts";
import { keptSales, keptSalesSql, topProducts } from "../reports/report.service.ts";
import { int, type Period } from "../reports/period.ts";

const PROFILE = { id: true, name: true, slug: true, email: true, phone: true, address: true, isActive: true, createdAt: true } as const;

export async function tenantProfile(ctx: Context) {
  const tenantId = tenantIdOf(ctx);
  const [tenant, storesCount, usersCount] = await Promise.all([
    ctx.db.posTenant.findUnique({ where: { id: tenantId }, select: PROFILE }),
    ctx.db.posStore.count({ where: { tenantId, deletedAt: null } }),
    ctx.db.posUser.count({ where: { tenantId, deletedAt: null } }),
  ]);
  if (!tenant) throw notFound("Tenant");
  return { ...tenant, storesCount, usersCount };
}

export type TenantInput = { name?: string | null; slug?: string | null; email?: string | null; phone?: string | null; address?: string | null };

/** Name and contact details; the slug names the tenant in URLs and logins and never changes (400 when a different one is sent). */
export async function updateTenant(ctx: Context, input: TenantInput) {
  const tenantId = tenantIdOf(ctx);
  await ctx.db.$transaction(async (tx) => {
    const before = await tx.posTenant.findUnique({ where: { id: tenantId }, select: PROFILE });
    if (!before) throw notFound("Tenant");
    if (input.slug !== undefined && input.slug !== null && input.slug !== before.slug) {
      throw invalid("Validation failed", { fields: [{ path: "slug", message: "the slug cannot be changed" }] });
    }
    const data: Prisma.PosTenantUpdateInput = {};
    if (input.name !== undefined && input.name !== null) data.name = input.name;
    for (const k of ["email", "phone", "address"] as const) if (input[k] !== undefined) data[k] = input[k] === "" ? null : input[k];
    const after = await tx.posTenant.update({ where: { id: tenantId }, data, select: PROFILE });
    await audit(tx, ctx, { action: "tenant.update", entityType: "PosTenant", entityId: tenantId, before, after });
  });
  return tenantProfile(ctx);
}

export async function tenantSettings(ctx: Context): Promise<TenantSettings> {
  const tenant = await ctx.db.posTenant.findUnique({ where: { id: tenantIdOf(ctx) }, select: { settings: true } });
  if (!tenant) throw notFound("Tenant");
  return settingsOf(tenant.settings);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** `patch` over `base`, objects merged key by key; an explicit null removes the key (its default applies again). */
export function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else if (isObject(v) && isObject(out[k])) out[k] = deepMerge(out[k] as Record<string, unknown>, v);
    else out[k] = v;
  }
  return out;
}

/**
 * Deep-merges a partial settings object over the current settings, validates the result as a whole (400 with
 * details naming each bad path) and stores it, under a row lock so concurrent partial updates never lose one another.
 */
export async function updateTenantSettings(ctx: Context, patch: Record<string, unknown>): Promise<TenantSettings> {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ settings: unknown }[]>`SELECT settings FROM pos_tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
    if (!row) throw notFound("Tenant");
    const before = settingsOf(row.settings);
    const merged = deepMerge(before as unknown as Record<string, unknown>, patch);
    assertValid(TenantSettingsModel, merged);
    const after = TenantSettingsModel.parse(merged);
    await tx.posTenant.update({ where: { id: tenantId }, data: { settings: after as unknown as Prisma.InputJsonValue } });
    await audit(tx, ctx, { action: "tenant.settings.update", entityType: "PosTenant", entityId: tenantId, before, after });
    return after;
  });
}

const DAY = 86_400_000;

/** Today's and this month's figures (UTC calendar), all aggregated in the database. */
export async function tenantDashboard(ctx: Context) {
  const tenantId = tenantIdOf(ctx);
  const now = new Date();
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const today: Period = { from: dayStart, end: new Date(dayStart.getTime() + DAY) };
  const month: Period = { from: monthStart, end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)) };
  const salesOf = (p: Period) => ctx.db.posSale.aggregate({ where: keptSales(tenantId, p, null), _count: { _all: true }, _sum: { total: true } });
  const customersSince = (d: Date) => ctx.db.posCustomer.count({ where: { tenantId, deletedAt: null, createdAt: { gte: d } } });
  const [daySales, monthSales, customersCount, newToday, newThisMonth, [low], pendingTransfers, top, byStore] = await Promise.all([
    salesOf(today), salesOf(month),
    ctx.db.posCustomer.count({ where: { tenantId, deletedAt: null } }),
    customersSince(dayStart), customersSince(monthStart),
    ctx.db.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS n FROM pos_stock st
      JOIN pos_products p ON p.id = st."productId" AND p."deletedAt" IS NULL AND p."trackStock"
      JOIN pos_stores s ON s.id = st."storeId" AND s."deletedAt" IS NULL
      LEFT JOIN pos_variants v ON v.id = st."variantId"
      WHERE st."tenantId" = ${tenantId}::uuid AND (st."variantId" IS NULL OR v."deletedAt" IS NULL)
        AND st."lowStockThreshold" > 0 AND st.quantity <= st."lowStockThreshold"`,
    ctx.db.posTransfer.count({ where: { tenantId, status: { in: ["PENDING", "IN_TRANSIT"] } } }),
    topProducts(ctx.db, tenantId, today, null, 5),
    ctx.db.$queryRaw<{ id: string; name: string; code: string; salesCount: number; netSales: bigint }[]>`
      SELECT st.id, st.name, st.code, COUNT(s.id)::int AS "salesCount", COALESCE(SUM(s.total), 0)::bigint AS "netSales"
      FROM pos_stores st LEFT JOIN pos_sales s ON s."storeId" = st.id AND ${keptSalesSql(tenantId, today, null)}
      WHERE st."tenantId" = ${tenantId}::uuid AND st."deletedAt" IS NULL
      GROUP BY st.id, st.name, st.code
      ORDER BY "netSales" DESC, st.name, st.id`,
  ]);
  return {
    generatedAt: now,
    today: { salesCount: daySales._count._all, netSales: daySales._sum.total ?? 0, newCustomers: newToday },
    month: { salesCount: monthSales._count._all, netSales: monthSales._sum.total ?? 0, newCustomers: newThisMonth },
    customersCount,
    lowStockCount: low?.n ?? 0,
    pendingTransfers,
    topProductsToday: top,
    salesByStoreToday: byStore.map((r) => ({ store: { id: r.id, name: r.name, code: r.code }, salesCount: r.salesCount, netSales: int(r.netSales) })),
  };
}
