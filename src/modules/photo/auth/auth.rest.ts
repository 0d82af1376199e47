import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const authRoutes: RestRoute[] = [
  { method: "POST", path: "/v1/auth/register", operation: "Mutation.registerPhotoOperator", status: 201, bodyArg: "input", select: "{ token }", summary: "Register a new operator account" },
  { method: "POST", path: "/v1/auth/login", operation: "Mutation.loginPhoto", bodyArg: "input", select: "{ token }", summary: "Log in as an operator or photographer" },
  { method: "POST", path: "/v1/auth/register-photographer", operation: "Mutation.registerPhotoPhotographer", status: 201, bodyArg: "input", select: "{ id name email }", summary: "Register a photographer under the authenticated operator" },
];
