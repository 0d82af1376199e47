import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const REF = "{ id name }";
const PRODUCT = "{ id name sku }";
export const STOCK = `{ id store ${REF} product ${PRODUCT} variant ${PRODUCT} quantity lowStockThreshold isLow updatedAt }`;
export const MOVEMENT = `{ id type change quantityAfter reason referenceType referenceId store ${REF} product ${PRODUCT} variant ${PRODUCT}
  user ${REF} createdAt }`;
const TRANSFER_HEAD = `id number status fromStore ${REF} toStore ${REF} notes createdBy ${REF} lineCount totalQuantity
  shippedAt receivedAt cancelledAt createdAt updatedAt`;
export const TRANSFER = `{ ${TRANSFER_HEAD} lines { id product ${PRODUCT} variant ${PRODUCT} quantity } }`;

export const inventoryRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/inventory/stock", operation: "Query.posStock", select: `{ items ${STOCK} total page limit }`,
    summary: "Paginated stock list: page, limit, search (product/variant name or SKU), storeId, productId, lowOnly." },
  { method: "GET", path: "/api/v1/inventory/stock/low", operation: "Query.posLowStock", select: `{ items ${STOCK} total page limit }`,
    summary: "Low stock items (threshold set, quantity at or below it): page, limit, storeId." },
  { method: "POST", path: "/api/v1/inventory/stock/adjust", operation: "Mutation.adjustPosStock", bodyArg: "input",
    select: `{ stock ${STOCK} movement ${MOVEMENT} }`,
    summary: "Delta adjustment {storeId, productId, variantId?, quantity (signed, not 0), reason} → {stock, movement}; below zero 422 INSUFFICIENT_STOCK unless the tenant allows negative stock." },
  { method: "POST", path: "/api/v1/inventory/stock/set", operation: "Mutation.setPosStock", bodyArg: "input",
    select: `{ before after stock ${STOCK} movement ${MOVEMENT} }`,
    summary: "Absolute set {storeId, productId, variantId?, quantity ≥ 0, reason} → {before, after, stock, movement}." },
  { method: "PATCH", path: "/api/v1/inventory/stock/:storeId/:productId/threshold", operation: "Mutation.updatePosStockThreshold", bodyArg: "input",
    select: STOCK, summary: "Update low stock threshold {lowStockThreshold, variantId?} → the stock row." },
  { method: "GET", path: "/api/v1/inventory/movements", operation: "Query.posStockMovements", select: `{ items ${MOVEMENT} total page limit }`,
    summary: "Stock movement history, newest first: page, limit, storeId, productId, type, from, to (date or date-time)." },
  { method: "GET", path: "/api/v1/inventory/transfers", operation: "Query.posTransfers", select: `{ items { ${TRANSFER_HEAD} } total page limit }`,
    summary: "List transfers, newest first: page, limit, status, storeId (either end)." },
  { method: "POST", path: "/api/v1/inventory/transfers", operation: "Mutation.createPosTransfer", status: 201, bodyArg: "input", select: TRANSFER,
    summary: "Create transfer {fromStoreId, toStoreId, lines: [{productId, variantId?, quantity}] (1..200), notes?} → 201 PENDING transfer." },
  { method: "GET", path: "/api/v1/inventory/transfers/:id", operation: "Query.posTransfer", select: TRANSFER,
    summary: "Transfer detail with lines." },
  { method: "POST", path: "/api/v1/inventory/transfers/:id/ship", operation: "Mutation.shipPosTransfer", select: TRANSFER,
    summary: "PENDING → IN_TRANSIT: stock leaves the source store; 422 when short (nothing moves) or in another status." },
  { method: "POST", path: "/api/v1/inventory/transfers/:id/receive", operation: "Mutation.receivePosTransfer", select: TRANSFER,
    summary: "IN_TRANSIT → COMPLETED: stock arrives at the destination store; 422 in another status." },
  { method: "POST", path: "/api/v1/inventory/transfers/:id/cancel", operation: "Mutation.cancelPosTransfer", select: TRANSFER,
    summary: "PENDING or IN_TRANSIT → CANCELLED (in-transit stock returns to the source store); 422 otherwise." },
];
