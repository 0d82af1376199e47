import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { OPERATOR_PROFILE } from "../selections.ts";

export const operatorRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/operators/me", operation: "Query.photoCurrentOperator", select: OPERATOR_PROFILE, summary: "The authenticated operator's profile" },
  { method: "PATCH", path: "/v1/operators/me", operation: "Mutation.updatePhotoCurrentOperator", bodyArg: "input", select: OPERATOR_PROFILE, summary: "Update the operator's profile fields" },
];
