import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import type { PrintFileStatus } from "../../../../generated/prisma/enums.ts";
import { applyWalletChange } from "../wallet/ledger.ts";
import { publishShopQueueChange } from "../shops/queue-events.ts";

/** Which file a shop may act on: a private print by its code (any shop the customer hands it to), a queue print by id at its own shop. */
export type FileRef = { code: string } | { id: number; shopkeeperId: number };
const whereOf = (ref: FileRef) => ("code" in ref ? { code: ref.code, printType: "private" as const } : { id: ref.id, shopkeeperId: ref.shopkeeperId, printType: "queue" as const });

/**
 * Moves a file from one of `from` to `to` with a conditional update, so two racing shop actions cannot both
 * succeed; anything else is a 409 naming the current status.
 */
async function transition(ctx: Context, ref: FileRef, from: PrintFileStatus[], to: PrintFileStatus) {
  const file = await ctx.db.printFile.findFirst({ where: whereOf(ref), select: { id: true, status: true, storageKey: true, paymentOrderId: true, shopkeeperId: true, printType: true } });
  if (!file) throw notFound("File");
  if (!from.includes(file.status)) throw conflict(`File is ${file.status}; expected ${from.join(" or ")}`);
  const { count } = await ctx.db.printFile.updateMany({ where: { id: file.id, status: { in: from } }, data: { status: to } });
  if (count === 0) throw conflict("File status changed meanwhile; reload and retry");
  return file;
}

/** Shop tapped Print: the customer can no longer withdraw. */
export async function markPrintStarted(ctx: Context, ref: FileRef) {
  const file = await transition(ctx, ref, ["uploaded"], "printing");
  publishShopQueueChange(ctx, "printing", file);
  return file;
}

/** Print failed or timed out: back to uploaded, withdrawable again. */
export async function markPrintFailed(ctx: Context, ref: FileRef) {
  const file = await transition(ctx, ref, ["printing"], "uploaded");
  publishShopQueueChange(ctx, "failed", file);
  return file;
}

/**
 * Print done: downloaded, the stored file deleted. When every file of a paid queue order at this shop is done,
 * the shop's payout for that order is recorded (once).
 */
export async function confirmPrinted(ctx: Context, ref: FileRef, shopkeeperId: number) {
  const file = await transition(ctx, ref, ["uploaded", "printing"], "downloaded");
  await ctx.db.printFile.update({ where: { id: file.id }, data: { storageKey: null, shopkeeperId: file.shopkeeperId ?? shopkeeperId } });
  publishShopQueueChange(ctx, "printed", file);
  if (file.storageKey) {
    try { await ctx.storage.delete([file.storageKey]); } catch (error) { ctx.log.error({ err: error, fileId: file.id }, "printed file could not be deleted from storage"); }
  }
  if (file.paymentOrderId) await recordPayoutIfOrderDone(ctx, file.paymentOrderId);
  return file;
}

async function recordPayoutIfOrderDone(ctx: Context, paymentOrderId: number) {
  await ctx.db.$transaction(async (tx) => {
    const order = await tx.printPaymentOrder.findUnique({ where: { id: paymentOrderId }, select: { status: true, shopkeeperId: true, shopkeeperAmount: true } });
    if (!order || order.status !== "paid" || !order.shopkeeperId || order.shopkeeperAmount <= 0) return;
    const open = await tx.printFile.count({ where: { paymentOrderId, status: { in: ["uploaded", "printing"] } } });
    if (open > 0) return;
    // one payout per order: lock the order row so two last confirmations cannot both record it
    await tx.$executeRaw`SELECT id FROM print_payment_orders WHERE id = ${paymentOrderId} FOR UPDATE`;
    if (await tx.printPayout.count({ where: { paymentOrderId } })) return;
    await tx.printPayout.create({ data: { shopkeeperId: order.shopkeeperId, paymentOrderId, amount: order.shopkeeperAmount } });
  });
}

/**
 * Customer withdraws a file still waiting (uploaded): withdrawn, and its cost refunded to the wallet at once
 * when it was paid (once per file). 409 while printing, as documented.
 */
export async function withdrawFile(ctx: Context, userId: number, fileId: number) {
  const { file, ...result } = await ctx.db.$transaction(async (tx) => {
    const file = await tx.printFile.findFirst({ where: { id: fileId, userId }, select: {
      id: true, status: true, cost: true, storageKey: true, printType: true, shopkeeperId: true, paymentOrderId: true, paymentOrder: { select: { id: true, status: true } },
    } });
    if (!file) throw notFound("File");
    if (file.status === "printing") throw conflict("The shop has started printing this file; it can no longer be withdrawn.");
    if (file.status !== "uploaded") throw conflict(`File is ${file.status}; only uploaded files can be withdrawn.`);
    // the stored object is deleted after commit by the caller; the row stops pointing at it now
    const { count } = await tx.printFile.updateMany({ where: { id: file.id, status: "uploaded" }, data: { status: "withdrawn", storageKey: null } });
    if (count === 0) throw conflict("File status changed meanwhile; reload and retry");
    let refunded = 0;
    if (file.paymentOrder?.status === "paid" && file.cost > 0) {
      const applied = await applyWalletChange(tx, { userId, amount: file.cost, type: "refund", description: "Refund for withdrawal",
        paymentOrderId: file.paymentOrder.id, idempotencyKey: `refund:file:${file.id}` });
      if (applied) refunded = file.cost;
    }
    return { file, fileId: file.id, refunded, storageKey: file.storageKey };
  });
  publishShopQueueChange(ctx, "withdrawn", file);
  return result;
}
