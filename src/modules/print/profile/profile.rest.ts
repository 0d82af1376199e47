import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { graphqlHandler } from "../auth/graphql-handler.ts";

/** The documented profile object (GET and PUT answer the same shape). */
export const PRINT_PROFILE = "{ id username full_name: fullName email phone role shop_name: shopName address is_open: isOpen referral_code: referralCode referral_link: referralLink }";

export const profileRoutes: RestRoute[] = [
  { method: "GET", path: "/profile", operation: "Query.printProfile", select: PRINT_PROFILE, summary: "The caller's profile" },
  { method: "PUT", path: "/profile", operation: "Mutation.updatePrintProfile", bodyArg: "input", select: PRINT_PROFILE, summary: "Update the caller's profile" },
  {
    method: "DELETE", path: "/profile", operation: "Mutation.deletePrintProfile", bodyArg: "input", summary: "Delete the caller's account (clears the session cookie)",
    // a handler because the answer clears the cookie
    handler: graphqlHandler({ document: "mutation DeleteProfile($input: DeletePrintProfileInput!) { deletePrintProfile(input: $input) { message } }", inputFields: ["password"] }),
  },
];
