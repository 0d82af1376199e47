import type { Context } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import { userIdOf } from "../roles.ts";
import { checked, pageOf } from "../payments/payment-order.validation.ts";
import { applyWalletChange } from "./ledger.ts";
import { WithdrawalModel } from "./wallet.validation.ts";

type PlannedQuery = { select?: object; include?: object };

/** The caller's balance in paise. */
export async function balanceOf(ctx: Context): Promise<number> {
  const user = await ctx.db.printUser.findUnique({ where: { id: userIdOf(ctx) }, select: { walletBalance: true } });
  if (!user) throw notFound("User");
  return user.walletBalance;
}

/** One page of the caller's ledger, newest first (by id: the order the changes were applied in), and the total. */
export async function listTransactions(ctx: Context, args: { limit?: number | null; offset?: number | null }, query: PlannedQuery) {
  const { limit, offset } = pageOf(args);
  const where = { userId: userIdOf(ctx) };
  const [transactions, total] = await Promise.all([
    ctx.db.printWalletTransaction.findMany({ ...query, where, orderBy: { id: "desc" }, skip: offset, take: limit }),
    ctx.db.printWalletTransaction.count({ where }),
  ]);
  return { transactions, total };
}

/**
 * Pays wallet money out to a bank account: the withdrawal request (pending, processed by staff) and the debit in
 * one transaction, so the money is either reserved for the payout or still in the wallet, never both or neither.
 */
export async function requestWithdrawal(ctx: Context, input: unknown): Promise<number> {
  const userId = userIdOf(ctx);
  const w = checked(WithdrawalModel, input);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.printWithdrawal.create({
      data: { userId, amount: w.amount, bankAccount: w.bankAccount, ifscCode: w.ifscCode, accountHolderName: w.accountHolderName },
      select: { id: true },
    });
    await applyWalletChange(tx, { userId, amount: -w.amount, type: "withdrawal", description: "Withdrawal to bank account" });
    return row.id;
  });
}
