import { builder } from "../../../builder.ts";
import type { TenantSettings } from "../shared/settings.ts";
import { PosReportStore, PosTopProduct } from "../reports/report.type.ts";
import type { tenantDashboard, tenantProfile } from "./tenant.service.ts";

type Profile = Awaited<ReturnType<typeof tenantProfile>>;
type Dashboard = Awaited<ReturnType<typeof tenantDashboard>>;

export const PosTenantProfile = builder.objectRef<Profile>("PosTenantProfile").implement({
  description: "The caller's tenant (business) with how many live stores and accounts it has.",
  fields: (t) => ({
    id: t.exposeString("id"),
    name: t.exposeString("name"),
    slug: t.exposeString("slug", { description: "Immutable." }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    isActive: t.exposeBoolean("isActive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    storesCount: t.exposeInt("storesCount"),
    usersCount: t.exposeInt("usersCount"),
  }),
});

const LoyaltySettings = builder.objectRef<TenantSettings["loyalty"]>("PosLoyaltySettings").implement({
  fields: (t) => ({
    enabled: t.exposeBoolean("enabled"),
    pointsPerUnit: t.exposeInt("pointsPerUnit", { description: "Points earned per whole currency unit paid." }),
    redeemValueCents: t.exposeInt("redeemValueCents", { description: "Cents one point is worth when redeemed." }),
    minRedeemPoints: t.exposeInt("minRedeemPoints", { description: "Fewest points a sale may redeem." }),
  }),
});

export const PosTenantSettings = builder.objectRef<TenantSettings>("PosTenantSettings").implement({
  description: "A tenant's settings, defaults filled in.",
  fields: (t) => ({
    currency: t.exposeString("currency", { description: "ISO 4217 code (3 letters)." }),
    defaultTaxRate: t.exposeInt("defaultTaxRate", { description: "Basis points (1000 = 10%) for products without their own rate." }),
    taxInclusive: t.exposeBoolean("taxInclusive", { description: "Prices include tax (extracted) instead of tax added on top." }),
    allowNegativeStock: t.exposeBoolean("allowNegativeStock", { description: "Sell below zero stock instead of refusing with 422." }),
    voidWindowHours: t.exposeInt("voidWindowHours", { description: "Hours a sale can still be voided (0: same day only)." }),
    loyalty: t.field({ type: LoyaltySettings, resolve: (s) => s.loyalty }),
    receiptPrefix: t.exposeString("receiptPrefix"),
  }),
});

const DashboardPeriod = builder.objectRef<Dashboard["today"]>("PosDashboardPeriod").implement({
  fields: (t) => ({
    salesCount: t.exposeInt("salesCount", { description: "Sales not voided." }),
    netSales: t.expose("netSales", { type: "Amount" }),
    newCustomers: t.exposeInt("newCustomers"),
  }),
});

const StoreSales = builder.objectRef<Dashboard["salesByStoreToday"][number]>("PosDashboardStoreSales").implement({
  fields: (t) => ({
    store: t.field({ type: PosReportStore, resolve: (r) => r.store }),
    salesCount: t.exposeInt("salesCount"),
    netSales: t.expose("netSales", { type: "Amount" }),
  }),
});

export const PosTenantDashboard = builder.objectRef<Dashboard>("PosTenantDashboard").implement({
  description: "Dashboard of the tenant: today's and this month's sales (UTC calendar, voided sales excluded), customers, low stock, transfers under way, today's best sellers and sales by store.",
  fields: (t) => ({
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    today: t.field({ type: DashboardPeriod, resolve: (d) => d.today }),
    month: t.field({ type: DashboardPeriod, resolve: (d) => d.month }),
    customersCount: t.exposeInt("customersCount", { description: "Live customers." }),
    lowStockCount: t.exposeInt("lowStockCount", { description: "Stock rows with a threshold > 0 and quantity ≤ threshold." }),
    pendingTransfers: t.exposeInt("pendingTransfers", { description: "Transfers PENDING or IN_TRANSIT." }),
    topProductsToday: t.field({ type: [PosTopProduct], description: "5 best sellers of today by units.", resolve: (d) => d.topProductsToday }),
    salesByStoreToday: t.field({ type: [StoreSales], description: "Every live store, best first.", resolve: (d) => d.salesByStoreToday }),
  }),
});
