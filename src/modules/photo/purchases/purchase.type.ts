import { builder } from "../../../builder.ts";
import { PhotoPurchaseStatus } from "../enums.ts";
import { PhotoProject } from "../projects/project.type.ts";
import { PhotoUser } from "./user.type.ts";

export const PhotoDownload = builder.prismaObject("PhotoDownload", {
  description: "A photo included in a purchase: what the buyer may download.",
  fields: (t) => ({
    photoId: t.expose("photoId", { type: "UUID" }),
  }),
});

export const PhotoPurchase = builder.prismaObject("PhotoPurchase", {
  description: "A participant's order of photos from one project. Amounts are integer cents.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    status: t.expose("status", { type: PhotoPurchaseStatus }),
    photoCount: t.exposeInt("photoCount"),
    subtotalCents: t.exposeInt("subtotalCents"),
    discountAppliedCents: t.exposeInt("discountAppliedCents"),
    totalCents: t.exposeInt("totalCents"),
    appliedPromoCode: t.exposeString("appliedPromoCode", { nullable: true }),
    stripePaymentIntentId: t.exposeString("stripePaymentIntentId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    project: t.relation("project", { type: PhotoProject }),
    user: t.relation("user", { type: PhotoUser }),
    downloads: t.relation("downloads", {
      description: "The purchased photos.",
      query: { orderBy: { photoId: "asc" } },
    }),
  }),
});

export type PurchasePageShape = { items: unknown[]; total: number; page: number; limit: number };

/** The documented list envelope; its items are loaded by the root field with the planned nested selection. */
export const PhotoPurchasePage = builder.objectRef<PurchasePageShape>("PhotoPurchasePage").implement({
  description: "One page of purchases, newest first.",
  fields: (t) => ({
    items: t.field({ type: [PhotoPurchase], resolve: (p) => p.items as never }),
    total: t.exposeInt("total", { description: "Purchases matching the filters, over all pages." }),
    page: t.exposeInt("page"),
    limit: t.exposeInt("limit"),
  }),
});
