import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosReportGroupBy, periodArgs, type GroupBy } from "./period.ts";
import { cashierReport, profitReport, salesReport, stockReport, type PeriodArgs } from "./report.service.ts";
import { PosCashierReport, PosProfitReport, PosSalesReport, PosStockReport } from "./report.type.ts";

builder.queryFields((t) => ({
  posSalesReport: t.field({
    description: "Sales summary of the caller's tenant (one store with storeId) over a period (default: the last 30 days).",
    type: PosSalesReport,
    authScopes: { role: can("report:read") },
    args: { ...periodArgs(t), groupBy: t.arg({ type: PosReportGroupBy, required: false, description: "Bucket of the time series (default day)." }) },
    resolve: (_root, args, ctx) => salesReport(ctx, args as PeriodArgs & { groupBy?: GroupBy | null }),
  }),
  posProfitReport: t.field({
    description: "Profit & loss over a period: revenue, cost of goods (from the sale lines' unit costs), expenses by category, net profit.",
    type: PosProfitReport,
    authScopes: { role: can("report:read") },
    args: periodArgs(t),
    resolve: (_root, args, ctx) => profitReport(ctx, args as PeriodArgs),
  }),
  posStockReport: t.field({
    description: "Stock valuation now, per store and in total, with the low-stock count.",
    type: PosStockReport,
    authScopes: { role: can("report:read") },
    args: { storeId: t.arg.string({ required: false, description: "One store of the tenant (404 when unknown)." }) },
    resolve: (_root, args, ctx) => stockReport(ctx, args),
  }),
  posCashierReport: t.field({
    description: "Cashier performance over a period.",
    type: PosCashierReport,
    authScopes: { role: can("report:read") },
    args: periodArgs(t),
    resolve: (_root, args, ctx) => cashierReport(ctx, args as PeriodArgs),
  }),
}));
