import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { supplierPurchaseTotals, type SupplierPurchaseTotals } from "./supplier.loaders.ts";

const PosSupplierPurchases = builder.objectRef<SupplierPurchaseTotals>("PosSupplierPurchases").implement({
  description: "Purchase orders placed with a supplier (cancelled orders excluded from the counts and order totals).",
  fields: (t) => ({
    orderCount: t.exposeInt("orderCount", { description: "Orders not cancelled." }),
    openOrderCount: t.exposeInt("openOrderCount", { description: "Orders ORDERED or PARTIALLY_RECEIVED." }),
    totalOrdered: t.expose("totalOrdered", { type: "Amount", description: "Σ order totals (not cancelled)." }),
    totalReceived: t.expose("totalReceived", { type: "Amount", description: "Σ value of the goods received." }),
    totalPaid: t.expose("totalPaid", { type: "Amount", description: "Σ payments made on the orders." }),
    lastOrderAt: t.expose("lastOrderAt", { type: "DateTime", nullable: true }),
  }),
});

export const PosSupplier = builder.prismaObject("PosSupplier", {
  description: "A supplier the tenant buys from.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name", { description: "Unique among live suppliers (case-insensitive)." }),
    contactName: t.exposeString("contactName", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    balance: t.expose("balance", { type: "Amount", description: "What the tenant owes the supplier (received goods not yet paid)." }),
    purchases: t.field({
      type: PosSupplierPurchases,
      description: "Purchase order totals, one grouped query per page of suppliers.",
      resolve: (s, _args, ctx) => supplierPurchaseTotals(ctx).load(s.id),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosSupplierPage = offsetPageType("PosSupplierPage", PosSupplier, "A page of suppliers and how many match.");
