import type { RestRoute } from "../../../kernel/rest/route-table.ts";

// TODO(build): routes of this area
export const consignmentRoutes: RestRoute[] = [];
