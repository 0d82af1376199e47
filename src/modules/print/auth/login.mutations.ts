import { builder } from "../../../builder.ts";
import { ANY_PRINT_USER } from "../roles.ts";
import { PrintAccountMessagePayload, PrintAuthPayload } from "./auth.type.ts";
import { login, loginWithOtp, sendLoginOtp } from "./login.service.ts";
import { queueClearedSession } from "./session.ts";

export const LoginPrintInput = builder.inputType("LoginPrintInput", {
  fields: (t) => ({
    username: t.string({ required: true, description: "Username, e-mail or 10-digit mobile number." }),
    password: t.string({ required: true }),
  }),
});

export const SendPrintLoginOtpInput = builder.inputType("SendPrintLoginOtpInput", {
  fields: (t) => ({ login: t.string({ required: true, description: "An e-mail address (no SMS)." }) }),
});

export const LoginPrintWithOtpInput = builder.inputType("LoginPrintWithOtpInput", {
  fields: (t) => ({ login: t.string({ required: true }), code: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  loginPrint: t.field({
    description: "Log in with a password.",
    type: PrintAuthPayload,
    args: { input: t.arg({ type: LoginPrintInput, required: true }) },
    resolve: (_root, { input }, ctx) => login(ctx, input),
  }),
  sendPrintLoginOtp: t.field({
    description: "Mail a login code if the e-mail is registered (the answer is the same either way).",
    type: PrintAccountMessagePayload,
    args: { input: t.arg({ type: SendPrintLoginOtpInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendLoginOtp(ctx, input),
  }),
  loginPrintWithOtp: t.field({
    description: "Log in with a mailed code.",
    type: PrintAuthPayload,
    args: { input: t.arg({ type: LoginPrintWithOtpInput, required: true }) },
    resolve: (_root, { input }, ctx) => loginWithOtp(ctx, input),
  }),
  deletePrintSession: t.field({
    description: "Log out: REST clears the session cookie (always, so a stale cookie can be cleared). A JWT stays valid until it expires (tokens are stateless).",
    type: PrintAccountMessagePayload,
    resolve: (_root, _args, ctx) => {
      queueClearedSession(ctx);
      return { message: "Logged out" };
    },
  }),
}));
