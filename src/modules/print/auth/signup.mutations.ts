import { builder } from "../../../builder.ts";
import { PrintRole } from "../enums.ts";
import { PrintAccountMessagePayload, PrintAuthPayload, PrintSignupTokenPayload } from "./auth.type.ts";
import { createSignupToken, sendSignupOtp } from "./signup.service.ts";
import { register } from "./register.service.ts";

// Input fields are camelCase; REST maps the documented snake_case body keys (full_name → fullName) onto them.
export const SendPrintSignupOtpInput = builder.inputType("SendPrintSignupOtpInput", {
  fields: (t) => ({ email: t.string({ required: true }) }),
});

export const CreatePrintSignupTokenInput = builder.inputType("CreatePrintSignupTokenInput", {
  fields: (t) => ({ email: t.string({ required: true }), code: t.string({ required: true, description: "The 6 digits from the mail." }) }),
});

export const RegisterPrintUserInput = builder.inputType("RegisterPrintUserInput", {
  fields: (t) => ({
    fullName: t.string({ required: true }),
    username: t.string({ required: true, description: "3–40 letters, digits, '.', '_' or '-', with at least one letter." }),
    email: t.string({ required: true }),
    phone: t.string(),
    password: t.string({ required: true, description: "At least 8 characters." }),
    role: t.field({ type: PrintRole, description: "customer (default) or shopkeeper; admin is refused." }),
    signupToken: t.string({ description: "From createPrintSignupToken; required unless SKIP_SIGNUP_OTP." }),
    referralCode: t.string({ description: "A customer's referral code (customer sign-ups only)." }),
    shopName: t.string({ description: "Shopkeepers: required." }),
    lat: t.float({ description: "Shopkeepers: required." }),
    long: t.float({ description: "Shopkeepers: required." }),
    address: t.string({ description: "Shopkeepers: required." }),
  }),
});

builder.mutationFields((t) => ({
  sendPrintSignupOtp: t.field({
    description: "Mail a 6-digit sign-up code to an e-mail that has no account (10 minutes; at most 5 sends an hour, 60 s apart).",
    type: PrintAccountMessagePayload,
    args: { input: t.arg({ type: SendPrintSignupOtpInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendSignupOtp(ctx, input),
  }),
  createPrintSignupToken: t.field({
    description: "Verify a sign-up code (5 attempts) and get the signup token registration requires.",
    type: PrintSignupTokenPayload,
    args: { input: t.arg({ type: CreatePrintSignupTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) => createSignupToken(ctx, input),
  }),
  registerPrintUser: t.field({
    description: "Create a customer or shopkeeper account and log it in.",
    type: PrintAuthPayload,
    args: { input: t.arg({ type: RegisterPrintUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => register(ctx, input),
  }),
}));
