import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { PURCHASE_DETAIL, PURCHASE_PAGE } from "../selections.ts";

export const purchaseRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/purchases", operation: "Query.photoPurchases", select: PURCHASE_PAGE, summary: "List purchases across the operator's projects, newest first" },
  { method: "GET", path: "/v1/purchases/:id", operation: "Query.photoPurchase", select: PURCHASE_DETAIL, summary: "Purchase detail with purchased photo ids" },
];
