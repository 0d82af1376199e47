import type { Context } from "../../../kernel/context.ts";
import { badRequest, notFound } from "../../../kernel/errors.ts";
import type { Logger } from "../../../kernel/logger.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { printConfig, type PrintConfig } from "../config.ts";
import { userIdOf } from "../roles.ts";
import { creditReferralOnFirstAction } from "../referral/referral-credit.ts";
import { createRazorpayOrder } from "../payments/razorpay.client.ts";
import { limitTopups } from "../payments/payment-limits.ts";
import type { CapturedPayment } from "../payments/payment-settlement.service.ts";
import { applyWalletChange, MAX_BALANCE } from "./ledger.ts";

export const MIN_TOPUP = 10_00;
export const MAX_TOPUP = 10_000_00;

/**
 * Starts a wallet top-up: checks the per-transaction limits and the ₹50,000 ceiling, creates the Razorpay order
 * and records it as `created`. The wallet is credited only by the signed webhook (creditTopup).
 */
export async function createTopup(ctx: Context, amount: number): Promise<number> {
  const userId = userIdOf(ctx);
  await limitTopups(ctx, userId);
  if (amount < MIN_TOPUP) throw badRequest("Minimum top-up amount is ₹10");
  if (amount > MAX_TOPUP) throw badRequest("Maximum top-up amount is ₹10,000 per transaction");
  const user = await ctx.db.printUser.findUnique({ where: { id: userId }, select: { walletBalance: true } });
  if (!user) throw notFound("User");
  if (user.walletBalance + amount > MAX_BALANCE) throw badRequest("Wallet balance cannot exceed ₹50,000");
  const order = await createRazorpayOrder(printConfig(ctx.config), ctx.log, {
    amount, receipt: `topup_${userId}_${Date.now()}`, notes: { purpose: "wallet_topup", user_id: String(userId) },
  });
  const topup = await ctx.db.printWalletTopup.create({ data: { userId, orderId: order.id, amount }, select: { id: true } });
  return topup.id;
}

/**
 * Razorpay captured a top-up: paid, and the wallet credited exactly once (`topup:<id>`). The ceiling was checked
 * when the top-up started; money already received is credited even if the balance grew meanwhile. A top-up is
 * the referee's qualifying first action for a pending referral.
 */
export async function creditTopup(tx: Prisma.TransactionClient, cfg: PrintConfig, log: Logger, payment: CapturedPayment): Promise<"processed" | "ignored"> {
  const topup = await tx.printWalletTopup.findUnique({ where: { orderId: payment.orderId }, select: { id: true, userId: true, amount: true } });
  if (!topup) { log.warn({ orderId: payment.orderId }, "Razorpay webhook for an unknown order"); return "ignored"; }
  if (payment.amount !== topup.amount) {
    log.warn({ orderId: payment.orderId, expected: topup.amount, got: payment.amount }, "Razorpay capture amount does not match the top-up");
    throw badRequest("Amount mismatch");
  }
  // a late capture of a top-up the expiry job gave up on still counts: the money arrived
  const { count } = await tx.printWalletTopup.updateMany({ where: { id: topup.id, status: { in: ["created", "failed"] } }, data: { status: "paid", paidAt: new Date(), paymentId: payment.id } });
  if (count === 0) return "ignored";
  if (!topup.userId) {
    log.error({ orderId: payment.orderId, paymentId: payment.id }, "top-up paid for a deleted account: refund it manually");
    return "processed";
  }
  await applyWalletChange(tx, { userId: topup.userId, amount: topup.amount, type: "topup", description: "Wallet top-up",
    razorpayPaymentId: payment.id, idempotencyKey: `topup:${topup.id}` });
  await creditReferralOnFirstAction(tx, topup.userId, { bonus: cfg.REFERRAL_BONUS, welcome: cfg.REFERRAL_WELCOME });
  return "processed";
}

/** Razorpay reported the top-up's payment failed: nothing was credited, so only its status changes. */
export async function failTopup(tx: Prisma.TransactionClient, orderId: string): Promise<boolean> {
  const { count } = await tx.printWalletTopup.updateMany({ where: { orderId, status: "created" }, data: { status: "failed" } });
  return count > 0;
}
