import { Prisma } from "../../../../generated/prisma/client.ts";
import type { PrintWalletTxType } from "../../../../generated/prisma/enums.ts";
import { DomainError } from "../../../kernel/errors.ts";

type Tx = Prisma.TransactionClient;
export const MAX_BALANCE = 50_000_00;
const INT4_MAX = 2_147_483_647;

export type WalletChange = {
  userId: number;
  /** paise; negative for payments and withdrawals */
  amount: number;
  type: PrintWalletTxType;
  description: string;
  paymentOrderId?: number | null;
  razorpayPaymentId?: string | null;
  /** makes a credit happen once (`topup:<id>`, `refund:order:<id>`, `referral_bonus:<id>`) */
  idempotencyKey?: string;
  /** top-ups respect the ₹50,000 ceiling; refunds and bonuses may exceed it rather than be lost */
  enforceMax?: boolean;
};

/**
 * The one way a wallet balance changes: an atomic conditional UPDATE (never below zero, optionally never above
 * the ceiling) and its ledger row with the balance before and after, in the caller's transaction. Two concurrent
 * payments cannot both spend the same rupee: the second UPDATE sees the first one's balance. Returns null when
 * the idempotency key was already applied (the caller's transaction must then be rolled back or ignored).
 */
export async function applyWalletChange(tx: Tx, change: WalletChange): Promise<{ balanceAfter: number; txId: number } | null> {
  if (change.idempotencyKey) {
    const done = await tx.printWalletTransaction.findUnique({ where: { idempotencyKey: change.idempotencyKey }, select: { id: true } });
    if (done) return null;
  }
  // the column is a 32-bit integer: without the ceiling it is still the column's own limit, and the sums are
  // compared as bigint so an out-of-range change is refused instead of failing the statement
  const ceiling = change.enforceMax ? MAX_BALANCE : INT4_MAX;
  const rows = await tx.$queryRaw<{ wallet_balance: number }[]>`
    UPDATE print_users SET "walletBalance" = "walletBalance" + ${change.amount}::int, "updatedAt" = now()
    WHERE id = ${change.userId}::int AND "walletBalance"::bigint + ${change.amount}::bigint BETWEEN 0 AND ${ceiling}::bigint
    RETURNING "walletBalance" AS wallet_balance`;
  if (rows.length === 0) {
    const user = await tx.printUser.findUnique({ where: { id: change.userId }, select: { walletBalance: true } });
    if (!user) throw new DomainError("NOT_FOUND", "User not found");
    if (user.walletBalance + change.amount < 0) throw new InsufficientBalance();
    throw new DomainError("BAD_REQUEST", change.enforceMax ? "Wallet balance cannot exceed ₹50,000" : "Wallet balance limit reached");
  }
  const balanceAfter = Number(rows[0]!.wallet_balance);
  try {
    const row = await tx.printWalletTransaction.create({
      data: {
        userId: change.userId, type: change.type, amount: change.amount,
        balanceBefore: balanceAfter - change.amount, balanceAfter,
        paymentOrderId: change.paymentOrderId ?? null, razorpayPaymentId: change.razorpayPaymentId ?? null,
        description: change.description, idempotencyKey: change.idempotencyKey ?? null,
      },
      select: { id: true },
    });
    return { balanceAfter, txId: row.id };
  } catch (error) {
    // a concurrent twin committed the same idempotency key first: this change must not happen
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AlreadyApplied(change.idempotencyKey!);
    throw error;
  }
}

/** A debit larger than the balance (a 400 for the caller; payment flows catch it to re-plan after a race). */
export class InsufficientBalance extends DomainError {
  constructor() { super("BAD_REQUEST", "Insufficient wallet balance"); }
}

/** Thrown inside a transaction when a once-only credit raced with its twin; roll back and treat as done. */
export class AlreadyApplied extends Error {
  constructor(readonly key: string) { super(`wallet change ${key} already applied`); }
}
