import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { PrintAdminDashboardStats } from "./dashboard.type.ts";
import { dashboardStats } from "./dashboard.service.ts";

builder.queryFields((t) => ({
  printAdminDashboardStats: t.field({
    description: "Dashboard statistics: users by role, open shops, files by status, revenue, commission, wallets, pending payouts, today's orders.",
    type: PrintAdminDashboardStats,
    authScopes: { role: ADMIN },
    resolve: (_root, _args, ctx) => { assertAdminAccess(ctx); return dashboardStats(ctx); },
  }),
}));
