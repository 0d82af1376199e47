import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const LINE = "{ id productId variantId name sku quantity unitPrice unitCost discount taxRate taxAmount lineTotal returnedQuantity }";
const PAYMENT = "{ id method kind amount reference createdAt }";
const RETURN = `{ id reason refundAmount dueReduction cashRefund refundMethod pointsRemoved pointsRestored restock
  lines { saleLineId quantity amount } createdAt }`;
const SUMMARY = `id number status storeId store { id name code } cashierId cashier { id name } customerId customer { id name phone }
  subtotal discountTotal taxTotal pointsRedeemed pointsValue total paidTotal dueAmount changeAmount pointsEarned refundedTotal itemCount createdAt`;
export const SALE = `{ ${SUMMARY} customer { id name phone email balance loyaltyPoints } note voidReason voidedAt voidedBy { id name }
  lines ${LINE} payments ${PAYMENT} returns ${RETURN} updatedAt }`;

export const salesRoutes: RestRoute[] = [
  { method: "POST", path: "/api/v1/sales/checkout", operation: "Mutation.posCheckout", status: 201, bodyArg: "input", select: SALE,
    summary: "Process checkout {storeId, customerId?, lines [{productId, variantId?, quantity, unitPrice? (ADMIN/MANAGER), discount?}], discount?, "
      + "payments [{method, amount, reference?}], redeemPoints?, note?} → 201 the sale. 422: INSUFFICIENT_STOCK, CREDIT_LIMIT_EXCEEDED, PAYMENT_INSUFFICIENT, OVERPAYMENT, points rules." },
  { method: "GET", path: "/api/v1/sales", operation: "Query.posSales", select: `{ items { ${SUMMARY} } total page limit }`,
    summary: "List sales ?page&limit&storeId&status&customerId&cashierId&from&to&search (receipt number), newest first." },
  { method: "GET", path: "/api/v1/sales/:id", operation: "Query.posSale", select: SALE,
    summary: "Sale detail with lines, payments, returns, store, cashier and customer." },
  { method: "POST", path: "/api/v1/sales/:id/void", operation: "Mutation.voidPosSale", bodyArg: "input", select: SALE,
    summary: "Void a sale {reason}: completed sales without returns, within the void window (422 otherwise); stock, payments, due and points reversed." },
  { method: "POST", path: "/api/v1/sales/:id/return", operation: "Mutation.returnPosSale", bodyArg: "input",
    select: RETURN.replace(/}$/, ` sale ${SALE} }`),
    summary: "Return units {lines [{saleLineId, quantity}], reason?, restock=true, refundMethod} → the return with the updated sale; 422 beyond what is left or for voided sales." },
];
