import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { ANALYTICS } from "../selections.ts";

export const analyticsRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/analytics", operation: "Query.photoAnalytics", select: ANALYTICS, summary: "KPIs, photos by photographer, revenue by project, conversion funnel" },
];
