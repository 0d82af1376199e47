import type { Context } from "../../../kernel/context.ts";
import { badRequest, forbidden, unauthenticated } from "../../../kernel/errors.ts";
import { verifyPassword } from "../../../kernel/auth/password.ts";
import { userIdOf } from "../roles.ts";
import { consumeAuthBudget } from "../auth/auth-limit.ts";
import { queueClearedSession } from "../auth/session.ts";

/**
 * Deletes the caller's account after password confirmation, in one transaction: its files (rows now, stored
 * objects after commit), reset tokens, payouts and codes go; payment orders, wallet transactions, top-ups and
 * withdrawals stay as financial records with the user reference nulled (the foreign keys SET NULL).
 */
export async function deleteAccount(ctx: Context, input: { password: string }) {
  await consumeAuthBudget(ctx);
  const id = userIdOf(ctx);
  const user = await ctx.db.printUser.findUnique({ where: { id }, select: { role: true, email: true, passwordHash: true } });
  if (!user) throw unauthenticated("Account no longer exists");
  if (user.role === "admin") throw forbidden("Admin accounts cannot be deleted through this endpoint.");
  if (!(await verifyPassword(input.password, user.passwordHash))) throw badRequest("Incorrect password.");
  const storageKeys = await ctx.db.$transaction(async (tx) => {
    const files = await tx.printFile.findMany({ where: { userId: id }, select: { storageKey: true } });
    await tx.printFile.deleteMany({ where: { userId: id } });
    await tx.printPasswordReset.deleteMany({ where: { userId: id } });
    await tx.printPayout.deleteMany({ where: { shopkeeperId: id } });
    await tx.printOtp.deleteMany({ where: { email: user.email } });
    await tx.printUser.delete({ where: { id } });
    return files.flatMap((f) => (f.storageKey ? [f.storageKey] : []));
  });
  if (storageKeys.length) {
    try { await ctx.storage.delete(storageKeys); } catch (error) { ctx.log.error({ err: error, userId: id }, "deleted account's files could not be removed from storage"); }
  }
  queueClearedSession(ctx);
  return { message: "Account deleted successfully" };
}
