import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { PROMO_CODE } from "../selections.ts";

export const promoCodeRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/promo-codes", operation: "Query.photoPromoCodes", select: PROMO_CODE, summary: "List the operator's promo codes" },
  { method: "POST", path: "/v1/promo-codes", operation: "Mutation.createPhotoPromoCode", status: 201, bodyArg: "input", select: PROMO_CODE, summary: "Create a promo code for one of the operator's discounts" },
  { method: "PATCH", path: "/v1/promo-codes/:id", operation: "Mutation.updatePhotoPromoCode", bodyArg: "input", select: PROMO_CODE, summary: "Update a promo code's active flag, limits or dates" },
  { method: "DELETE", path: "/v1/promo-codes/:id", operation: "Mutation.deletePhotoPromoCode", status: 204, summary: "Delete a promo code" },
];
