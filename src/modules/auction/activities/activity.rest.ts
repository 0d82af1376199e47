import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { activityGrammar, activityListGrammar } from "./activity.grammar.ts";

export const ACTIVITY = `{ id type { id label } content { id type label } user { id name } message details created updated }`;

export const activityRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/activities", operation: "Query.auctionActivities", grammar: activityGrammar,
    select: `{ data ${ACTIVITY} count }`,
    summary: "List Activities: filter[content], filter[content_type], filter[type], filter[user], filter[created|updated] (date ranges); sort (default -updated), range, page." },
  { method: "GET", path: "/api/v1.0/activities-list", operation: "Query.auctionActivitiesList", grammar: activityListGrammar,
    select: `{ data { id type { id label } message user { id name } created } count }`,
    summary: "Activities List (Simplified): filter[user], filter[date][value][from|to]; newest first." },
  { method: "POST", path: "/api/v1.0/activities", operation: "Mutation.createAuctionActivity", status: 201, bodyArg: "input", envelope: "record", select: ACTIVITY,
    summary: "Create Activity {type, content, content_type (default item), message, details} as the caller → 201 {data: [activity]}; unknown content: 422." },
];
