import { builder } from "../../../builder.ts";
import { AuctionAmount, AuctionLabel } from "../shared/types.ts";
import { enumLabel } from "../shared/labels.ts";
import { clientBalances } from "./client-balance.ts";

export const AuctionClientStatus = builder.enumType("AuctionClientStatus", {
  values: ["new", "pending", "approved", "unapproved", "deleted"] as const,
});

type Summary = { country: string; locality: string; administrativeArea: string; postalCode: string; thoroughfare: string };
const AuctionClientAddressSummary = builder.objectRef<Summary>("AuctionClientAddressSummary").implement({
  description: "The client's default address, as the client list shows it.",
  fields: (t) => ({
    country: t.exposeString("country"),
    city: t.exposeString("locality"),
    state: t.exposeString("administrativeArea"),
    postalCode: t.exposeString("postalCode"),
    street: t.exposeString("thoroughfare"),
  }),
});

type Step = { consignor_commission: string; step_from: string };
const AuctionCommissionStep = builder.objectRef<Step>("AuctionCommissionStep").implement({
  description: "A consignor commission step: from this hammer price on, the house keeps this percentage.",
  fields: (t) => ({
    consignorCommission: t.field({ type: "Money", resolve: (s) => s.consignor_commission }),
    stepFrom: t.field({ type: "Money", resolve: (s) => s.step_from }),
  }),
});

export const AuctionClient = builder.prismaObject("AuctionClient", {
  description: "A client of the house: bidder, buyer and/or consignor.",
  fields: (t) => ({
    id: t.exposeID("id"),
    uuid: t.exposeString("uuid"),
    firstName: t.exposeString("firstName"),
    lastName: t.exposeString("lastName", { description: "Last name or company name." }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    mobile: t.exposeString("mobile", { nullable: true }),
    philaworksplaceId: t.exposeString("customerNumber", { description: "The customer number (e.g. C12345)." }),
    taxId: t.exposeString("taxId", { nullable: true }),
    subscriptionType: t.exposeString("subscriptionType", { nullable: true }),
    status: t.field({ type: AuctionLabel, select: { status: true }, resolve: (c) => enumLabel(c.status) }),
    address: t.field({
      type: AuctionClientAddressSummary,
      nullable: true,
      select: { addresses: { where: { isDefault: true }, take: 1 } },
      resolve: (c) => c.addresses[0] ?? null,
    }),
    balance: t.field({
      type: AuctionAmount,
      description: "What the client owes the house (invoices and credit notes) less what the house owes it (consignor statements), after payments.",
      resolve: async (c, _args, ctx) => ({ value: await clientBalances(ctx).load(c.id) }),
    }),
    defaultPaymentMethod: t.field({
      type: AuctionLabel, nullable: true,
      select: { defaultPaymentMethod: { select: { id: true, label: true } } },
      resolve: (c) => c.defaultPaymentMethod,
    }),
    source: t.field({
      type: AuctionLabel, nullable: true,
      select: { source: { select: { id: true, label: true } } },
      resolve: (c) => c.source,
    }),
    categories: t.field({
      type: [AuctionLabel],
      select: { categories: { select: { id: true, label: true }, orderBy: { id: "asc" } } },
      resolve: (c) => c.categories,
    }),
    additionalCharges: t.field({ type: "JSON", select: { additionalCharges: true }, resolve: (c) => c.additionalCharges }),
    consignorCommissions: t.field({
      type: [AuctionCommissionStep],
      select: { consignorCommissions: true },
      resolve: (c) => c.consignorCommissions as Step[],
    }),
    connectedTo: t.field({
      type: AuctionLabel, nullable: true,
      description: "The primary record this client was connected to (client-connect).",
      select: { connectedTo: { select: { id: true, firstName: true, lastName: true } } },
      resolve: (c) => c.connectedTo && { id: c.connectedTo.id, label: `${c.connectedTo.firstName} ${c.connectedTo.lastName}`.trim() },
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
