import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { PrintFileStatus } from "../../../../generated/prisma/enums.ts";
import { printConfig } from "../config.ts";
import { applyWalletChange } from "../wallet/ledger.ts";
import { creditReferralOnFirstAction } from "../referral/referral-credit.ts";
import { publishShopQueueChange } from "../shops/queue-events.ts";

type Tx = Prisma.TransactionClient;

/** Which file a shop may act on: a private print by its code (any shop the customer hands it to), a queue print by id at its own shop. */
export type FileRef = { code: string } | { id: number; shopkeeperId: number };
const whereOf = (ref: FileRef) => ("code" in ref ? { code: ref.code, printType: "private" as const } : { id: ref.id, shopkeeperId: ref.shopkeeperId, printType: "queue" as const });

/**
 * Moves a file from one of `from` to `to` with a conditional update, so two racing shop actions cannot both
 * succeed; anything else is a 409 naming the current status.
 */
async function transition(ctx: Context, ref: FileRef, from: PrintFileStatus[], to: PrintFileStatus) {
  const file = await ctx.db.printFile.findFirst({ where: whereOf(ref), select: { id: true, userId: true, status: true, storageKey: true, paymentOrderId: true, shopkeeperId: true, printType: true } });
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
 * Print done: downloaded, the stored file deleted. A paid file printed is its owner's first print for the referral
 * programme (credited once). When every file of a paid order is done, the shop's payout for that order is recorded (once).
 */
export async function confirmPrinted(ctx: Context, ref: FileRef, shopkeeperId: number) {
  const file = await transition(ctx, ref, ["uploaded", "printing"], "downloaded");
  await ctx.db.printFile.update({ where: { id: file.id }, data: { storageKey: null, shopkeeperId: file.shopkeeperId ?? shopkeeperId } });
  publishShopQueueChange(ctx, "printed", file);
  if (file.storageKey) {
    try { await ctx.storage.delete([file.storageKey]); } catch (error) { ctx.log.error({ err: error, fileId: file.id }, "printed file could not be deleted from storage"); }
  }
  if (file.paymentOrderId) {
    const orderId = file.paymentOrderId;
    if (file.userId !== null) await creditReferralForPrint(ctx, file.userId, orderId, file.id);
    await ctx.db.$transaction((tx) => recordPayoutIfOrderDone(tx, orderId));
  }
  return file;
}

/**
 * The referral's "first print" trigger: the owner's paid file was printed. A bonus that cannot be credited must not
 * fail the confirmation (the file is printed already), so it is logged and stays pending for the next print.
 */
async function creditReferralForPrint(ctx: Context, userId: number, paymentOrderId: number, fileId: number) {
  const cfg = printConfig(ctx.config);
  try {
    await ctx.db.$transaction(async (tx) => {
      const order = await tx.printPaymentOrder.findUnique({ where: { id: paymentOrderId }, select: { status: true } });
      if (order?.status !== "paid") return;
      await creditReferralOnFirstAction(tx, userId, { bonus: cfg.REFERRAL_BONUS, welcome: cfg.REFERRAL_WELCOME });
    });
  } catch (error) {
    ctx.log.error({ err: error, fileId, userId }, "referral credit for a printed file failed");
  }
}

/** Orders whose printed files the shop is paid for: paid, or refunded after the rest was cancelled. */
const PAYABLE_STATUSES = new Set(["paid", "refunded"]);

/**
 * Once no file of a paid order is waiting or printing any more, records the shop's payout: its share of what was
 * actually printed, cost of the downloaded files × shopkeeperAmount / amount in paise rounded down (withdrawn and
 * cancelled files were refunded, so the shop gets nothing for them), and only when that is more than zero. Called
 * in the transaction that finished the order's last file (confirm, withdrawal, cancellation). The order row is
 * locked first, so two last steps cannot both record it and an upload attaching files to the order waits or is
 * seen: one payout per order, computed from the order's final files.
 */
export async function recordPayoutIfOrderDone(tx: Tx, paymentOrderId: number): Promise<void> {
  const peek = await tx.printPaymentOrder.findUnique({ where: { id: paymentOrderId }, select: { status: true, shopkeeperId: true } });
  if (!peek || !PAYABLE_STATUSES.has(peek.status) || !peek.shopkeeperId) return;
  await tx.$executeRaw`SELECT id FROM print_payment_orders WHERE id = ${paymentOrderId} FOR UPDATE`;
  const order = await tx.printPaymentOrder.findUnique({ where: { id: paymentOrderId }, select: { status: true, shopkeeperId: true, amount: true, shopkeeperAmount: true } });
  if (!order || !PAYABLE_STATUSES.has(order.status) || !order.shopkeeperId || order.amount <= 0 || order.shopkeeperAmount <= 0) return;
  const open = await tx.printFile.count({ where: { paymentOrderId, status: { in: ["uploaded", "printing"] } } });
  if (open > 0) return;
  if (await tx.printPayout.count({ where: { paymentOrderId } })) return;
  const printed = await tx.printFile.aggregate({ where: { paymentOrderId, status: "downloaded" }, _sum: { cost: true } });
  const printedCost = Math.min(printed._sum.cost ?? 0, order.amount);
  const amount = Number((BigInt(printedCost) * BigInt(order.shopkeeperAmount)) / BigInt(order.amount));
  if (amount <= 0) return;
  await tx.printPayout.create({ data: { shopkeeperId: order.shopkeeperId, paymentOrderId, amount } });
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
    // withdrawing the last waiting file finishes the order: the shop is paid for what of it was printed
    if (file.paymentOrderId !== null) await recordPayoutIfOrderDone(tx, file.paymentOrderId);
    return { file, fileId: file.id, refunded, storageKey: file.storageKey };
  });
  publishShopQueueChange(ctx, "withdrawn", file);
  return result;
}
