import { builder } from "../../../builder.ts";
import { PrintPaymentStatus, PrintWalletTxType, PrintWithdrawalStatus } from "../enums.ts";
import { printConfig } from "../config.ts";

/** One ledger row: every change of a wallet balance, with the balance before and after (rupees at the edge). */
export const PrintWalletTransaction = builder.prismaObject("PrintWalletTransaction", {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    type: t.expose("type", { type: PrintWalletTxType }),
    amount: t.expose("amount", { type: "Amount", description: "Signed: payments and withdrawals are negative." }),
    balanceBefore: t.expose("balanceBefore", { type: "Amount" }),
    balanceAfter: t.expose("balanceAfter", { type: "Amount" }),
    status: t.exposeString("status"),
    description: t.exposeString("description", { nullable: true }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const PrintWalletBalance = builder.objectRef<{ balance: number }>("PrintWalletBalance").implement({
  fields: (t) => ({ balance: t.expose("balance", { type: "Amount" }) }),
});

/** The documented `{transactions, total}` envelope; the rows are loaded by the root field with the planned selection. */
export const PrintWalletTransactionPage = builder.objectRef<{ transactions: unknown[]; total: number }>("PrintWalletTransactionPage").implement({
  fields: (t) => ({
    transactions: t.field({ type: [PrintWalletTransaction], resolve: (page) => page.transactions as never }),
    total: t.exposeInt("total", { description: "All of the caller's transactions, over every page." }),
  }),
});

/** A wallet top-up waiting for (or credited by) its Razorpay payment. */
export const PrintWalletTopup = builder.prismaObject("PrintWalletTopup", {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    orderId: t.exposeString("orderId", { description: "The Razorpay order to check out." }),
    amount: t.expose("amount", { type: "Amount" }),
    status: t.expose("status", { type: PrintPaymentStatus }),
    keyId: t.string({ description: "Razorpay key id for the checkout.", resolve: (_topup, _args, ctx) => printConfig(ctx.config).RAZORPAY_KEY_ID }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
  }),
});

/** Business days a pending bank withdrawal usually takes (what the legacy API tells the customer). */
const PROCESSING_TIME = "2-3 business days";

/** A request to pay wallet money out to a bank account; the wallet is debited when it is made. */
export const PrintWithdrawal = builder.prismaObject("PrintWithdrawal", {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    amount: t.expose("amount", { type: "Amount" }),
    status: t.expose("status", { type: PrintWithdrawalStatus }),
    accountHolderName: t.exposeString("accountHolderName"),
    bankAccountLast4: t.string({ description: "Only the last four digits are ever shown.", select: { bankAccount: true }, resolve: (w) => w.bankAccount.slice(-4) }),
    ifscCode: t.exposeString("ifscCode"),
    processingTime: t.string({
      nullable: true,
      description: "How long a pending withdrawal takes; null once processed or rejected.",
      select: { status: true },
      resolve: (w) => (w.status === "pending" ? PROCESSING_TIME : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});
