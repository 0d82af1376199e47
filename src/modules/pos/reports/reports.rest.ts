import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const PERIOD = "period { from to }";
const VALUATION = "itemsCount units costValue retailValue lowStockCount negativeCount";
const Q = "Query string: from, to (ISO date or date-time, UTC; a `to` date includes its whole day; default the last 30 days), storeId";

export const reportsRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/reports/sales", operation: "Query.posSalesReport",
    select: `{ ${PERIOD} groupBy totals { salesCount grossSales discounts tax netSales refunds averageBasket } voidedCount
      byDay { date salesCount netSales } byPaymentMethod { method amount } topProducts { productId name quantity revenue } }`,
    summary: `Sales summary report. ${Q}, groupBy (day|week|month, default day). Voided sales are excluded (voidedCount).` },
  { method: "GET", path: "/api/v1/reports/profit", operation: "Query.posProfitReport",
    select: `{ ${PERIOD} revenue costOfGoods grossProfit grossMargin expenses { total byCategory { categoryId name count amount } } netProfit }`,
    summary: `Profit & loss report. ${Q}. revenue = sales − tax − refunds; cost of goods from the sale lines' unit costs; grossMargin in percent.` },
  { method: "GET", path: "/api/v1/reports/stock", operation: "Query.posStockReport",
    select: `{ generatedAt byStore { store { id name code } ${VALUATION} } totals { ${VALUATION} } lowStockCount }`,
    summary: "Stock valuation report (now): per store and total units, cost and retail value; negative quantities are valued at 0. Query string: storeId." },
  { method: "GET", path: "/api/v1/reports/cashier", operation: "Query.posCashierReport",
    select: `{ ${PERIOD} cashiers { cashier { id name email } salesCount netSales averageBasket voidsCount returnsAmount itemsSold } }`,
    summary: `Cashier performance report. ${Q}.` },
];
