import type { Context } from "../../../kernel/context.ts";
import { badRequest, conflict, notFound } from "../../../kernel/errors.ts";
import { formatMajor } from "../../../kernel/money.ts";
import { AlreadyApplied, applyWalletChange } from "../wallet/ledger.ts";
import { recordPayoutIfOrderDone } from "../files/file-lifecycle.service.ts";
import type { CancelResult } from "./queue.type.ts";
import { checkedReason } from "./shop.validation.ts";
import { publishShopQueueChange } from "./queue-events.ts";

type LockedFile = { id: number; status: string; cost: number };

/**
 * The shop cancels a queue order before printing (e.g. printer out of order): every waiting file of the same
 * payment order at this shop becomes cancelled (reason, time, by whom), the paid order is refunded to the
 * customer's wallet once, and the customer gets a push with the reason — one transaction; the push is sent
 * after commit. The order's file rows are locked first, so a concurrent print-started or withdrawal either
 * happened before (and is seen here) or fails after (the file is no longer uploaded).
 */
export async function cancelQueueOrder(ctx: Context, shopId: number, fileId: number, rawReason: string): Promise<CancelResult> {
  const reason = checkedReason(rawReason);
  const { result, notificationIds } = await ctx.db.$transaction(async (tx) => {
    const target = await tx.printFile.findFirst({
      where: { id: fileId, shopkeeperId: shopId, printType: "queue" },
      select: { id: true, userId: true, paymentOrderId: true },
    });
    if (!target) throw notFound("File");
    const orderId = target.paymentOrderId;
    const files = orderId === null
      ? await tx.$queryRaw<LockedFile[]>`SELECT id, status::text, cost FROM print_files WHERE id = ${target.id} FOR UPDATE`
      : await tx.$queryRaw<LockedFile[]>`SELECT id, status::text, cost FROM print_files
          WHERE "paymentOrderId" = ${orderId} AND "shopkeeperId" = ${shopId} AND "printType" = 'queue' ORDER BY id FOR UPDATE`;
    if (files.some((f) => f.status === "printing")) throw badRequest("Cannot cancel: a file in this order is already printing.");
    const waiting = files.filter((f) => f.status === "uploaded");
    if (waiting.length === 0) throw conflict("This order has no files waiting to be printed");
    const ids = waiting.map((f) => f.id);
    await tx.printFile.updateMany({
      where: { id: { in: ids }, status: "uploaded" },
      data: { status: "cancelled", cancelReason: reason, cancelledAt: new Date(), cancelledBy: shopId },
    });

    let refundedAmount = 0;
    const order = orderId === null ? null : await tx.printPaymentOrder.findUnique({ where: { id: orderId }, select: { id: true, userId: true, status: true, amount: true } });
    if (order?.status === "paid" && order.userId !== null) {
      // what the order still holds: its amount minus what was already returned for it (withdrawn files are refunded
      // one by one). A failed payment's wallet refund that a later capture took back (`repay:order:<id>`) nets to
      // nothing: that money is in the order again. When part of it was printed, only the cancelled files' cost goes back.
      const returned = await tx.printWalletTransaction.aggregate({
        where: { paymentOrderId: order.id, OR: [{ type: "refund" }, { idempotencyKey: `repay:order:${order.id}` }] },
        _sum: { amount: true },
      });
      const remaining = order.amount - (returned._sum.amount ?? 0);
      const printed = files.some((f) => f.status === "downloaded");
      const due = Math.max(0, printed ? Math.min(remaining, waiting.reduce((s, f) => s + f.cost, 0)) : remaining);
      if (due > 0) {
        const applied = await applyWalletChange(tx, { userId: order.userId, amount: due, type: "refund", description: "Refund for cancelled order",
          paymentOrderId: order.id, idempotencyKey: `refund:order:${order.id}` });
        if (applied) refundedAmount = due;
      }
      await tx.printPaymentOrder.update({ where: { id: order.id }, data: { status: "refunded", refundedAt: new Date() } });
      // the cancellation may finish an order that was partly printed: the shop is paid for that part
      await recordPayoutIfOrderDone(tx, order.id);
    }

    const customerId = order?.userId ?? target.userId;
    const [customer, shop] = await Promise.all([
      customerId === null ? null : tx.printUser.findUnique({ where: { id: customerId }, select: { fcmToken: true } }),
      tx.printUser.findUnique({ where: { id: shopId }, select: { shopName: true, username: true } }),
    ]);
    const notificationIds = customer?.fcmToken
      ? await ctx.notifier.enqueue(tx, "print", [{
        recipient: customer.fcmToken,
        title: "Print order cancelled",
        body: `${shop?.shopName ?? shop?.username ?? "The shop"} cancelled your order: ${reason}` +
          (refundedAmount > 0 ? ` ₹${formatMajor(refundedAmount)} was refunded to your wallet.` : ""),
        data: { type: "print_order_cancelled", payment_order_id: String(orderId ?? ""), file_ids: ids.join(","), refunded_amount: formatMajor(refundedAmount) },
      }])
      : [];
    return { result: { paymentOrderId: orderId, cancelledFileIds: ids, refundedAmount }, notificationIds };
  }).catch((error) => {
    // the once-only refund raced with a twin cancellation that committed first
    if (error instanceof AlreadyApplied) throw conflict("This order was cancelled meanwhile");
    throw error;
  });
  ctx.notifier.deliver(notificationIds);
  for (const id of result.cancelledFileIds) publishShopQueueChange(ctx, "cancelled", { id, printType: "queue", shopkeeperId: shopId, paymentOrderId: result.paymentOrderId });
  return result;
}
