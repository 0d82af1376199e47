import { builder } from "../../builder.ts";
import { PhotoDiscountType as DiscountTypes, PhotoProjectStatus as ProjectStatuses, PhotoProjectType as ProjectTypes, PhotoPurchaseStatus as PurchaseStatuses } from "../../../generated/prisma/enums.ts";

/** Photo's enums, straight from the Prisma schema so GraphQL, REST and the database agree on the values. */
export const PhotoProjectType = builder.enumType(ProjectTypes, { name: "PhotoProjectType" });
export const PhotoProjectStatus = builder.enumType(ProjectStatuses, { name: "PhotoProjectStatus" });
export const PhotoDiscountType = builder.enumType(DiscountTypes, { name: "PhotoDiscountType" });
export const PhotoPurchaseStatus = builder.enumType(PurchaseStatuses, { name: "PhotoPurchaseStatus" });
export const PhotoInviteRegistrationStatus = builder.enumType("PhotoInviteRegistrationStatus", {
  description: "pending: sent, not registered · registered: has an account, not joined · joined · expired: expired before registering",
  values: ["pending", "registered", "joined", "expired"] as const,
});
