import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosPaymentKind, PosPaymentMethod } from "../sales/enums.ts";
import { PosSaleStatus } from "../sales/enums.ts";
import { PosReceiptTemplate } from "./receipt-template.ts";
import { receiptOf, type ReceiptData, type ReceiptLine, type ReceiptPayment } from "./receipt.service.ts";

const amount = (t: any, key: string, description?: string) =>
  t.field({ type: "Amount", description, resolve: (o: Record<string, number>) => o[key] });

const PosReceiptStore = builder.objectRef<ReceiptData["store"]>("PosReceiptStore").implement({
  fields: (t) => ({
    id: t.exposeID("id"), name: t.exposeString("name"), code: t.exposeString("code"),
    address: t.exposeString("address", { nullable: true }), phone: t.exposeString("phone", { nullable: true }),
  }),
});
const PosReceiptPerson = builder.objectRef<{ id: string; name: string; phone?: string | null; email?: string | null }>("PosReceiptPerson").implement({
  fields: (t) => ({
    id: t.exposeID("id"), name: t.exposeString("name"),
    phone: t.string({ nullable: true, resolve: (p) => p.phone ?? null }), email: t.string({ nullable: true, resolve: (p) => p.email ?? null }),
  }),
});
const PosReceiptLine = builder.objectRef<ReceiptLine>("PosReceiptLine").implement({
  fields: (t) => ({
    name: t.exposeString("name"), sku: t.exposeString("sku"), quantity: t.exposeInt("quantity"),
    unitPrice: amount(t, "unitPrice"), discount: amount(t, "discount"),
    taxRate: t.exposeFloat("taxRate", { description: "Percent." }), taxAmount: amount(t, "taxAmount"),
    lineTotal: amount(t, "lineTotal"), returnedQuantity: t.exposeInt("returnedQuantity"),
  }),
});
const PosReceiptTotals = builder.objectRef<ReceiptData["totals"]>("PosReceiptTotals").implement({
  fields: (t) => ({
    subtotal: amount(t, "subtotal"), discountTotal: amount(t, "discountTotal"), taxTotal: amount(t, "taxTotal"),
    pointsValue: amount(t, "pointsValue", "Paid with loyalty points."), total: amount(t, "total"),
    paid: amount(t, "paid", "Money kept (cash net of change)."), change: amount(t, "change"), due: amount(t, "due", "On the customer's account."),
    refunded: amount(t, "refunded"),
  }),
});
const PosReceiptPayment = builder.objectRef<ReceiptPayment>("PosReceiptPayment").implement({
  fields: (t) => ({
    method: t.field({ type: PosPaymentMethod, resolve: (p) => p.method as never }),
    kind: t.field({ type: PosPaymentKind, resolve: (p) => p.kind as never }),
    amount: amount(t, "amount"),
    reference: t.exposeString("reference", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});
const PosReceiptPoints = builder.objectRef<ReceiptData["points"]>("PosReceiptPoints").implement({
  fields: (t) => ({
    earned: t.exposeInt("earned"), redeemed: t.exposeInt("redeemed"),
    balance: t.exposeInt("balance", { nullable: true, description: "The customer's points now." }),
  }),
});

const PosReceipt = builder.objectRef<ReceiptData>("PosReceipt").implement({
  description: "A sale's receipt: the template, what it prints, and the printable HTML.",
  fields: (t) => ({
    template: t.field({ type: PosReceiptTemplate, resolve: (r) => r.template }),
    saleId: t.exposeID("saleId"),
    number: t.exposeString("number"),
    status: t.field({ type: PosSaleStatus, resolve: (r) => r.status as never }),
    date: t.expose("date", { type: "DateTime" }),
    currency: t.exposeString("currency"),
    taxInclusive: t.exposeBoolean("taxInclusive"),
    tenantName: t.exposeString("tenantName"),
    store: t.field({ type: PosReceiptStore, resolve: (r) => r.store }),
    cashier: t.field({ type: PosReceiptPerson, nullable: true, description: "Null when the template hides the cashier.", resolve: (r) => r.cashier }),
    customer: t.field({ type: PosReceiptPerson, nullable: true, resolve: (r) => r.customer }),
    lines: t.field({ type: [PosReceiptLine], resolve: (r) => r.lines }),
    totals: t.field({ type: PosReceiptTotals, resolve: (r) => r.totals }),
    payments: t.field({ type: [PosReceiptPayment], resolve: (r) => r.payments }),
    points: t.field({ type: PosReceiptPoints, resolve: (r) => r.points }),
    note: t.exposeString("note", { nullable: true }),
    html: t.exposeString("html", { description: "A self-contained printable page (every text escaped)." }),
  }),
});

builder.queryFields((t) => ({
  posSaleReceipt: t.field({
    description: "A sale's receipt data and HTML. Unknown or another tenant's sale: 404.",
    type: PosReceipt,
    authScopes: { role: can("receipt:generate") },
    args: { saleId: t.arg.id({ required: true }) },
    resolve: (_root, { saleId }, ctx) => receiptOf(ctx, String(saleId)),
  }),
  posSaleReceiptHtml: t.string({
    description: "Just the printable HTML of a sale's receipt (GET /receipts/sale/:saleId/preview serves it as text/html).",
    authScopes: { role: can("receipt:generate") },
    args: { saleId: t.arg.id({ required: true }) },
    resolve: async (_root, { saleId }, ctx) => (await receiptOf(ctx, String(saleId))).html,
  }),
}));
