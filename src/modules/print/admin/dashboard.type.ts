import { builder } from "../../../builder.ts";

/** Counts are plain integers; amounts are integer paise (rupees at the edge through the Amount scalar). */
export type DashboardStats = {
  totalUsers: number; customers: number; shopkeepers: number; admins: number; openShops: number;
  totalFiles: number; filesUploaded: number; filesPrinting: number; filesDownloaded: number; filesWithdrawn: number; filesCancelled: number;
  paidOrders: number; revenue: number; platformCommission: number; todayOrders: number; todayRevenue: number;
  walletBalanceTotal: number; pendingPayouts: number; pendingPayoutAmount: number;
};

export const PrintAdminDashboardStats = builder.objectRef<DashboardStats>("PrintAdminDashboardStats").implement({
  description: "Platform-wide figures for the admin dashboard, aggregated in the database. Today = since 00:00 UTC.",
  fields: (t) => ({
    totalUsers: t.exposeInt("totalUsers"),
    customers: t.exposeInt("customers"),
    shopkeepers: t.exposeInt("shopkeepers"),
    admins: t.exposeInt("admins"),
    openShops: t.exposeInt("openShops", { description: "Shopkeepers whose shop is currently marked open." }),
    totalFiles: t.exposeInt("totalFiles"),
    filesUploaded: t.exposeInt("filesUploaded"),
    filesPrinting: t.exposeInt("filesPrinting"),
    filesDownloaded: t.exposeInt("filesDownloaded", { description: "Printed." }),
    filesWithdrawn: t.exposeInt("filesWithdrawn"),
    filesCancelled: t.exposeInt("filesCancelled"),
    paidOrders: t.exposeInt("paidOrders", { description: "Payment orders with status paid." }),
    revenue: t.expose("revenue", { type: "Amount", description: "Sum of paid payment orders." }),
    platformCommission: t.expose("platformCommission", { type: "Amount", description: "Σ amount × commission rate over paid orders, each rounded to the paisa." }),
    todayOrders: t.exposeInt("todayOrders", { description: "Payment orders created today, any status." }),
    todayRevenue: t.expose("todayRevenue", { type: "Amount", description: "Paid orders created today." }),
    walletBalanceTotal: t.expose("walletBalanceTotal", { type: "Amount", description: "All wallets together: what the platform owes its users." }),
    pendingPayouts: t.exposeInt("pendingPayouts", { description: "Shop payouts with status pending." }),
    pendingPayoutAmount: t.expose("pendingPayoutAmount", { type: "Amount" }),
  }),
});
