import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const STORE = "{ id name code address phone isActive deletedAt createdAt updatedAt }";
const PERIOD = "{ salesCount revenue refunded averageBasket }";
const STATS = `{ storeId generatedAt today ${PERIOD} last30Days ${PERIOD} stock { units value lowStockCount productCount } transfers { incoming outgoing } }`;

export const storesRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/stores", operation: "Query.posStores", select: `{ items ${STORE} total page limit }`,
    summary: "List stores (store:manage): ?page &limit (≤100) &search (name/code/address/phone) &isActive; deleted stores never appear." },
  { method: "POST", path: "/api/v1/stores", operation: "Mutation.createPosStore", status: 201, bodyArg: "input", select: STORE,
    summary: "Create store {name, code, address?, phone?, isActive?} → 201; code is upper-cased and unique per tenant, deleted stores included (409)." },
  { method: "GET", path: "/api/v1/stores/:id", operation: "Query.posStore", select: STORE,
    summary: "Get store details; 404 for another tenant's or a deleted store." },
  { method: "PATCH", path: "/api/v1/stores/:id", operation: "Mutation.updatePosStore", bodyArg: "input", select: STORE,
    summary: "Update store: only the given fields change; code unique per tenant (409)." },
  { method: "GET", path: "/api/v1/stores/:id/stats", operation: "Query.posStoreStats", select: STATS,
    summary: "Store dashboard stats: sales count, revenue (totals of sales not voided), refunds and average basket today (since 00:00 UTC) and over the last 30 days; stock units and value (units × cost) on hand; low-stock rows (quantity ≤ threshold > 0); open (PENDING/IN_TRANSIT) transfers in and out." },
  { method: "DELETE", path: "/api/v1/stores/:id", operation: "Mutation.deletePosStore", select: STORE,
    summary: "Soft-delete store → the store with deletedAt. 422 LAST_STORE (the tenant's last store), STORE_HAS_STOCK (units on hand > 0), STORE_HAS_OPEN_TRANSFERS (pending or in-transit, either way)." },
];
