import { builder } from "../../../builder.ts";
import { auctionConfig } from "../config.ts";
import { AuctionClient } from "../clients/client.type.ts";
import { AuctionLabel } from "../shared/types.ts";
import { enumLabel } from "../shared/labels.ts";
import { dateOnly } from "../shared/dates.ts";
import { ORDER_STATUSES, ORDER_TYPES } from "./order.grammar.ts";
import { clientName, consignmentNumber, INVOICE_SELECT, invoiceData } from "./invoice-data.ts";
import { breakdown } from "./order-totals.ts";

export const AuctionOrderType = builder.enumType("AuctionOrderType", { values: ORDER_TYPES });
export const AuctionOrderStatus = builder.enumType("AuctionOrderStatus", { values: ORDER_STATUSES });

const currencyOf = (ctx: { config: Parameters<typeof auctionConfig>[0] }) => auctionConfig(ctx.config).AUCTION_CURRENCY;
export const orderLabel = (orderNumber: number) => `Order #${orderNumber}`;

type Owner = { id: number; firstName: string; lastName: string; email: string | null };
const AuctionOrderOwner = builder.objectRef<Owner>("AuctionOrderOwner").implement({
  description: "The order's client as lists show it: `{id, label, email}`.",
  fields: (t) => ({
    id: t.id({ resolve: (o) => String(o.id) }),
    label: t.string({ resolve: (o) => clientName(o) }),
    email: t.exposeString("email", { nullable: true }),
  }),
});

export const AuctionOrderLine = builder.prismaObject("AuctionOrderLine", {
  description: "An item on an order with the amounts it was invoiced at (credit notes carry negative lines).",
  fields: (t) => ({
    id: t.exposeID("id"),
    item: t.relation("item"),
    consignmentNumber: t.string({
      nullable: true, description: "The item's consignment as \"A-100\" (symbol-number).",
      select: { item: { select: { consignment: { select: { number: true, symbol: true } } } } },
      resolve: (l) => consignmentNumber(l.item.consignment),
    }),
    hammerPrice: t.field({ type: "Money", select: { hammerPrice: true }, resolve: (l) => l.hammerPrice }),
    commission: t.field({ type: "Money", description: "Buyer's premium (statements: the house commission).", select: { commission: true }, resolve: (l) => l.commission }),
    taxRate: t.field({ type: "Money", description: "VAT percent on the commission.", select: { taxRate: true }, resolve: (l) => l.taxRate }),
  }),
});

export const AuctionOrderCharge = builder.prismaObject("AuctionOrderCharge", {
  description: "An additional charge on an order (shipping fee, insurance, ...).",
  fields: (t) => ({
    id: t.exposeID("id"),
    term: t.field({ type: AuctionLabel, select: { term: { select: { id: true, label: true } } }, resolve: (c) => c.term }),
    amount: t.field({ type: "Money", select: { amount: true }, resolve: (c) => c.amount }),
    tax: t.field({ type: "Money", description: "VAT percent on the amount.", select: { tax: true }, resolve: (c) => c.tax }),
    description: t.exposeString("description"),
    date: t.string({ select: { date: true }, resolve: (c) => dateOnly(c.date)! }),
  }),
});

type Totals = ReturnType<typeof breakdown>;
const AuctionOrderTotals = builder.objectRef<Totals>("AuctionOrderTotals").implement({
  description: "An order's breakdown: hammer prices, premium (or commission), VAT, charges and the grand total.",
  fields: (t) => ({
    subtotal: t.field({ type: "Money", resolve: (b) => b.subtotal }),
    commission: t.field({ type: "Money", resolve: (b) => b.commission }),
    tax: t.field({ type: "Money", resolve: (b) => b.tax }),
    charges: t.field({ type: "Money", resolve: (b) => b.charges }),
    grandTotal: t.field({ type: "Money", resolve: (b) => b.grandTotal }),
  }),
});

const ref = (o: { id: number; orderNumber: number } | null) => o && { id: o.id, label: orderLabel(o.orderNumber) };

export const AuctionOrder = builder.prismaObject("AuctionOrder", {
  description: "An order: a bidder invoice, a consignor statement, a credit note or a transport invoice.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.string({ select: { orderNumber: true }, resolve: (o) => orderLabel(o.orderNumber) }),
    orderId: t.string({ description: "The order/invoice number.", select: { orderNumber: true }, resolve: (o) => String(o.orderNumber) }),
    type: t.field({ type: AuctionOrderType, select: { type: true }, resolve: (o) => o.type }),
    status: t.field({ type: AuctionLabel, select: { status: true }, resolve: (o) => enumLabel(o.status) }),
    sale: t.relation("sale", { nullable: true }),
    owner: t.relation("owner", { type: AuctionClient }),
    ownerRef: t.field({
      type: AuctionOrderOwner,
      description: "The client as `{id, label, email}` (REST `owner`).",
      select: { owner: { select: { id: true, firstName: true, lastName: true, email: true } } },
      resolve: (o) => o.owner,
    }),
    customerNumber: t.string({ select: { owner: { select: { customerNumber: true } } }, resolve: (o) => o.owner.customerNumber }),
    bidderIds: t.stringList({ select: { bidderIds: true }, resolve: (o) => o.bidderIds }),
    subtotal: t.field({ type: "Money", select: { subtotal: true }, resolve: (o) => o.subtotal }),
    grandTotal: t.field({ type: "Money", select: { grandTotal: true }, resolve: (o) => o.grandTotal }),
    amountDue: t.field({ type: "Money", select: { amountDue: true }, resolve: (o) => o.amountDue }),
    paymentReceived: t.field({ type: "Money", select: { paymentReceived: true }, resolve: (o) => o.paymentReceived }),
    itemCount: t.relationCount("lines"),
    shippingWeight: t.float({ nullable: true, description: "Kilograms.", select: { shippingWeight: true }, resolve: (o) => (o.shippingWeight === null ? null : o.shippingWeight.toNumber()) }),
    paymentType: t.field({ type: AuctionLabel, nullable: true, select: { paymentType: { select: { id: true, label: true } } }, resolve: (o) => o.paymentType }),
    paymentTypeLetter: t.string({ nullable: true, select: { paymentType: { select: { letter: true } } }, resolve: (o) => o.paymentType?.letter ?? null }),
    invoiceData: t.field({
      type: "JSON",
      description: "header_left {buyer_address, shipping_address}, header_right, items by bidder number, totals_for_display.",
      select: INVOICE_SELECT,
      resolve: (o, _args, ctx) => invoiceData(o, currencyOf(ctx)),
    }),
    totals: t.field({
      type: AuctionOrderTotals,
      select: { type: true, lines: { select: { hammerPrice: true, commission: true, taxRate: true } }, charges: { select: { amount: true, tax: true } } },
      resolve: (o) => breakdown(o.type, o.lines, o.charges),
    }),
    lines: t.relation("lines", { query: { orderBy: { id: "asc" } } }),
    additionalCharges: t.relation("charges", { query: { orderBy: { id: "asc" } } }),
    useCustomAddress: t.exposeBoolean("useCustomAddress"),
    customAddress: t.field({ type: "JSON", nullable: true, select: { customAddress: true }, resolve: (o) => o.customAddress }),
    prependText: t.exposeString("prependText"),
    appendText: t.exposeString("appendText"),
    creditedOrder: t.field({
      type: AuctionLabel, nullable: true, description: "Credit notes: the order they credit.",
      select: { creditedOrder: { select: { id: true, orderNumber: true } } }, resolve: (o) => ref(o.creditedOrder),
    }),
    reissuedFrom: t.field({
      type: AuctionLabel, nullable: true, description: "Reissued orders: the canceled order they replace.",
      select: { reissuedFrom: { select: { id: true, orderNumber: true } } }, resolve: (o) => ref(o.reissuedFrom),
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
    changed: t.expose("changedAt", { type: "DateTime" }),
  }),
});
