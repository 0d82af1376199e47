import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { PrintPaymentMethod, PrintPaymentStatus, PrintType } from "../enums.ts";

/** A payment order as the admin sees it: any customer's, with who paid and which shop it went to. */
export const PrintAdminOrder = builder.prismaObject("PrintPaymentOrder", {
  variant: "PrintAdminOrder",
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    orderId: t.exposeString("orderId", { description: "Razorpay (or wallet) order reference." }),
    userId: t.exposeInt("userId", { nullable: true, description: "Null once the customer deleted their account." }),
    customerUsername: t.string({
      nullable: true,
      select: { user: { select: { username: true } } },
      resolve: (o) => o.user?.username ?? null,
    }),
    shopkeeperId: t.exposeInt("shopkeeperId", { nullable: true }),
    shopName: t.string({
      nullable: true,
      select: { shopkeeper: { select: { shopName: true } } },
      resolve: (o) => o.shopkeeper?.shopName ?? null,
    }),
    paymentId: t.exposeString("paymentId", { nullable: true }),
    amount: t.expose("amount", { type: "Amount" }),
    status: t.expose("status", { type: PrintPaymentStatus }),
    paymentMethod: t.expose("paymentMethod", { type: PrintPaymentMethod }),
    walletAmount: t.expose("walletAmount", { type: "Amount" }),
    razorpayAmount: t.expose("razorpayAmount", { type: "Amount" }),
    shopkeeperAmount: t.expose("shopkeeperAmount", { type: "Amount" }),
    printType: t.expose("printType", { type: PrintType }),
    copies: t.exposeInt("copies"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
    refundedAt: t.expose("refundedAt", { type: "DateTime", nullable: true }),
  }),
});

export const PrintAdminOrderPage = offsetPageType("PrintAdminOrderPage", PrintAdminOrder, "One page of payment orders, newest first.");
