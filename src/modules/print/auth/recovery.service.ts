import { createHash, randomBytes } from "node:crypto";
import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { hashPassword } from "../../../kernel/auth/password.ts";
import { printConfig } from "../config.ts";
import { consumeAuthBudget } from "./auth-limit.ts";
import * as V from "./auth.validation.ts";

const RESET_TTL_MS = 60 * 60_000;
/** Reset tokens are 32 random bytes; only their sha256 is stored (they are unguessable, so no slow hash is needed). */
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** Mails a single-use, one-hour reset link to a registered e-mail; the same answer for any e-mail. */
export async function sendPasswordReset(ctx: Context, input: { email: string }) {
  await consumeAuthBudget(ctx);
  const email = V.checked(V.EmailModel, input.email);
  const user = await ctx.db.printUser.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("base64url");
    const link = `${printConfig(ctx.config).PRINT_PUBLIC_URL}/reset-password?token=${token}`;
    const ids = await ctx.db.$transaction(async (tx) => {
      await tx.printPasswordReset.create({ data: { userId: user.id, tokenHash: digest(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) } });
      return ctx.mail.enqueue(tx, "print", [{
        to: email, subject: "Reset your QPrint password",
        text: `Open this link within one hour to choose a new password:\n${link}\n\nIf you did not ask for it, ignore this email.`,
      }]);
    });
    ctx.mail.deliver(ids);
  }
  return { message: "If this email is registered, a password reset link has been sent." };
}

/** Sets a new password with a valid reset token; the token, and every other open token of the account, is spent. */
export async function resetPassword(ctx: Context, input: { token: string; password: string }) {
  await consumeAuthBudget(ctx);
  V.checked(V.PasswordModel, input.password);
  const passwordHash = await hashPassword(input.password);
  const invalid = () => badRequest("Invalid or expired reset token.");
  if (!input.token.trim()) throw invalid();
  await ctx.db.$transaction(async (tx) => {
    const reset = await tx.printPasswordReset.findUnique({ where: { tokenHash: digest(input.token.trim()) }, select: { id: true, userId: true, usedAt: true, expiresAt: true } });
    if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) throw invalid();
    // conditional: of two concurrent uses of one token only one passes
    const { count } = await tx.printPasswordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) throw invalid();
    await tx.printPasswordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    // the new password also ends every session issued before it (tokens carry the version)
    await tx.printUser.update({ where: { id: reset.userId }, data: { passwordHash, tokenVersion: { increment: 1 } } });
  });
  return { message: "Password has been reset successfully." };
}

/** Mails the username to a registered e-mail; the same answer for any e-mail. */
export async function sendUsernameReminder(ctx: Context, input: { email: string }) {
  await consumeAuthBudget(ctx);
  const email = V.checked(V.EmailModel, input.email);
  const user = await ctx.db.printUser.findUnique({ where: { email }, select: { username: true } });
  if (user) {
    const ids = await ctx.mail.enqueue(ctx.db, "print", [{
      to: email, subject: "Your QPrint username",
      text: `Your QPrint username is: ${user.username}\n\nIf you did not ask for it, ignore this email.`,
    }]);
    ctx.mail.deliver(ids);
  }
  return { message: "If this email is registered, your username has been sent." };
}
