import type { Prisma } from "../../../../generated/prisma/client.ts";
import { applyWalletChange } from "../wallet/ledger.ts";

/**
 * Called inside the transaction of a referee's top-up credit, or when a shop confirms printing one of the referee's
 * paid files (paying alone does not qualify: an unprinted order can be withdrawn and refunded). When a referral is pending,
 * credits the referrer's bonus and the referee's welcome (each once, by idempotency key) and marks it credited.
 * The conditional status update makes a concurrent second call a no-op.
 */
export async function creditReferralOnFirstAction(tx: Prisma.TransactionClient, refereeId: number, amounts: { bonus: number; welcome: number }): Promise<boolean> {
  const referral = await tx.printReferral.findUnique({ where: { refereeId }, select: { id: true, referrerId: true, status: true } });
  if (!referral || referral.status !== "pending") return false;
  const { count } = await tx.printReferral.updateMany({
    where: { id: referral.id, status: "pending" },
    data: { status: "credited", amount: amounts.bonus, creditedAt: new Date() },
  });
  if (count === 0) return false;
  if (amounts.bonus > 0) {
    await applyWalletChange(tx, { userId: referral.referrerId, amount: amounts.bonus, type: "referral_bonus",
      description: "Referral bonus", idempotencyKey: `referral_bonus:${referral.id}` });
  }
  if (amounts.welcome > 0) {
    await applyWalletChange(tx, { userId: refereeId, amount: amounts.welcome, type: "referral_welcome",
      description: "Referral welcome bonus", idempotencyKey: `referral_welcome:${referral.id}` });
  }
  return true;
}
