import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";

/**
 * Proof that an e-mail passed the sign-up OTP: a 30-minute JWT of print with role `signup` and the e-mail as
 * subject. As a bearer token it grants nothing (no print scope accepts the `signup` role).
 */
const ROLE = "signup";

export const signSignupToken = (ctx: Context, email: string) => ctx.tokens.sign({ system: "print", id: email, role: ROLE }, "30m");

/** Throws 400 unless the token is a valid, unexpired sign-up token for exactly this e-mail. */
export async function assertSignupToken(ctx: Context, token: string | null | undefined, email: string): Promise<void> {
  if (!token) throw badRequest("Email verification is required: signup_token is missing.");
  const principal = await ctx.tokens.verify(token);
  if (!principal || principal.system !== "print" || principal.role !== ROLE) throw badRequest("Invalid or expired signup token.");
  if (principal.id !== email) throw badRequest("The signup token does not match this email.");
}
