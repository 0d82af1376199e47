import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const PAYMENT = `{ id saleId saleNumber storeId store { id name code } customerId customer { id name phone balance }
  method kind amount reference user { id name } createdAt }`;
const PAGE = `{ items ${PAYMENT} total page limit }`;

export const paymentsRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/payments", operation: "Query.posPayments", select: PAGE,
    summary: "List payments ?page&limit&method&kind&storeId&from&to&search (reference), newest first." },
  { method: "POST", path: "/api/v1/payments/collect-due", operation: "Mutation.collectPosDue", status: 201, bodyArg: "input", select: PAYMENT,
    summary: "Collect due {customerId, amount, method, reference?, storeId?, note?} → 201 the DUE_COLLECTION payment; amount over the balance: 422." },
  { method: "GET", path: "/api/v1/payments/customer/:customerId", operation: "Query.posCustomerPayments", select: PAGE,
    summary: "A customer's payment history ?page&limit, newest first." },
  { method: "GET", path: "/api/v1/payments/:id", operation: "Query.posPayment", select: PAYMENT, summary: "Payment detail." },
];
