import { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";
import { andStore, divRound, int, periodOf, periodView, storeFilter, ts, within, type GroupBy, type Period } from "./period.ts";

export type PeriodArgs = { from?: string | null; to?: string | null; storeId?: string | null };
type Db = Context["db"];

/** Sales that count: everything but voided ones (those are reported as `voidedCount`). */
export const keptSales = (tenantId: string, period: Period, storeId: string | null) => ({
  tenantId, createdAt: within(period), status: { not: "VOIDED" as const }, ...(storeId ? { storeId } : {}),
});

/** The SQL twin of keptSales over `pos_sales s`. */
export const keptSalesSql = (tenantId: string, period: Period, storeId: string | null) => Prisma.sql`
  s."tenantId" = ${tenantId}::uuid AND s.status <> 'VOIDED'
  AND s."createdAt" >= ${ts(period.from)}::timestamp AND s."createdAt" < ${ts(period.end)}::timestamp
  ${andStore(Prisma.sql`s."storeId"`, storeId)}`;

export type TopProduct = { productId: string; name: string; quantity: number; revenue: number };

/** Best sellers by units sold (then revenue) among the period's kept sales; names as the catalog has them now. */
export async function topProducts(db: Db, tenantId: string, period: Period, storeId: string | null, limit: number): Promise<TopProduct[]> {
  const rows = await db.$queryRaw<{ productId: string; name: string | null; lineName: string; quantity: bigint; revenue: bigint }[]>`
    SELECT l."productId", p.name, MAX(l.name) AS "lineName", SUM(l.quantity)::bigint AS quantity, SUM(l."lineTotal")::bigint AS revenue
    FROM pos_sale_lines l
    JOIN pos_sales s ON s.id = l."saleId"
    LEFT JOIN pos_products p ON p.id = l."productId"
    WHERE ${keptSalesSql(tenantId, period, storeId)}
    GROUP BY l."productId", p.name
    ORDER BY quantity DESC, revenue DESC, l."productId"
    LIMIT ${limit}`;
  return rows.map((r) => ({ productId: r.productId, name: r.name ?? r.lineName, quantity: int(r.quantity), revenue: int(r.revenue) }));
}

export async function salesReport(ctx: Context, args: PeriodArgs & { groupBy?: GroupBy | null }) {
  const tenantId = tenantIdOf(ctx);
  const period = periodOf(args);
  const storeId = await storeFilter(ctx, tenantId, args.storeId);
  const unit: GroupBy = args.groupBy ?? "day";
  const kept = keptSales(tenantId, period, storeId);
  const [agg, voidedCount, series, methods, top] = await Promise.all([
    ctx.db.posSale.aggregate({
      where: kept, _count: { _all: true },
      _sum: { subtotal: true, discountTotal: true, taxTotal: true, total: true, refundedTotal: true },
    }),
    ctx.db.posSale.count({ where: { ...kept, status: "VOIDED" } }),
    // one row per bucket of the period, empty buckets included (a chart needs them)
    ctx.db.$queryRaw<{ date: string; salesCount: number; netSales: bigint }[]>`
      WITH buckets AS (
        SELECT generate_series(date_trunc(${unit}, ${ts(period.from)}::timestamp), date_trunc(${unit}, ${ts(new Date(period.end.getTime() - 1))}::timestamp), ('1 ' || ${unit})::interval) AS b
      ), agg AS (
        SELECT date_trunc(${unit}, s."createdAt") AS b, COUNT(*)::int AS n, SUM(s.total)::bigint AS net
        FROM pos_sales s WHERE ${keptSalesSql(tenantId, period, storeId)}
        GROUP BY 1
      )
      SELECT to_char(buckets.b, 'YYYY-MM-DD') AS date, COALESCE(agg.n, 0)::int AS "salesCount", COALESCE(agg.net, 0)::bigint AS "netSales"
      FROM buckets LEFT JOIN agg ON agg.b = buckets.b
      ORDER BY buckets.b`,
    ctx.db.posPayment.groupBy({
      by: ["method"], where: { tenantId, kind: "SALE", sale: { is: kept } }, _sum: { amount: true }, orderBy: { method: "asc" },
    }),
    topProducts(ctx.db, tenantId, period, storeId, 10),
  ]);
  const salesCount = agg._count._all;
  const netSales = agg._sum.total ?? 0;
  return {
    period: periodView(period),
    groupBy: unit,
    totals: {
      salesCount,
      grossSales: agg._sum.subtotal ?? 0,
      discounts: agg._sum.discountTotal ?? 0,
      tax: agg._sum.taxTotal ?? 0,
      netSales,
      refunds: agg._sum.refundedTotal ?? 0,
      averageBasket: divRound(netSales, salesCount),
    },
    voidedCount,
    byDay: series.map((r) => ({ date: r.date, salesCount: r.salesCount, netSales: int(r.netSales) })),
    byPaymentMethod: methods.map((m) => ({ method: m.method as string, amount: m._sum.amount ?? 0 })).sort((a, b) => b.amount - a.amount || a.method.localeCompare(b.method)),
    topProducts: top,
  };
}

/** Percent with 2 decimals, half away from zero (0 when the base is 0). */
export const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.sign(part * whole) * Math.round(Math.abs(part * 10_000 / whole)) / 100;

const utcDayStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export async function profitReport(ctx: Context, args: PeriodArgs) {
  const tenantId = tenantIdOf(ctx);
  const period = periodOf(args);
  const storeId = await storeFilter(ctx, tenantId, args.storeId);
  const [agg, [cogs], expenses] = await Promise.all([
    ctx.db.posSale.aggregate({ where: keptSales(tenantId, period, storeId), _sum: { total: true, taxTotal: true, refundedTotal: true } }),
    ctx.db.$queryRaw<{ cost: bigint }[]>`
      SELECT COALESCE(SUM((l.quantity - l."returnedQuantity")::bigint * l."unitCost"), 0)::bigint AS cost
      FROM pos_sale_lines l JOIN pos_sales s ON s.id = l."saleId"
      WHERE ${keptSalesSql(tenantId, period, storeId)}`,
    // expenses are dated by day (a DATE column, compared as dates): every day the period touches counts
    ctx.db.posExpense.groupBy({
      by: ["categoryId"],
      where: { tenantId, date: { gte: utcDayStart(period.from), lt: new Date(utcDayStart(new Date(period.end.getTime() - 1)).getTime() + 86_400_000) }, ...(storeId ? { storeId } : {}) },
      _sum: { amount: true }, _count: { _all: true },
    }),
  ]);
  const categories = expenses.length
    ? await ctx.db.posExpenseCategory.findMany({ where: { tenantId, id: { in: expenses.map((e) => e.categoryId) } }, select: { id: true, name: true } })
    : [];
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const byCategory = expenses
    .map((e) => ({ categoryId: e.categoryId, name: names.get(e.categoryId) ?? "", count: e._count._all, amount: e._sum.amount ?? 0 }))
    .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));
  const revenue = (agg._sum.total ?? 0) - (agg._sum.taxTotal ?? 0) - (agg._sum.refundedTotal ?? 0);
  const costOfGoods = int(cogs?.cost);
  const grossProfit = revenue - costOfGoods;
  const expensesTotal = byCategory.reduce((s, e) => s + e.amount, 0);
  return {
    period: periodView(period),
    revenue, costOfGoods, grossProfit, grossMargin: percent(grossProfit, revenue),
    expenses: { total: expensesTotal, byCategory },
    netProfit: grossProfit - expensesTotal,
  };
}

export async function stockReport(ctx: Context, args: { storeId?: string | null }) {
  const tenantId = tenantIdOf(ctx);
  const storeId = await storeFilter(ctx, tenantId, args.storeId);
  const rows = await ctx.db.$queryRaw<{
    storeId: string; name: string; code: string; itemsCount: number; units: bigint; costValue: bigint; retailValue: bigint; lowStockCount: number; negativeCount: number;
  }[]>`
    WITH r AS (
      SELECT st."storeId", st.quantity, st."lowStockThreshold", GREATEST(st.quantity, 0)::bigint AS q,
        COALESCE(v.cost, p.cost) AS cost, COALESCE(v.price, p.price) AS price
      FROM pos_stock st
      JOIN pos_products p ON p.id = st."productId" AND p."deletedAt" IS NULL AND p."trackStock"
      LEFT JOIN pos_variants v ON v.id = st."variantId"
      WHERE st."tenantId" = ${tenantId}::uuid AND (st."variantId" IS NULL OR v."deletedAt" IS NULL)
    )
    SELECT s.id AS "storeId", s.name, s.code,
      COUNT(r."storeId")::int AS "itemsCount",
      COALESCE(SUM(r.q), 0)::bigint AS units,
      COALESCE(SUM(r.q * r.cost), 0)::bigint AS "costValue",
      COALESCE(SUM(r.q * r.price), 0)::bigint AS "retailValue",
      COUNT(*) FILTER (WHERE r."lowStockThreshold" > 0 AND r.quantity <= r."lowStockThreshold")::int AS "lowStockCount",
      COUNT(*) FILTER (WHERE r.quantity < 0)::int AS "negativeCount"
    FROM pos_stores s LEFT JOIN r ON r."storeId" = s.id
    WHERE s."tenantId" = ${tenantId}::uuid AND s."deletedAt" IS NULL ${andStore(Prisma.sql`s.id`, storeId)}
    GROUP BY s.id, s.name, s.code
    ORDER BY s.name, s.id`;
  const byStore = rows.map((r) => ({
    store: { id: r.storeId, name: r.name, code: r.code },
    itemsCount: r.itemsCount, units: int(r.units), costValue: int(r.costValue), retailValue: int(r.retailValue),
    lowStockCount: r.lowStockCount, negativeCount: r.negativeCount,
  }));
  const sum = (k: "itemsCount" | "units" | "costValue" | "retailValue" | "lowStockCount" | "negativeCount") => byStore.reduce((s, r) => s + r[k], 0);
  return {
    generatedAt: new Date(),
    byStore,
    totals: { itemsCount: sum("itemsCount"), units: sum("units"), costValue: sum("costValue"), retailValue: sum("retailValue"), lowStockCount: sum("lowStockCount"), negativeCount: sum("negativeCount") },
    lowStockCount: sum("lowStockCount"),
  };
}

export async function cashierReport(ctx: Context, args: PeriodArgs) {
  const tenantId = tenantIdOf(ctx);
  const period = periodOf(args);
  const storeId = await storeFilter(ctx, tenantId, args.storeId);
  const rows = await ctx.db.$queryRaw<{
    id: string; name: string | null; email: string | null; salesCount: number; netSales: bigint; voidsCount: number; returnsAmount: bigint; itemsSold: bigint;
  }[]>`
    WITH s AS (
      SELECT s.id, s."cashierId", s.status, s.total, s."refundedTotal" FROM pos_sales s
      WHERE s."tenantId" = ${tenantId}::uuid
        AND s."createdAt" >= ${ts(period.from)}::timestamp AND s."createdAt" < ${ts(period.end)}::timestamp
        ${andStore(Prisma.sql`s."storeId"`, storeId)}
    ), items AS (
      SELECT s."cashierId", SUM(l.quantity)::bigint AS n FROM pos_sale_lines l JOIN s ON s.id = l."saleId"
      WHERE s.status <> 'VOIDED' GROUP BY s."cashierId"
    )
    SELECT s."cashierId" AS id, u.name, u.email,
      COUNT(*) FILTER (WHERE s.status <> 'VOIDED')::int AS "salesCount",
      COALESCE(SUM(s.total) FILTER (WHERE s.status <> 'VOIDED'), 0)::bigint AS "netSales",
      COUNT(*) FILTER (WHERE s.status = 'VOIDED')::int AS "voidsCount",
      COALESCE(SUM(s."refundedTotal") FILTER (WHERE s.status <> 'VOIDED'), 0)::bigint AS "returnsAmount",
      COALESCE(MAX(items.n), 0)::bigint AS "itemsSold"
    FROM s LEFT JOIN pos_users u ON u.id = s."cashierId" LEFT JOIN items ON items."cashierId" = s."cashierId"
    GROUP BY s."cashierId", u.name, u.email
    ORDER BY "netSales" DESC, u.name, s."cashierId"`;
  return {
    period: periodView(period),
    cashiers: rows.map((r) => {
      const netSales = int(r.netSales);
      return {
        cashier: { id: r.id, name: r.name ?? "", email: r.email },
        salesCount: r.salesCount, netSales, averageBasket: divRound(netSales, r.salesCount),
        voidsCount: r.voidsCount, returnsAmount: int(r.returnsAmount), itemsSold: int(r.itemsSold),
      };
    }),
  };
}
