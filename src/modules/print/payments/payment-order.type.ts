import { builder } from "../../../builder.ts";
import { PrintPaymentMethod, PrintPaymentStatus, PrintType } from "../enums.ts";
import { printConfig } from "../config.ts";

/** A customer's payment for a print job: wallet, Razorpay or both (hybrid). Amounts are rupees at the edge. */
export const PrintPaymentOrder = builder.prismaObject("PrintPaymentOrder", {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    userId: t.exposeInt("userId", { nullable: true }),
    orderId: t.exposeString("orderId", { description: "Razorpay's order id, or `wallet_<id>` for wallet-only payments." }),
    paymentId: t.exposeString("paymentId", { nullable: true, description: "Razorpay's payment id once captured." }),
    amount: t.expose("amount", { type: "Amount" }),
    status: t.expose("status", { type: PrintPaymentStatus }),
    paymentMethod: t.expose("paymentMethod", { type: PrintPaymentMethod }),
    walletAmount: t.expose("walletAmount", { type: "Amount", description: "The part paid from the wallet." }),
    razorpayAmount: t.expose("razorpayAmount", { type: "Amount", description: "The part to pay through Razorpay checkout." }),
    printType: t.expose("printType", { type: PrintType }),
    copies: t.exposeInt("copies"),
    printMode: t.exposeString("printMode"),
    colorMode: t.exposeString("colorMode"),
    paperSize: t.exposeString("paperSize"),
    comment: t.exposeString("comment", { nullable: true }),
    shopkeeperId: t.exposeInt("shopkeeperId", { nullable: true }),
    shopName: t.string({
      nullable: true,
      select: { shopkeeper: { select: { shopName: true } } },
      resolve: (order) => order.shopkeeper?.shopName ?? null,
    }),
    shopkeeperAmount: t.expose("shopkeeperAmount", { type: "Amount", description: "What the shop is owed: amount minus the platform's commission." }),
    platformCommission: t.float({
      description: "The platform's commission as a fraction (0-1).",
      select: { commissionBps: true },
      resolve: (order) => order.commissionBps / 10_000,
    }),
    keyId: t.string({ description: "Razorpay key id for the checkout.", resolve: (_order, _args, ctx) => printConfig(ctx.config).RAZORPAY_KEY_ID }),
    skipPayment: t.boolean({
      description: "True when the wallet paid everything: no Razorpay checkout is needed.",
      select: { paymentMethod: true },
      resolve: (order) => order.paymentMethod === "wallet",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
    refundedAt: t.expose("refundedAt", { type: "DateTime", nullable: true }),
  }),
});
