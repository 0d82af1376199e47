import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const TEMPLATE = "{ header footer showLogo logoUrl showTax showCashier paperWidth isDefault updatedAt }";
const RECEIPT = `{ template ${TEMPLATE} saleId number status date currency taxInclusive tenantName
  store { id name code address phone } cashier { id name } customer { id name phone email }
  lines { name sku quantity unitPrice discount taxRate taxAmount lineTotal returnedQuantity }
  totals { subtotal discountTotal taxTotal pointsValue total paid change due refunded }
  payments { method kind amount reference createdAt } points { earned redeemed balance } note html }`;
const PREVIEW = "query PosReceiptPreview($saleId: ID!) { posSaleReceiptHtml(saleId: $saleId) }";

export const receiptsRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/receipts/template", operation: "Query.posReceiptTemplate", select: TEMPLATE,
    summary: "The tenant's receipt template (isDefault: none saved yet)." },
  { method: "PUT", path: "/api/v1/receipts/template", operation: "Mutation.updatePosReceiptTemplate", bodyArg: "input", select: TEMPLATE,
    summary: "Create/update the template {header, footer, showLogo, logoUrl, showTax, showCashier, paperWidth (58|80)}; left-out fields keep their value." },
  { method: "GET", path: "/api/v1/receipts/sale/:saleId", operation: "Query.posSaleReceipt", select: RECEIPT,
    summary: "Receipt of a sale: {template, store, number, date, cashier, customer, lines, totals, payments, points, html}." },
  {
    // its own field: the kernel's sofa layer routes each operation once
    method: "GET", path: "/api/v1/receipts/sale/:saleId/preview", operation: "Query.posSaleReceiptHtml",
    summary: "The receipt as a printable HTML page (text/html).",
    // HTML is no JSON envelope: the same GraphQL answer, served as the page itself
    handler: async ({ params, run }) => {
      const { posSaleReceiptHtml: html } = await run<{ posSaleReceiptHtml: string }>(PREVIEW, { saleId: params.saleId });
      return new Response(html, {
        headers: {
          "content-type": "text/html; charset=utf-8", "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:",
        },
      });
    },
  },
];
