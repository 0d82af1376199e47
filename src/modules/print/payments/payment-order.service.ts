import type { Context } from "../../../kernel/context.ts";
import { badRequest, conflict, notFound } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { PrintPaymentMethod } from "../../../../generated/prisma/enums.ts";
import { printConfig } from "../config.ts";
import { userIdOf } from "../roles.ts";
import { applyWalletChange, InsufficientBalance } from "../wallet/ledger.ts";
import { createRazorpayOrder } from "./razorpay.client.ts";
import { limitPaymentOrders, PLATFORM_COMMISSION_BPS } from "./payment-limits.ts";
import { checked, OrderTermsModel, type OrderTerms } from "./payment-order.validation.ts";

export type PaymentPlan = { method: PrintPaymentMethod; walletAmount: number; razorpayAmount: number };

/** Razorpay refuses orders below ₹1. */
export const RAZORPAY_MIN_AMOUNT = 100;

/**
 * The spec's scenarios: the wallet pays all (A), nothing (B: empty wallet or not asked) or what it holds (C:
 * hybrid). A hybrid leaves at least Razorpay's minimum to the gateway, so ₹49.50 of ₹50 becomes ₹49 + ₹1.
 */
export function planPayment(amount: number, balance: number, useWallet: boolean): PaymentPlan {
  if (useWallet && balance >= amount) return { method: "wallet", walletAmount: amount, razorpayAmount: 0 };
  const razorpayAmount = Math.max(amount - (useWallet ? balance : 0), RAZORPAY_MIN_AMOUNT);
  if (razorpayAmount >= amount) return { method: "razorpay", walletAmount: 0, razorpayAmount: amount };
  return { method: "hybrid", walletAmount: amount - razorpayAmount, razorpayAmount };
}

const MAX_ATTEMPTS = 3;
/** Payments of one customer queue on their wallet row; a burst must wait its turn rather than time out at Prisma's 2 s / 5 s defaults. */
const HOT_ROW_TX = { maxWait: 10_000, timeout: 15_000 };
/** Files a new order may pay for: the caller's uploads not yet in a live order. */
const unpaidFiles = (userId: number, ids: number[]) =>
  ({ id: { in: ids }, userId, status: "uploaded" as const, OR: [{ paymentOrderId: null }, { paymentOrder: { status: "failed" as const } }] });

/**
 * Creates the caller's payment order. The server decides what is owed (files' cost when `file_ids` are given,
 * the configured commission) and how it is paid. Razorpay is called before the transaction, so a gateway failure
 * leaves no wallet debit behind; a wallet debit that loses a race with a concurrent payment is planned again.
 */
export async function createPaymentOrder(ctx: Context, input: unknown): Promise<number> {
  const userId = userIdOf(ctx);
  await limitPaymentOrders(ctx);
  const terms = checked(OrderTermsModel, input);
  if (Math.abs(terms.platformCommission * 10_000 - PLATFORM_COMMISSION_BPS) > 1e-6) throw badRequest("platform_commission mismatch");
  if (terms.shopkeeperId != null) await assertShopkeeper(ctx, terms.shopkeeperId);
  if (terms.fileIds) await assertAmountOwed(ctx, userId, terms.fileIds, terms.amount);
  const cfg = printConfig(ctx.config);
  for (let attempt = 1; ; attempt++) {
    const plan = planPayment(terms.amount, terms.useWallet ? await walletBalanceOf(ctx, userId) : 0, terms.useWallet);
    if (plan.razorpayAmount > 0 && plan.razorpayAmount < RAZORPAY_MIN_AMOUNT) throw badRequest("Amounts below ₹1 can only be paid from the wallet");
    const gatewayOrder = plan.razorpayAmount > 0
      ? await createRazorpayOrder(cfg, ctx.log, { amount: plan.razorpayAmount, receipt: `print_${userId}_${Date.now()}`, notes: { purpose: "print", user_id: String(userId) } })
      : null;
    try {
      return await ctx.db.$transaction((tx) => writeOrder(tx, userId, terms, plan, gatewayOrder?.id ?? null), HOT_ROW_TX);
    } catch (error) {
      // a concurrent payment spent the balance this plan counted on; the unused Razorpay order simply expires unpaid
      if (error instanceof InsufficientBalance && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function writeOrder(tx: Prisma.TransactionClient, userId: number, terms: OrderTerms, plan: PaymentPlan, gatewayOrderId: string | null) {
  // the id is known before the insert so a wallet-only order can be named `wallet_<id>` in one write
  const [{ id }] = await tx.$queryRaw<[{ id: number }]>`SELECT nextval(pg_get_serial_sequence('print_payment_orders', 'id'))::int AS id`;
  const paid = plan.method === "wallet";
  const commission = Math.round((terms.amount * PLATFORM_COMMISSION_BPS) / 10_000);
  await tx.printPaymentOrder.create({
    data: {
      id, userId, orderId: gatewayOrderId ?? `wallet_${id}`, amount: terms.amount,
      status: paid ? "paid" : "created", paidAt: paid ? new Date() : null,
      paymentMethod: plan.method, walletAmount: plan.walletAmount, razorpayAmount: plan.razorpayAmount,
      printType: terms.printType, copies: terms.copies, printMode: terms.printMode, colorMode: terms.colorMode,
      paperSize: terms.paperSize, shopkeeperId: terms.shopkeeperId ?? null, comment: terms.comment,
      commissionBps: PLATFORM_COMMISSION_BPS, shopkeeperAmount: terms.amount - commission,
    },
    select: { id: true },
  });
  if (terms.fileIds) {
    const { count } = await tx.printFile.updateMany({ where: unpaidFiles(userId, terms.fileIds), data: { paymentOrderId: id } });
    if (count !== terms.fileIds.length) throw conflict("Some of these files were just paid in another order");
  }
  // the debit comes last: it locks the customer's row until commit, so the lock is held as briefly as possible
  if (plan.walletAmount > 0) {
    await applyWalletChange(tx, { userId, amount: -plan.walletAmount, type: "payment", description: "Print payment", paymentOrderId: id });
  }
  return id;
}

async function walletBalanceOf(ctx: Context, userId: number): Promise<number> {
  const user = await ctx.db.printUser.findUnique({ where: { id: userId }, select: { walletBalance: true } });
  if (!user) throw notFound("User");
  return user.walletBalance;
}

async function assertShopkeeper(ctx: Context, shopkeeperId: number) {
  const shop = await ctx.db.printUser.findFirst({ where: { id: shopkeeperId, role: "shopkeeper" }, select: { id: true } });
  if (!shop) throw badRequest("Shopkeeper not found");
}

/** With `file_ids` the amount is not the client's to choose: it must be exactly what those uploads cost. */
async function assertAmountOwed(ctx: Context, userId: number, fileIds: number[], amount: number) {
  const files = await ctx.db.printFile.findMany({ where: unpaidFiles(userId, fileIds), select: { cost: true } });
  if (files.length !== fileIds.length) throw badRequest("file_ids must be your own uploaded files that are not paid yet");
  if (files.reduce((sum, f) => sum + f.cost, 0) !== amount) throw badRequest("amount mismatch");
}
