import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
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

/** The documented list envelope `{items, total, page, limit}`. */
export const PhotoPurchasePage = offsetPageType("PhotoPurchasePage", PhotoPurchase, "One page of purchases, newest first.");
