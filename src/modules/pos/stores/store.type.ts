import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";

/** A store (branch) of a tenant. */
export const PosStore = builder.prismaObject("PosStore", {
  description: "A store (branch) of the tenant: stock, sales and cashiers belong to a store.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    code: t.exposeString("code", { description: "Short upper-case code, unique per tenant (deleted stores keep theirs)." }),
    address: t.exposeString("address", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    isActive: t.exposeBoolean("isActive"),
    deletedAt: t.expose("deletedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosStorePage = offsetPageType("PosStorePage", PosStore, "A page of stores and how many match.");

type Period = { salesCount: number; revenue: number; refunded: number; averageBasket: number };
const PosStoreSalesPeriod = builder.objectRef<Period>("PosStoreSalesPeriod").implement({
  description: "Sales of a store over a period (voided sales excluded).",
  fields: (t) => ({
    salesCount: t.exposeInt("salesCount", { description: "Sales not voided." }),
    revenue: t.expose("revenue", { type: "Amount", description: "Sum of the totals (tax included) of sales not voided." }),
    refunded: t.expose("refunded", { type: "Amount", description: "Refunded on those sales through returns." }),
    averageBasket: t.expose("averageBasket", { type: "Amount", description: "revenue / salesCount (0 without sales)." }),
  }),
});

type Stock = { units: number; value: number; lowStockCount: number; productCount: number };
const PosStoreStockStats = builder.objectRef<Stock>("PosStoreStockStats").implement({
  description: "Stock on hand of a store (live products and variants, positive quantities).",
  fields: (t) => ({
    units: t.expose("units", { type: "SafeInt", description: "Units on hand." }),
    value: t.expose("value", { type: "Amount", description: "Units × cost (the variant's cost, else the product's)." }),
    lowStockCount: t.exposeInt("lowStockCount", { description: "Stock rows at or below their threshold (threshold > 0)." }),
    productCount: t.exposeInt("productCount", { description: "Stock rows with units on hand." }),
  }),
});

type Transfers = { incoming: number; outgoing: number };
const PosStoreTransferStats = builder.objectRef<Transfers>("PosStoreTransferStats").implement({
  description: "Open transfers (PENDING or IN_TRANSIT) of a store.",
  fields: (t) => ({
    incoming: t.exposeInt("incoming", { description: "Open transfers to this store." }),
    outgoing: t.exposeInt("outgoing", { description: "Open transfers from this store." }),
  }),
});

export type StoreStats = { storeId: string; generatedAt: Date; today: Period; last30Days: Period; stock: Stock; transfers: Transfers };
export const PosStoreStats = builder.objectRef<StoreStats>("PosStoreStats").implement({
  description: "A store's dashboard, computed in the database. \"today\" starts at 00:00 UTC; \"last30Days\" is the rolling 30 × 24 h before now.",
  fields: (t) => ({
    storeId: t.exposeID("storeId"),
    generatedAt: t.expose("generatedAt", { type: "DateTime" }),
    today: t.field({ type: PosStoreSalesPeriod, resolve: (s) => s.today }),
    last30Days: t.field({ type: PosStoreSalesPeriod, resolve: (s) => s.last30Days }),
    stock: t.field({ type: PosStoreStockStats, resolve: (s) => s.stock }),
    transfers: t.field({ type: PosStoreTransferStats, resolve: (s) => s.transfers }),
  }),
});
