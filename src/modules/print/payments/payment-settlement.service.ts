import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { PrintPaymentStatus } from "../../../../generated/prisma/enums.ts";
import type { Services } from "../../../kernel/context.ts";
import type { Logger } from "../../../kernel/logger.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { applyWalletChange, InsufficientBalance } from "../wallet/ledger.ts";

type Tx = Prisma.TransactionClient;
export type CapturedPayment = { id: string; orderId: string; amount: number };
type LockedOrder = { id: number; userId: number | null; status: PrintPaymentStatus; walletAmount: number; razorpayAmount: number };

/**
 * Locks a payment order for the rest of the transaction and reads it fresh, so a capture, a failure and the
 * expiry job deciding about the same order run one after the other and each sees what the previous one did.
 */
async function lockOrder(tx: Tx, where: { orderId: string } | { id: number }): Promise<LockedOrder | undefined> {
  const rows = "orderId" in where
    ? await tx.$queryRaw<LockedOrder[]>`SELECT id, "userId", status::text AS status, "walletAmount", "razorpayAmount" FROM print_payment_orders WHERE "orderId" = ${where.orderId} FOR UPDATE`
    : await tx.$queryRaw<LockedOrder[]>`SELECT id, "userId", status::text AS status, "walletAmount", "razorpayAmount" FROM print_payment_orders WHERE id = ${where.id} FOR UPDATE`;
  return rows[0];
}

/**
 * Razorpay captured the gateway part of an order: it is paid. The payload's amount must be exactly the part sent
 * to Razorpay (else 400 "Amount mismatch" and the transaction rolls back). An order that had already failed (its wallet part
 * returned) takes the wallet part again; if the wallet no longer holds it, the order stays failed and the capture
 * is logged for a manual refund rather than half-paid.
 */
export async function settleCapturedOrder(tx: Tx, log: Logger, payment: CapturedPayment): Promise<"processed" | "ignored"> {
  const order = await lockOrder(tx, { orderId: payment.orderId });
  if (!order) return "ignored";
  if (payment.amount !== order.razorpayAmount) {
    log.warn({ orderId: payment.orderId, expected: order.razorpayAmount, got: payment.amount }, "Razorpay capture amount does not match the order");
    throw badRequest("Amount mismatch");
  }
  if (order.status !== "created" && order.status !== "failed") return "ignored";
  if (order.status === "failed" && order.walletAmount > 0 && order.userId) {
    try {
      await applyWalletChange(tx, { userId: order.userId, amount: -order.walletAmount, type: "payment", description: "Print payment",
        paymentOrderId: order.id, idempotencyKey: `repay:order:${order.id}` });
    } catch (error) {
      if (!(error instanceof InsufficientBalance)) throw error;
      log.error({ orderId: payment.orderId, paymentId: payment.id }, "payment captured for a failed order whose wallet part is spent: refund it manually");
      return "ignored";
    }
  }
  await tx.printPaymentOrder.update({ where: { id: order.id }, data: { status: "paid", paidAt: new Date(), paymentId: payment.id }, select: { id: true } });
  return "processed";
}

/** The order will not be paid (failed at Razorpay, or abandoned): failed, and its wallet part returned once. */
export async function failOrder(tx: Tx, where: { orderId: string } | { id: number }): Promise<boolean> {
  const order = await lockOrder(tx, where);
  if (!order || order.status !== "created") return false;
  await tx.printPaymentOrder.update({ where: { id: order.id }, data: { status: "failed" }, select: { id: true } });
  if (order.walletAmount > 0 && order.userId) {
    await applyWalletChange(tx, { userId: order.userId, amount: order.walletAmount, type: "refund", description: "Refund for failed payment",
      paymentOrderId: order.id, idempotencyKey: `refund:failed-order:${order.id}` });
  }
  return true;
}

/** Checkouts left unpaid this long are abandoned: their wallet part goes back (a late capture re-takes it). */
export const UNPAID_ORDER_TTL_MS = 60 * 60 * 1000;

/** Background job: fails orders (and top-ups) still unpaid after the TTL, a batch at a time. Returns how many orders failed. */
export async function expireUnpaidOrders(services: Pick<Services, "db">, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNPAID_ORDER_TTL_MS);
  const stale = await services.db.printPaymentOrder.findMany({ where: { status: "created", createdAt: { lt: cutoff } }, select: { id: true }, orderBy: { id: "asc" }, take: 200 });
  let failed = 0;
  for (const { id } of stale) {
    if (await services.db.$transaction((tx) => failOrder(tx, { id }))) failed++;
  }
  await services.db.printWalletTopup.updateMany({ where: { status: "created", createdAt: { lt: cutoff } }, data: { status: "failed" } });
  return failed;
}
