import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { consumeAuthBudget } from "./auth-limit.ts";
import { checkOtp, issueOtp } from "./otp.service.ts";
import { signSignupToken } from "./signup-token.ts";
import * as V from "./auth.validation.ts";

/** Step 1 of sign-up: mails a 6-digit code to an e-mail that has no account yet. */
export async function sendSignupOtp(ctx: Context, input: { email: string }) {
  await consumeAuthBudget(ctx);
  const email = V.checked(V.EmailModel, input.email);
  const ids = await ctx.db.$transaction(async (tx) => {
    if (await tx.printUser.findUnique({ where: { email }, select: { id: true } })) throw badRequest("This email is already registered.");
    const code = await issueOtp(tx, "signup", email);
    return ctx.mail.enqueue(tx, "print", [{
      to: email, subject: "Your QPrint verification code",
      text: `Your QPrint sign-up code is ${code}. It expires in 10 minutes. If you did not request it, ignore this email.`,
    }]);
  });
  ctx.mail.deliver(ids);
  return { message: "Verification code sent to your email." };
}

/** Step 2: a right code becomes the short-lived signup_token that POST /register requires. */
export async function createSignupToken(ctx: Context, input: { email: string; code: string }) {
  await consumeAuthBudget(ctx);
  const email = V.checked(V.EmailModel, input.email);
  const code = V.checked(V.OtpCodeModel, input.code);
  const result = await checkOtp(ctx.db, "signup", email, code);
  if (result === "exhausted") throw badRequest("Too many failed attempts. Please request a new code.");
  if (result !== "ok") throw badRequest("Invalid or expired code.");
  return { signupToken: await signSignupToken(ctx, email), email };
}
