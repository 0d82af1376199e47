import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const PROFILE = "{ id name slug email phone address isActive createdAt storesCount usersCount }";
const SETTINGS = "{ currency defaultTaxRate taxInclusive allowNegativeStock voidWindowHours loyalty { enabled pointsPerUnit redeemValueCents minRedeemPoints } receiptPrefix }";

export const tenantsRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/tenants/me", operation: "Query.posTenant", select: PROFILE,
    summary: "Get own tenant profile (with live stores and users counts)." },
  { method: "PATCH", path: "/api/v1/tenants/me", operation: "Mutation.updatePosTenant", bodyArg: "input", select: PROFILE,
    summary: "Update own tenant {name, email, phone, address}; the slug is immutable (400 when a different one is sent)." },
  { method: "GET", path: "/api/v1/tenants/me/settings", operation: "Query.posTenantSettings", select: SETTINGS,
    summary: "Get tenant settings (defaults filled in; tax rate in basis points)." },
  { method: "PATCH", path: "/api/v1/tenants/me/settings", operation: "Mutation.updatePosTenantSettings", bodyArg: "input", select: SETTINGS,
    summary: "Update tenant settings: a partial object deep-merged over the current one (null restores a default), validated as a whole (400 with details)." },
  { method: "GET", path: "/api/v1/tenants/me/dashboard", operation: "Query.posTenantDashboard",
    select: `{ generatedAt today { salesCount netSales newCustomers } month { salesCount netSales newCustomers } customersCount lowStockCount
      pendingTransfers topProductsToday { productId name quantity revenue } salesByStoreToday { store { id name code } salesCount netSales } }`,
    summary: "Dashboard statistics: today and this month (UTC), customers, low stock, pending transfers, today's top 5 products and sales by store." },
];
