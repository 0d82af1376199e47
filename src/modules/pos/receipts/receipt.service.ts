import type { Context } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import { settingsOf } from "../shared/settings.ts";
import { tenantIdOf, uuidOf } from "../shared/tenancy.ts";
import { percentOf } from "../sales/sale.type.ts";
import { receiptHtml } from "./receipt.html.ts";
import { templateOf, type Template } from "./receipt-template.ts";

export type ReceiptLine = {
  name: string; sku: string; quantity: number; unitPrice: number; discount: number; taxRate: number; taxAmount: number;
  lineTotal: number; returnedQuantity: number;
};
export type ReceiptPayment = { method: string; kind: string; amount: number; reference: string | null; createdAt: Date };
export type ReceiptData = {
  template: Template;
  saleId: string; number: string; status: string; date: Date; currency: string; taxInclusive: boolean; tenantName: string;
  store: { id: string; name: string; code: string; address: string | null; phone: string | null };
  cashier: { id: string; name: string } | null;
  customer: { id: string; name: string; phone: string | null; email: string | null } | null;
  lines: ReceiptLine[];
  totals: { subtotal: number; discountTotal: number; taxTotal: number; pointsValue: number; total: number; paid: number; change: number; due: number; refunded: number };
  payments: ReceiptPayment[];
  points: { earned: number; redeemed: number; balance: number | null };
  note: string | null;
  html: string;
};

/**
 * Everything a receipt prints, from the sale and the tenant's template (a handful of queries, in parallel). The
 * cashier is left out when the template hides it; tax stays in the totals (`showTax` only hides it in the HTML).
 */
export async function receiptOf(ctx: Context, rawSaleId: string): Promise<ReceiptData> {
  const tenantId = tenantIdOf(ctx);
  const sale = await ctx.db.posSale.findFirst({
    where: { id: uuidOf(rawSaleId, "Sale"), tenantId },
    include: { lines: { orderBy: [{ position: "asc" }, { id: "asc" }] }, payments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!sale) throw notFound("Sale");
  const [template, tenant, store, cashier, customer] = await Promise.all([
    templateOf(ctx, tenantId),
    ctx.db.posTenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true, settings: true } }),
    ctx.db.posStore.findFirstOrThrow({ where: { id: sale.storeId, tenantId }, select: { id: true, name: true, code: true, address: true, phone: true } }),
    ctx.db.posUser.findFirst({ where: { id: sale.cashierId }, select: { id: true, name: true } }),
    sale.customerId ? ctx.db.posCustomer.findFirst({ where: { id: sale.customerId, tenantId }, select: { id: true, name: true, phone: true, email: true, loyaltyPoints: true } }) : null,
  ]);
  const settings = settingsOf(tenant.settings);
  const data: Omit<ReceiptData, "html"> = {
    template, saleId: sale.id, number: sale.number, status: sale.status, date: sale.createdAt, currency: settings.currency,
    taxInclusive: settings.taxInclusive, tenantName: tenant.name, store,
    cashier: template.showCashier ? cashier : null,
    customer: customer ? { id: customer.id, name: customer.name, phone: customer.phone, email: customer.email } : null,
    lines: sale.lines.map((l) => ({
      name: l.name, sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount, taxRate: percentOf(l.taxRate),
      taxAmount: l.taxAmount, lineTotal: l.lineTotal, returnedQuantity: l.returnedQuantity,
    })),
    totals: {
      subtotal: sale.subtotal, discountTotal: sale.discountTotal, taxTotal: sale.taxTotal, pointsValue: sale.pointsValue, total: sale.total,
      paid: sale.paidTotal, change: sale.changeAmount, due: sale.dueAmount, refunded: sale.refundedTotal,
    },
    payments: sale.payments.map((p) => ({ method: p.method, kind: p.kind, amount: p.amount, reference: p.reference, createdAt: p.createdAt })),
    points: { earned: sale.pointsEarned, redeemed: sale.pointsRedeemed, balance: customer?.loyaltyPoints ?? null },
    note: sale.note,
  };
  return { ...data, html: receiptHtml(data) };
}
