import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { customerSalesTotals, groupCustomerCounts, type CustomerTotals } from "./customer.loaders.ts";

/** basis points → percent (1250 → 12.5) */
export const percentOf = (bp: number) => bp / 100;

export const PosCustomerGroup = builder.prismaObject("PosCustomerGroup", {
  description: "A customer group (VIP, wholesale...): its discount applies to every sale of its customers.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name", { description: "Unique per tenant." }),
    // no `select`: a deleted group (DELETE returns it) must resolve from the row in hand
    discountPercent: t.float({
      description: "Discount in percent with up to 2 decimals (12.5 = 12.50%); stored as basis points.",
      resolve: (g) => percentOf(g.discountPercent),
    }),
    customerCount: t.int({
      description: "Live customers in the group.",
      resolve: (g, _args, ctx) => groupCustomerCounts(ctx).load(g.id),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const PosCustomerTotals = builder.objectRef<CustomerTotals>("PosCustomerTotals").implement({
  description: "The customer's purchases (voided sales excluded).",
  fields: (t) => ({
    salesCount: t.exposeInt("salesCount", { description: "Sales not voided." }),
    salesTotal: t.expose("salesTotal", { type: "Amount", description: "Σ sale totals net of refunds (returns)." }),
    refundedTotal: t.expose("refundedTotal", { type: "Amount", description: "Refunded through returns." }),
    lastSaleAt: t.expose("lastSaleAt", { type: "DateTime", nullable: true }),
  }),
});

export const PosCustomer = builder.prismaObject("PosCustomer", {
  description: "A customer of the tenant: contact, group, credit (what they owe and may owe) and loyalty points.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email", { nullable: true, description: "Lower-cased; unique among live customers." }),
    phone: t.exposeString("phone", { nullable: true, description: "Without separators (+15550100200); unique among live customers." }),
    address: t.exposeString("address", { nullable: true }),
    groupId: t.exposeID("groupId", { nullable: true }),
    group: t.relation("group", { nullable: true }),
    creditLimit: t.expose("creditLimit", { type: "Amount", description: "The most the customer may owe (0: no credit sales)." }),
    balance: t.expose("balance", { type: "Amount", description: "What the customer owes now (due); negative: store credit." }),
    availableCredit: t.field({
      type: "Amount",
      description: "creditLimit − balance, never below 0.",
      resolve: (c) => Math.max(0, c.creditLimit - c.balance),
    }),
    loyaltyPoints: t.exposeInt("loyaltyPoints"),
    totals: t.field({
      type: PosCustomerTotals,
      description: "Sales count and totals, one grouped query per page of customers.",
      resolve: (c, _args, ctx) => customerSalesTotals(ctx).load(c.id),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosCustomerPage = offsetPageType("PosCustomerPage", PosCustomer, "A page of customers and how many match.");

export const PosLedgerEntryType = builder.enumType("PosLedgerEntryType", {
  description: "What moved a customer's balance.",
  values: ["SALE", "PAYMENT", "DUE_COLLECTION", "ADJUSTMENT", "RETURN", "VOID"] as const,
});

export const PosLedgerEntry = builder.prismaObject("PosLedgerEntry", {
  description: "One money event of a customer. amount > 0 raises what the customer owes, amount < 0 lowers it; balanceAfter is the balance right after it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    customerId: t.exposeID("customerId"),
    type: t.expose("type", { type: PosLedgerEntryType }),
    amount: t.expose("amount", { type: "Amount", description: "Signed: positive raises the balance (owed)." }),
    balanceAfter: t.expose("balanceAfter", { type: "Amount" }),
    referenceType: t.exposeString("referenceType", { nullable: true, description: "sale, payment, return..." }),
    referenceId: t.exposeString("referenceId", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    userId: t.exposeID("userId", { nullable: true, description: "Who recorded it." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const PosLedgerPage = offsetPageType("PosLedgerPage", PosLedgerEntry, "A page of a customer's ledger, newest first.");

export const PosLoyaltyEntryType = builder.enumType("PosLoyaltyEntryType", {
  description: "What moved a customer's loyalty points.",
  values: ["EARN", "REDEEM", "ADJUST", "VOID", "RETURN"] as const,
});

export const PosLoyaltyEntry = builder.prismaObject("PosLoyaltyEntry", {
  description: "One loyalty points event of a customer (signed points) and the points right after it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    customerId: t.exposeID("customerId"),
    type: t.expose("type", { type: PosLoyaltyEntryType }),
    points: t.exposeInt("points", { description: "Signed: earned/added > 0, redeemed/removed < 0." }),
    balanceAfter: t.exposeInt("balanceAfter", { description: "The customer's points right after this entry." }),
    saleId: t.exposeID("saleId", { nullable: true }),
    reason: t.exposeString("reason", { nullable: true }),
    userId: t.exposeID("userId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

type Pagination = { page: number; limit: number; total: number; totalPages: number };
const PosPagination = builder.objectRef<Pagination>("PosPagination").implement({
  description: "Where a page is in its list.",
  fields: (t) => ({
    page: t.exposeInt("page"),
    limit: t.exposeInt("limit"),
    total: t.exposeInt("total"),
    totalPages: t.exposeInt("totalPages"),
  }),
});

export type LoyaltyHistory = { customerId: string; points: number; pointsValue: number; entries: object[]; pagination: Pagination };
export const PosCustomerLoyalty = builder.objectRef<LoyaltyHistory>("PosCustomerLoyalty").implement({
  description: "A customer's current points and one page of their loyalty history, newest first.",
  fields: (t) => ({
    customerId: t.exposeID("customerId"),
    points: t.exposeInt("points", { description: "Current points." }),
    pointsValue: t.expose("pointsValue", { type: "Amount", description: "What the current points are worth when redeemed (program's redeem value)." }),
    entries: t.field({ type: [PosLoyaltyEntry], resolve: (h) => h.entries as never }),
    pagination: t.field({ type: PosPagination, resolve: (h) => h.pagination }),
  }),
});

export type LoyaltyAdjustment = { customer: object; points: number; entry: object };
export const PosLoyaltyAdjustment = builder.objectRef<LoyaltyAdjustment>("PosLoyaltyAdjustment").implement({
  description: "A manual loyalty adjustment: the customer after it, their points and the entry written.",
  fields: (t) => ({
    customer: t.field({ type: PosCustomer, resolve: (a) => a.customer as never }),
    points: t.exposeInt("points", { description: "The customer's points after the adjustment." }),
    entry: t.field({ type: PosLoyaltyEntry, resolve: (a) => a.entry as never }),
  }),
});

export type LoyaltyProgram = {
  enabled: boolean; pointsPerUnit: number; redeemValueCents: number; minRedeemPoints: number; currency: string;
};
export const PosLoyaltyProgram = builder.objectRef<LoyaltyProgram>("PosLoyaltyProgram").implement({
  description: "The tenant's loyalty program (tenant settings `loyalty`; changed through PATCH /api/v1/tenants/me/settings).",
  fields: (t) => ({
    enabled: t.exposeBoolean("enabled", { description: "Sales earn and may redeem points." }),
    pointsPerUnit: t.exposeInt("pointsPerUnit", { description: "Points earned per whole currency unit paid (1 = 1 point per 1.00)." }),
    redeemValue: t.expose("redeemValueCents", { type: "Amount", description: "What one point is worth when redeemed, in currency units (0.01 = one cent)." }),
    minRedeemPoints: t.exposeInt("minRedeemPoints", { description: "Fewest points one sale may redeem." }),
    currency: t.exposeString("currency"),
    earnRule: t.string({
      description: "The earning rule in words.",
      resolve: (p) => p.enabled ? `${p.pointsPerUnit} point${p.pointsPerUnit === 1 ? "" : "s"} per 1.00 ${p.currency} paid` : "Loyalty program disabled",
    }),
    redeemRule: t.string({
      description: "The redeeming rule in words.",
      resolve: (p) => p.enabled
        ? `1 point = ${(p.redeemValueCents / 100).toFixed(2)} ${p.currency}; at least ${p.minRedeemPoints} points per sale`
        : "Loyalty program disabled",
    }),
  }),
});
