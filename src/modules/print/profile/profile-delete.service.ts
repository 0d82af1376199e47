import type { Context } from "../../../kernel/context.ts";
import { badRequest, forbidden, unauthenticated } from "../../../kernel/errors.ts";
import { verifyPassword } from "../../../kernel/auth/password.ts";
import { userIdOf } from "../roles.ts";
import { consumeAuthBudget } from "../auth/auth-limit.ts";
import { queueClearedSession } from "../auth/session.ts";
import { deleteAccountRows, deleteStoredFiles } from "../users/account-deletion.service.ts";

/** Deletes the caller's account after password confirmation (what goes and what stays: deleteAccountRows). */
export async function deleteAccount(ctx: Context, input: { password: string }) {
  await consumeAuthBudget(ctx);
  const id = userIdOf(ctx);
  const user = await ctx.db.printUser.findUnique({ where: { id }, select: { role: true, email: true, passwordHash: true } });
  if (!user) throw unauthenticated("Account no longer exists");
  if (user.role === "admin") throw forbidden("Admin accounts cannot be deleted through this endpoint.");
  if (!(await verifyPassword(input.password, user.passwordHash))) throw badRequest("Incorrect password.");
  const storageKeys = await ctx.db.$transaction((tx) => deleteAccountRows(tx, { id, email: user.email }));
  await deleteStoredFiles(ctx, id, storageKeys);
  queueClearedSession(ctx);
  return { message: "Account deleted successfully" };
}
