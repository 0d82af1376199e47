import { builder } from "../../../builder.ts";
import { PhotoDiscountType } from "../enums.ts";

export const PhotoDiscount = builder.prismaObject("PhotoDiscount", {
  description: "A discount: percentage points, a fixed amount in cents, or a bundle percentage from bundleMinPhotos photos.",
  fields: (t) => ({
    id: t.expose("id", { type: "UUID" }),
    name: t.exposeString("name"),
    type: t.expose("type", { type: PhotoDiscountType }),
    value: t.exposeInt("value", { description: "Percentage points (percentage, bundle) or cents (fixed)." }),
    bundleMinPhotos: t.exposeInt("bundleMinPhotos", { nullable: true }),
    validFrom: t.expose("validFrom", { type: "DateTime", nullable: true }),
    validUntil: t.expose("validUntil", { type: "DateTime", nullable: true }),
    isActive: t.exposeBoolean("isActive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
