import type { Context } from "../../../kernel/context.ts";
import type { DashboardStats } from "./dashboard.type.ts";

type Row<K extends string> = Record<K, number | bigint>;
const n = (v: number | bigint) => Number(v);

/**
 * Four aggregate statements (users, files, payment orders, payouts), one row each, whatever the data size.
 * Sums come back as bigint (paise can outgrow int4) and fit safely in a JS number.
 */
export async function dashboardStats(ctx: Context): Promise<DashboardStats> {
  const [[u], [f], [o], [p]] = await Promise.all([
    ctx.db.$queryRaw<[Row<"total" | "customers" | "shopkeepers" | "admins" | "open_shops" | "wallets">]>`
      SELECT COUNT(*)::int AS total,
        COUNT(*) FILTER (WHERE role = 'customer')::int AS customers,
        COUNT(*) FILTER (WHERE role = 'shopkeeper')::int AS shopkeepers,
        COUNT(*) FILTER (WHERE role = 'admin')::int AS admins,
        COUNT(*) FILTER (WHERE role = 'shopkeeper' AND "isOpen")::int AS open_shops,
        COALESCE(SUM("walletBalance"), 0)::bigint AS wallets
      FROM print_users`,
    ctx.db.$queryRaw<[Row<"total" | "uploaded" | "printing" | "downloaded" | "withdrawn" | "cancelled">]>`
      SELECT COUNT(*)::int AS total,
        COUNT(*) FILTER (WHERE status = 'uploaded')::int AS uploaded,
        COUNT(*) FILTER (WHERE status = 'printing')::int AS printing,
        COUNT(*) FILTER (WHERE status = 'downloaded')::int AS downloaded,
        COUNT(*) FILTER (WHERE status = 'withdrawn')::int AS withdrawn,
        COUNT(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
      FROM print_files`,
    ctx.db.$queryRaw<[Row<"paid" | "revenue" | "commission" | "today" | "today_revenue">]>`
      SELECT COUNT(*) FILTER (WHERE status = 'paid')::int AS paid,
        COALESCE(SUM(amount) FILTER (WHERE status = 'paid'), 0)::bigint AS revenue,
        COALESCE(SUM(ROUND(amount * "commissionBps" / 10000.0)) FILTER (WHERE status = 'paid'), 0)::bigint AS commission,
        COUNT(*) FILTER (WHERE "createdAt" >= date_trunc('day', now() AT TIME ZONE 'UTC'))::int AS today,
        COALESCE(SUM(amount) FILTER (WHERE status = 'paid' AND "createdAt" >= date_trunc('day', now() AT TIME ZONE 'UTC')), 0)::bigint AS today_revenue
      FROM print_payment_orders`,
    ctx.db.$queryRaw<[Row<"pending" | "pending_amount">]>`
      SELECT COUNT(*)::int AS pending, COALESCE(SUM(amount), 0)::bigint AS pending_amount
      FROM print_payouts WHERE status = 'pending'`,
  ]);
  return {
    totalUsers: n(u.total), customers: n(u.customers), shopkeepers: n(u.shopkeepers), admins: n(u.admins), openShops: n(u.open_shops),
    totalFiles: n(f.total), filesUploaded: n(f.uploaded), filesPrinting: n(f.printing), filesDownloaded: n(f.downloaded),
    filesWithdrawn: n(f.withdrawn), filesCancelled: n(f.cancelled),
    paidOrders: n(o.paid), revenue: n(o.revenue), platformCommission: n(o.commission), todayOrders: n(o.today), todayRevenue: n(o.today_revenue),
    walletBalanceTotal: n(u.wallets), pendingPayouts: n(p.pending), pendingPayoutAmount: n(p.pending_amount),
  };
}
