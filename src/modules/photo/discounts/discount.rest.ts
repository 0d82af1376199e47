import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { DISCOUNT } from "../selections.ts";

export const discountRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/discounts", operation: "Query.photoDiscounts", select: DISCOUNT, summary: "List the operator's discounts" },
  { method: "POST", path: "/v1/discounts", operation: "Mutation.createPhotoDiscount", status: 201, bodyArg: "input", select: DISCOUNT, summary: "Create a discount" },
  { method: "PATCH", path: "/v1/discounts/:id", operation: "Mutation.updatePhotoDiscount", bodyArg: "input", select: DISCOUNT, summary: "Update a discount's name, dates or active flag" },
  { method: "DELETE", path: "/v1/discounts/:id", operation: "Mutation.deletePhotoDiscount", status: 204, summary: "Delete a discount (409 while linked to a project)" },
  { method: "GET", path: "/v1/projects/:id/discounts", operation: "Query.photoProjectDiscounts", select: DISCOUNT, summary: "Discounts linked to a project" },
];
