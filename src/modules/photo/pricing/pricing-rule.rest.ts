import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { PRICING_RULE } from "../selections.ts";

export const pricingRuleRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/pricing/rules", operation: "Query.photoPricingRules", select: PRICING_RULE, summary: "List the operator default and all project overrides" },
  { method: "POST", path: "/v1/pricing/rules", operation: "Mutation.createPhotoPricingRule", status: 201, bodyArg: "input", select: PRICING_RULE, summary: "Create a pricing rule (no projectId: operator default)" },
  { method: "PATCH", path: "/v1/pricing/rules/:id", operation: "Mutation.updatePhotoPricingRule", bodyArg: "input", select: PRICING_RULE, summary: "Update price, compare-at price, dates or active flag" },
  { method: "DELETE", path: "/v1/pricing/rules/:id", operation: "Mutation.deletePhotoPricingRule", status: 204, summary: "Delete a pricing rule" },
];
