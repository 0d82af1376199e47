import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { graphqlHandler } from "./graphql-handler.ts";

const AUTH = "{ token role username }";
const MESSAGE = "{ message }";
/** The documented POST /register body keys; the handler maps each onto its camelCase RegisterPrintUserInput field. */
const REGISTER_FIELDS = ["full_name", "username", "email", "phone", "password", "role", "signup_token", "referral_code", "shop_name", "lat", "long", "address"];

// Routes whose answer sets or clears a cookie run their root field through a handler (sofa cannot set cookies).
export const authRoutes: RestRoute[] = [
  { method: "POST", path: "/register/send-otp", operation: "Mutation.sendPrintSignupOtp", bodyArg: "input", select: MESSAGE, summary: "Mail a 6-digit sign-up code (400 if the e-mail is registered)" },
  { method: "POST", path: "/register/verify-otp", operation: "Mutation.createPrintSignupToken", bodyArg: "input", select: "{ signup_token: signupToken email }", summary: "Verify the sign-up code and get a signup_token" },
  {
    method: "POST", path: "/register", operation: "Mutation.registerPrintUser", status: 201, bodyArg: "input", summary: "Register a customer or shopkeeper (sets the session cookie)",
    handler: graphqlHandler({ document: `mutation Register($input: RegisterPrintUserInput!) { registerPrintUser(input: $input) ${AUTH} }`, inputFields: REGISTER_FIELDS, status: 201 }),
  },
  {
    method: "POST", path: "/login", operation: "Mutation.loginPrint", bodyArg: "input", summary: "Log in with username, e-mail or mobile and password (sets the session cookie)",
    handler: graphqlHandler({ document: `mutation Login($input: LoginPrintInput!) { loginPrint(input: $input) ${AUTH} }`, inputFields: ["username", "password"] }),
  },
  { method: "POST", path: "/login/request-otp", operation: "Mutation.sendPrintLoginOtp", bodyArg: "input", select: MESSAGE, summary: "Mail a login code to a registered e-mail" },
  {
    method: "POST", path: "/login/verify-otp", operation: "Mutation.loginPrintWithOtp", bodyArg: "input", summary: "Log in with a mailed code (sets the session cookie)",
    handler: graphqlHandler({ document: `mutation LoginOtp($input: LoginPrintWithOtpInput!) { loginPrintWithOtp(input: $input) ${AUTH} }`, inputFields: ["login", "code"] }),
  },
  { method: "POST", path: "/forgot-password", operation: "Mutation.sendPrintPasswordReset", bodyArg: "input", select: MESSAGE, summary: "Mail a password reset link" },
  { method: "POST", path: "/reset-password", operation: "Mutation.updatePrintPasswordWithResetToken", bodyArg: "input", select: MESSAGE, summary: "Set a new password with a reset token" },
  { method: "POST", path: "/forgot-username", operation: "Mutation.sendPrintUsernameReminder", bodyArg: "input", select: MESSAGE, summary: "Mail the username (public: the user cannot be logged in)" },
  {
    method: "POST", path: "/logout", operation: "Mutation.deletePrintSession", summary: "Log out (clears the session cookie)",
    handler: graphqlHandler({ document: `mutation Logout { deletePrintSession ${MESSAGE} }` }),
  },
  {
    method: "GET", path: "/csrf-token", operation: "Query.printCsrfToken", summary: "Get a CSRF token (and its cookie) for cookie-authenticated writes",
    handler: graphqlHandler({ document: "query Csrf { printCsrfToken { csrfToken } }" }),
  },
];
