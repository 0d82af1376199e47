import { builder } from "../../../builder.ts";
import type { cashierReport, profitReport, salesReport, stockReport, TopProduct } from "./report.service.ts";

type Of<F extends (...a: any[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Sales = Of<typeof salesReport>;
type Profit = Of<typeof profitReport>;
type Stock = Of<typeof stockReport>;
type Cashiers = Of<typeof cashierReport>;

export const PosReportPeriod = builder.objectRef<{ from: Date; to: Date }>("PosReportPeriod").implement({
  description: "The period a report covers, inclusive bounds (UTC).",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
  }),
});

export const PosTopProduct = builder.objectRef<TopProduct>("PosTopProduct").implement({
  description: "A best seller: units sold and line revenue (as recorded on the sale lines) of the period's sales that were not voided.",
  fields: (t) => ({
    productId: t.exposeString("productId"),
    name: t.exposeString("name"),
    quantity: t.exposeInt("quantity"),
    revenue: t.expose("revenue", { type: "Amount" }),
  }),
});

const SalesTotals = builder.objectRef<Sales["totals"]>("PosSalesReportTotals").implement({
  description: "Sums over the period's sales that were not voided.",
  fields: (t) => ({
    salesCount: t.exposeInt("salesCount"),
    grossSales: t.expose("grossSales", { type: "Amount", description: "Σ subtotal (before discounts)." }),
    discounts: t.expose("discounts", { type: "Amount", description: "Σ discounts (including group discounts and redeemed points)." }),
    tax: t.expose("tax", { type: "Amount" }),
    netSales: t.expose("netSales", { type: "Amount", description: "Σ sale totals (what customers were charged)." }),
    refunds: t.expose("refunds", { type: "Amount", description: "Σ refunded on returns of these sales." }),
    averageBasket: t.expose("averageBasket", { type: "Amount", description: "netSales / salesCount, rounded half-up to the cent." }),
  }),
});

const SalesBucket = builder.objectRef<Sales["byDay"][number]>("PosSalesBucket").implement({
  fields: (t) => ({
    date: t.exposeString("date", { description: "First day of the bucket (YYYY-MM-DD, UTC)." }),
    salesCount: t.exposeInt("salesCount"),
    netSales: t.expose("netSales", { type: "Amount" }),
  }),
});

const MethodAmount = builder.objectRef<Sales["byPaymentMethod"][number]>("PosPaymentMethodAmount").implement({
  fields: (t) => ({
    method: t.exposeString("method", { description: "CASH, CARD, CREDIT, BANK_TRANSFER or MOBILE." }),
    amount: t.expose("amount", { type: "Amount" }),
  }),
});

export const PosSalesReport = builder.objectRef<Sales>("PosSalesReport").implement({
  description: "Sales summary of a period: totals, a time series, takings by payment method and the 10 best sellers. Voided sales are left out of every figure and counted in voidedCount.",
  fields: (t) => ({
    period: t.field({ type: PosReportPeriod, resolve: (r) => r.period }),
    groupBy: t.exposeString("groupBy", { description: "Bucket of byDay: day, week or month." }),
    totals: t.field({ type: SalesTotals, resolve: (r) => r.totals }),
    voidedCount: t.exposeInt("voidedCount", { description: "Sales of the period that were voided." }),
    byDay: t.field({ type: [SalesBucket], description: "Every bucket of the period (empty ones with zeros), oldest first.", resolve: (r) => r.byDay }),
    byPaymentMethod: t.field({ type: [MethodAmount], description: "Checkout payments (kind SALE) of these sales by method.", resolve: (r) => r.byPaymentMethod }),
    topProducts: t.field({ type: [PosTopProduct], resolve: (r) => r.topProducts }),
  }),
});

const ExpenseCategoryAmount = builder.objectRef<Profit["expenses"]["byCategory"][number]>("PosExpenseCategoryAmount").implement({
  fields: (t) => ({
    categoryId: t.exposeString("categoryId"),
    name: t.exposeString("name"),
    count: t.exposeInt("count"),
    amount: t.expose("amount", { type: "Amount" }),
  }),
});

const ProfitExpenses = builder.objectRef<Profit["expenses"]>("PosProfitExpenses").implement({
  fields: (t) => ({
    total: t.expose("total", { type: "Amount" }),
    byCategory: t.field({ type: [ExpenseCategoryAmount], description: "Largest first.", resolve: (r) => r.byCategory }),
  }),
});

export const PosProfitReport = builder.objectRef<Profit>("PosProfitReport").implement({
  description: "Profit & loss of a period over the sales that were not voided and the expenses dated in it.",
  fields: (t) => ({
    period: t.field({ type: PosReportPeriod, resolve: (r) => r.period }),
    revenue: t.expose("revenue", { type: "Amount", description: "Σ sale totals − Σ tax − Σ refunds (refunds taken whole, tax included)." }),
    costOfGoods: t.expose("costOfGoods", { type: "Amount", description: "Σ (quantity − returned quantity) × unit cost recorded on each sale line." }),
    grossProfit: t.expose("grossProfit", { type: "Amount", description: "revenue − costOfGoods." }),
    grossMargin: t.exposeFloat("grossMargin", { description: "grossProfit / revenue in percent, 2 decimals (0 without revenue)." }),
    expenses: t.field({ type: ProfitExpenses, resolve: (r) => r.expenses }),
    netProfit: t.expose("netProfit", { type: "Amount", description: "grossProfit − expenses." }),
  }),
});

export const PosReportStore = builder.objectRef<{ id: string; name: string; code: string }>("PosReportStore").implement({
  fields: (t) => ({ id: t.exposeString("id"), name: t.exposeString("name"), code: t.exposeString("code") }),
});

type Valuation = Stock["totals"];
const valuationFields = (t: any) => ({
  itemsCount: t.exposeInt("itemsCount", { description: "Stock rows (product or variant per store)." }),
  units: t.exposeInt("units", { description: "Units on hand; negative quantities count as 0." }),
  costValue: t.expose("costValue", { type: "Amount", description: "Σ units × cost (the variant's, else the product's)." }),
  retailValue: t.expose("retailValue", { type: "Amount", description: "Σ units × price (the variant's, else the product's)." }),
  lowStockCount: t.exposeInt("lowStockCount", { description: "Rows with a threshold > 0 and quantity ≤ threshold." }),
  negativeCount: t.exposeInt("negativeCount", { description: "Rows below zero (oversold); valued at 0." }),
});

const StoreValuation = builder.objectRef<Stock["byStore"][number]>("PosStoreStockValuation").implement({
  fields: (t) => ({ store: t.field({ type: PosReportStore, resolve: (r) => r.store }), ...valuationFields(t) }),
});
const StockTotals = builder.objectRef<Valuation>("PosStockValuationTotals").implement({ fields: (t) => valuationFields(t) });

export const PosStockReport = builder.objectRef<Stock>("PosStockReport").implement({
  description: "Stock valuation now: per live store and in total, over live stock-tracked products and variants. Negative quantities are valued at 0 (counted in negativeCount).",
  fields: (t) => ({
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    byStore: t.field({ type: [StoreValuation], resolve: (r) => r.byStore }),
    totals: t.field({ type: StockTotals, resolve: (r) => r.totals }),
    lowStockCount: t.exposeInt("lowStockCount"),
  }),
});

const CashierRef = builder.objectRef<{ id: string; name: string; email: string | null }>("PosReportCashier").implement({
  fields: (t) => ({ id: t.exposeString("id"), name: t.exposeString("name"), email: t.exposeString("email", { nullable: true }) }),
});

const CashierRow = builder.objectRef<Cashiers["cashiers"][number]>("PosCashierPerformance").implement({
  fields: (t) => ({
    cashier: t.field({ type: CashierRef, resolve: (r) => r.cashier }),
    salesCount: t.exposeInt("salesCount", { description: "Sales rung up and not voided." }),
    netSales: t.expose("netSales", { type: "Amount" }),
    averageBasket: t.expose("averageBasket", { type: "Amount" }),
    voidsCount: t.exposeInt("voidsCount", { description: "The cashier's sales of the period that were voided." }),
    returnsAmount: t.expose("returnsAmount", { type: "Amount", description: "Refunded on returns of the cashier's sales." }),
    itemsSold: t.exposeInt("itemsSold", { description: "Units on the cashier's sales that were not voided." }),
  }),
});

export const PosCashierReport = builder.objectRef<Cashiers>("PosCashierReport").implement({
  description: "Performance of every account that rang up a sale in the period, best net sales first.",
  fields: (t) => ({
    period: t.field({ type: PosReportPeriod, resolve: (r) => r.period }),
    cashiers: t.field({ type: [CashierRow], resolve: (r) => r.cashiers }),
  }),
});
