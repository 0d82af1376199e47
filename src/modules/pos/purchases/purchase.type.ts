import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { PosProductRef, PosPurchasePaymentMethod, PosPurchaseStatus, PosStoreRef, productRefs, storeRefs, variantRefs } from "./purchase.refs.ts";

type SupplierRef = { id: string; name: string; balance: number };
const PosPurchaseSupplier = builder.objectRef<SupplierRef>("PosPurchaseSupplier").implement({
  description: "The supplier of a purchase order; balance: what we owe the supplier now over all its orders.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    balance: t.field({ type: "Amount", description: "Cents we owe (received goods not yet paid; negative: prepaid).", resolve: (s) => s.balance }),
  }),
});

export const PosPurchaseLine = builder.prismaObject("PosPurchaseLine", {
  description: "One product (or variant) of a purchase order: ordered and received quantities at a unit cost.",
  fields: (t) => ({
    id: t.exposeID("id"),
    position: t.exposeInt("position", { description: "The line's place on the order (0-based)." }),
    productId: t.exposeID("productId"),
    variantId: t.exposeID("variantId", { nullable: true }),
    product: t.field({ type: PosProductRef, nullable: true, resolve: (l, _a, ctx) => productRefs(ctx).load(l.productId) }),
    variant: t.field({ type: PosProductRef, nullable: true, resolve: (l, _a, ctx) => (l.variantId ? variantRefs(ctx).load(l.variantId) : null) }),
    quantity: t.exposeInt("quantity", { description: "Ordered units." }),
    receivedQuantity: t.exposeInt("receivedQuantity"),
    remainingQuantity: t.int({ description: "Units still to receive.", resolve: (l) => l.quantity - l.receivedQuantity }),
    unitCost: t.field({ type: "Amount", resolve: (l) => l.unitCost }),
    lineTotal: t.field({ type: "Amount", description: "quantity × unitCost.", resolve: (l) => l.quantity * l.unitCost }),
  }),
});

export const PosPurchasePayment = builder.prismaObject("PosPurchasePayment", {
  description: "A payment to the supplier against a purchase order.",
  fields: (t) => ({
    id: t.exposeID("id"),
    purchaseId: t.exposeID("purchaseId"),
    amount: t.field({ type: "Amount", resolve: (p) => p.amount }),
    method: t.field({ type: PosPurchasePaymentMethod, resolve: (p) => p.method }),
    reference: t.exposeString("reference", { nullable: true }),
    userId: t.exposeID("userId", { nullable: true }),
    paidAt: t.expose("paidAt", { type: "DateTime" }),
    purchase: t.relation("purchase"),
  }),
});

export const PosPurchaseOrder = builder.prismaObject("PosPurchaseOrder", {
  name: "PosPurchase",
  description: "A purchase order to a supplier for one store. Money in major units; totals are integer cents inside.",
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeString("number", { description: "PO-000001, per tenant." }),
    status: t.field({ type: PosPurchaseStatus, resolve: (p) => p.status }),
    supplierId: t.exposeID("supplierId"),
    supplier: t.field({
      type: PosPurchaseSupplier,
      select: { supplier: { select: { id: true, name: true, balance: true } } },
      resolve: (p) => p.supplier,
    }),
    storeId: t.exposeID("storeId"),
    store: t.field({ type: PosStoreRef, nullable: true, resolve: (p, _a, ctx) => storeRefs(ctx).load(p.storeId) }),
    total: t.field({ type: "Amount", description: "Σ ordered quantity × unit cost.", resolve: (p) => p.total }),
    receivedTotal: t.field({ type: "Amount", description: "Σ received quantity × unit cost (what we owe for this order).", resolve: (p) => p.receivedTotal }),
    paidTotal: t.field({ type: "Amount", resolve: (p) => p.paidTotal }),
    balanceDue: t.field({ type: "Amount", description: "receivedTotal − paidTotal: owed for goods received (negative: prepaid).", resolve: (p) => p.receivedTotal - p.paidTotal }),
    unpaidTotal: t.field({ type: "Amount", description: "total − paidTotal: what can still be paid on this order.", resolve: (p) => p.total - p.paidTotal }),
    expectedAt: t.expose("expectedAt", { type: "DateTime", nullable: true }),
    notes: t.exposeString("notes", { nullable: true }),
    createdById: t.exposeID("createdById", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    lineCount: t.relationCount("lines"),
    lines: t.relation("lines", { query: { orderBy: [{ position: "asc" }, { id: "asc" }] } }),
    payments: t.relation("payments", { query: { orderBy: [{ paidAt: "asc" }, { id: "asc" }] } }),
  }),
});

export const PosPurchasePage = offsetPageType("PosPurchasePage", PosPurchaseOrder, "A page of purchase orders, newest first.");
