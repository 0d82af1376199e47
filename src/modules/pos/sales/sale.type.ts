import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { PosPayment } from "../payments/payment.type.ts";
import { PosPaymentMethod, PosSaleStatus } from "./enums.ts";
import { customerField, storeField, userField } from "./sale.refs.ts";

/** Basis points (1000) as a percentage number (10), up to two decimals. */
export const percentOf = (bps: number) => bps / 100;

export const PosSaleLine = builder.prismaObject("PosSaleLine", {
  description: "A line of a sale, priced at checkout. `discount` is the line's own discount plus its share of the sale-level and "
    + "customer-group discounts; `lineTotal` = quantity × unitPrice − discount, plus taxAmount when prices exclude tax.",
  fields: (t) => ({
    id: t.exposeID("id"),
    productId: t.exposeID("productId"),
    variantId: t.exposeID("variantId", { nullable: true }),
    name: t.exposeString("name"),
    sku: t.exposeString("sku"),
    quantity: t.exposeInt("quantity"),
    unitPrice: t.field({ type: "Amount", select: { unitPrice: true }, resolve: (l) => l.unitPrice }),
    unitCost: t.field({ type: "Amount", description: "Cost of goods per unit at the time of sale.", select: { unitCost: true }, resolve: (l) => l.unitCost }),
    discount: t.field({ type: "Amount", select: { discount: true }, resolve: (l) => l.discount }),
    taxRate: t.float({ description: "Percent (10 = 10%).", select: { taxRate: true }, resolve: (l) => percentOf(l.taxRate) }),
    taxAmount: t.field({ type: "Amount", select: { taxAmount: true }, resolve: (l) => l.taxAmount }),
    lineTotal: t.field({ type: "Amount", select: { lineTotal: true }, resolve: (l) => l.lineTotal }),
    returnedQuantity: t.exposeInt("returnedQuantity"),
  }),
});

type ReturnLine = { saleLineId: string; quantity: number; amount: number };
const PosReturnLine = builder.objectRef<ReturnLine>("PosReturnLine").implement({
  fields: (t) => ({
    saleLineId: t.exposeID("saleLineId"),
    quantity: t.exposeInt("quantity"),
    amount: t.field({ type: "Amount", description: "Refund value of these units (tax and discounts included).", resolve: (l) => l.amount }),
  }),
});

export const PosReturn = builder.prismaObject("PosReturn", {
  description: "Goods brought back from a sale. refundAmount = dueReduction (taken off what the customer owed) + cashRefund (paid out with refundMethod).",
  fields: (t) => ({
    id: t.exposeID("id"),
    saleId: t.exposeID("saleId"),
    sale: t.relation("sale"),
    reason: t.exposeString("reason", { nullable: true }),
    refundAmount: t.field({ type: "Amount", select: { refundAmount: true }, resolve: (r) => r.refundAmount }),
    dueReduction: t.field({ type: "Amount", select: { dueReduction: true }, resolve: (r) => r.dueReduction }),
    cashRefund: t.field({
      type: "Amount", description: "Paid out with refundMethod (refundAmount − dueReduction).",
      select: { refundAmount: true, dueReduction: true }, resolve: (r) => r.refundAmount - r.dueReduction,
    }),
    refundMethod: t.expose("refundMethod", { type: PosPaymentMethod }),
    pointsRemoved: t.exposeInt("pointsRemoved", { description: "Loyalty points earned by the sale taken back." }),
    pointsRestored: t.exposeInt("pointsRestored", { description: "Redeemed loyalty points given back." }),
    restock: t.exposeBoolean("restock"),
    lines: t.field({ type: [PosReturnLine], select: { lines: true }, resolve: (r) => r.lines as ReturnLine[] }),
    user: userField(t, "userId", "Who recorded the return."),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const PosSale = builder.prismaObject("PosSale", {
  description: "A sale (receipt). total = subtotal − discountTotal (+ taxTotal when prices exclude tax) − pointsValue; "
    + "paidTotal is the money kept (cash net of change), dueAmount what went on the customer's account.",
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeString("number"),
    status: t.expose("status", { type: PosSaleStatus }),
    storeId: t.exposeID("storeId"),
    store: storeField(t),
    cashierId: t.exposeID("cashierId"),
    cashier: userField(t, "cashierId", "Who rang up the sale."),
    customerId: t.exposeID("customerId", { nullable: true }),
    customer: customerField(t),
    subtotal: t.field({ type: "Amount", description: "Σ quantity × unitPrice.", select: { subtotal: true }, resolve: (s) => s.subtotal }),
    discountTotal: t.field({ type: "Amount", description: "Line, sale-level and customer-group discounts.", select: { discountTotal: true }, resolve: (s) => s.discountTotal }),
    taxTotal: t.field({ type: "Amount", select: { taxTotal: true }, resolve: (s) => s.taxTotal }),
    pointsRedeemed: t.exposeInt("pointsRedeemed"),
    pointsValue: t.field({ type: "Amount", description: "What the redeemed points paid.", select: { pointsValue: true }, resolve: (s) => s.pointsValue }),
    total: t.field({ type: "Amount", description: "To pay, after redeemed points.", select: { total: true }, resolve: (s) => s.total }),
    paidTotal: t.field({ type: "Amount", select: { paidTotal: true }, resolve: (s) => s.paidTotal }),
    dueAmount: t.field({ type: "Amount", select: { dueAmount: true }, resolve: (s) => s.dueAmount }),
    changeAmount: t.field({ type: "Amount", select: { changeAmount: true }, resolve: (s) => s.changeAmount }),
    pointsEarned: t.exposeInt("pointsEarned"),
    refundedTotal: t.field({ type: "Amount", description: "Value of the returns so far.", select: { refundedTotal: true }, resolve: (s) => s.refundedTotal }),
    note: t.exposeString("note", { nullable: true }),
    voidReason: t.exposeString("voidReason", { nullable: true }),
    voidedAt: t.expose("voidedAt", { type: "DateTime", nullable: true }),
    voidedBy: userField(t, "voidedById", "Who voided the sale."),
    lines: t.relation("lines", { query: { orderBy: [{ position: "asc" }, { id: "asc" }] } }),
    payments: t.relation("payments", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    returns: t.relation("returns", { query: { orderBy: { createdAt: "asc" } } }),
    itemCount: t.int({
      description: "Units sold.", select: { lines: { select: { quantity: true } } },
      resolve: (s) => s.lines.reduce((n, l) => n + l.quantity, 0),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosSalePage = offsetPageType("PosSalePage", PosSale, "A page of sales, newest first.");
export { PosPayment };
