import type { Context } from "../../../kernel/context.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";

/**
 * Removes an account inside the caller's transaction: its files, reset tokens, payouts and codes go (referrals
 * and invites follow by cascade); payment orders, wallet transactions, top-ups and withdrawals stay as financial
 * records with the user reference nulled (the foreign keys SET NULL). Returns the stored file keys, to delete
 * after commit so a storage failure cannot resurrect the account.
 */
export async function deleteAccountRows(tx: Prisma.TransactionClient, user: { id: number; email: string }): Promise<string[]> {
  const files = await tx.printFile.findMany({ where: { userId: user.id }, select: { storageKey: true } });
  await tx.printFile.deleteMany({ where: { userId: user.id } });
  await tx.printPasswordReset.deleteMany({ where: { userId: user.id } });
  await tx.printPayout.deleteMany({ where: { shopkeeperId: user.id } });
  await tx.printOtp.deleteMany({ where: { email: user.email } });
  await tx.printUser.delete({ where: { id: user.id } });
  return files.flatMap((f) => (f.storageKey ? [f.storageKey] : []));
}

/** After commit: best effort, logged. */
export async function deleteStoredFiles(ctx: Context, userId: number, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try { await ctx.storage.delete(keys); } catch (error) { ctx.log.error({ err: error, userId, keys: keys.length }, "deleted account's files could not be removed from storage"); }
}
