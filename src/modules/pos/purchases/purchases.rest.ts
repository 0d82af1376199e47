import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const LINE = `{ id position productId variantId product { id name sku } variant { id name sku } quantity receivedQuantity remainingQuantity unitCost lineTotal }`;
const PAYMENT = `{ id purchaseId amount method reference userId paidAt }`;
const SUMMARY = `id number status supplierId supplier { id name } storeId store { id name code } total receivedTotal paidTotal balanceDue
  unpaidTotal expectedAt notes lineCount createdById cancelledAt createdAt updatedAt`;
export const PURCHASE = `{ ${SUMMARY} lines ${LINE} payments ${PAYMENT} }`;

export const purchasesRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/purchases", operation: "Query.posPurchases", select: `{ items { ${SUMMARY} } total page limit }`,
    summary: "List purchase orders (page, limit, status, supplierId, storeId, from, to, search by number or supplier name), newest first." },
  { method: "POST", path: "/api/v1/purchases", operation: "Mutation.createPosPurchase", status: 201, bodyArg: "input", select: PURCHASE,
    summary: "Create a purchase order {supplierId, storeId, expectedAt?, notes?, lines: [{productId, variantId?, quantity, unitCost}]} → 201 ORDERED with its computed total and number." },
  { method: "GET", path: "/api/v1/purchases/:id", operation: "Query.posPurchase", select: PURCHASE,
    summary: "Purchase order detail: lines with product names and ordered/received quantities, payments." },
  { method: "POST", path: "/api/v1/purchases/:id/receive", operation: "Mutation.receivePosPurchase", bodyArg: "input", select: PURCHASE,
    summary: "Receive goods {lines?: [{lineId, quantity}]} (omitted: all outstanding): stock in the PO's store, weighted-average cost, supplier balance; 422 beyond the ordered quantity or on a cancelled/received order." },
  { method: "POST", path: "/api/v1/purchases/:id/payment", operation: "Mutation.addPosPurchasePayment", status: 201, bodyArg: "input",
    select: `{ id purchaseId amount method reference userId paidAt purchase { id number status total receivedTotal paidTotal balanceDue unpaidTotal supplier { id name balance } } }`,
    summary: "Pay the supplier {amount, method, reference?} → 201 payment; payments never exceed the order total (422); cancelled orders 422." },
  { method: "POST", path: "/api/v1/purchases/:id/cancel", operation: "Mutation.cancelPosPurchase", select: PURCHASE,
    summary: "Cancel an ORDERED purchase order without payments (422 once goods were received or payments made)." },
];
