import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const authRoutes: RestRoute[] = [
  { method: "POST", path: "/api/v1.0/bo_auth", operation: "Mutation.loginAuction", bodyArg: "input", envelope: "object",
    select: "{ accessToken user { id name email roles } }",
    summary: "Back Office Authentication: {username (or e-mail), password} → {data: {access_token, user}}. 401 on bad credentials." },
];
