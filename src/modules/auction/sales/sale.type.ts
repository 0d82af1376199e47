import { builder } from "../../../builder.ts";
import { AuctionLabel } from "../shared/types.ts";
import { saleFigures } from "./sale-figures.ts";

export const SALE_STATUSES = ["draft", "published", "closed"] as const;
export type SaleStatus = (typeof SALE_STATUSES)[number];
export const AuctionSaleStatus = builder.enumType("AuctionSaleStatus", {
  description: "draft → published → closed; closed is final.",
  values: SALE_STATUSES,
});

const catalog = { select: { catalog: { select: { id: true, label: true } } } } as const;

export const AuctionSale = builder.prismaObject("AuctionSale", {
  description: "A sale (auction) with its item figures.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    saleDate: t.expose("saleDate", { type: "DateTime" }),
    status: t.expose("status", { type: AuctionSaleStatus }),
    catalog: t.field({ type: AuctionLabel, nullable: true, ...catalog, resolve: (s) => s.catalog }),
    itemCount: t.int({ description: "Items in the sale (withdrawn ones not counted).", resolve: async (s, _a, ctx) => (await saleFigures(ctx).load(s.id)).itemCount }),
    consignmentCount: t.relationCount("consignments"),
    totalEstimates: t.field({
      type: "Money", description: "Sum of the low estimates of the sale's items (withdrawn ones not counted).",
      resolve: async (s, _a, ctx) => (await saleFigures(ctx).load(s.id)).totalEstimates,
    }),
    totalHammerPrice: t.field({
      type: "Money", description: "Sum of the hammer prices of the sold items.",
      resolve: async (s, _a, ctx) => (await saleFigures(ctx).load(s.id)).totalHammerPrice,
    }),
    lotsLocked: t.exposeBoolean("lotsLocked", { description: "Lot numbers may no longer change." }),
    venue: t.exposeString("venue"),
    premiumRate: t.expose("premiumRate", { type: "Money", description: "Buyer's premium in percent of the hammer price." }),
    taxRate: t.expose("taxRate", { type: "Money", description: "VAT in percent on the premium." }),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** What the website may see of a sale: no money figures, no rates, no lock state. */
export const AuctionPublicSale = builder.prismaObject("AuctionSale", {
  variant: "AuctionPublicSale",
  description: "A published (or closed) sale as the website shows it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    saleDate: t.expose("saleDate", { type: "DateTime" }),
    status: t.expose("status", { type: AuctionSaleStatus }),
    catalog: t.field({ type: AuctionLabel, nullable: true, ...catalog, resolve: (s) => s.catalog }),
    itemCount: t.int({ resolve: async (s, _a, ctx) => (await saleFigures(ctx).load(s.id)).itemCount }),
    venue: t.exposeString("venue"),
  }),
});
