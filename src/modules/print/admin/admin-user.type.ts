import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { PrintRole } from "../enums.ts";
import { PrintAdminOrder } from "./admin-order.type.ts";

const RECENT_ORDERS = 10;

type Brief = { id: number; username: string };
const PrintAdminUserBrief = builder.objectRef<Brief>("PrintAdminUserBrief").implement({
  fields: (t) => ({ id: t.exposeInt("id"), username: t.exposeString("username") }),
});

/** An account as the admin sees it: profile, wallet, activity counts, latest orders and referral standing. */
export const PrintAdminUser = builder.prismaObject("PrintUser", {
  variant: "PrintAdminUser",
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    username: t.exposeString("username"),
    fullName: t.exposeString("fullName"),
    email: t.exposeString("email"),
    phone: t.exposeString("phone", { nullable: true }),
    role: t.expose("role", { type: PrintRole }),
    shopName: t.exposeString("shopName", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    isOpen: t.exposeBoolean("isOpen"),
    walletBalance: t.expose("walletBalance", { type: "Amount" }),
    referralCode: t.exposeString("referralCode", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    filesCount: t.relationCount("files", { description: "Files the user uploaded." }),
    ordersCount: t.relationCount("paymentOrders", { description: "Payment orders the user placed, any status." }),
    paidOrdersCount: t.relationCount("paymentOrders", { where: { status: "paid" } }),
    recentOrders: t.relation("paymentOrders", {
      type: PrintAdminOrder,
      description: `The user's latest ${RECENT_ORDERS} payment orders, newest first.`,
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT_ORDERS },
    }),
    referredBy: t.field({
      type: PrintAdminUserBrief,
      nullable: true,
      description: "The referrer, when the user signed up with a referral code.",
      select: { referredBy: { select: { referrer: { select: { id: true, username: true } } } } },
      resolve: (u) => u.referredBy?.referrer ?? null,
    }),
    referralsCount: t.relationCount("referralsMade", { description: "People who signed up with this user's code." }),
    referralsCredited: t.relationCount("referralsMade", { where: { status: "credited" } }),
    referralEarnings: t.field({
      type: "Amount",
      description: "Referral bonuses credited to this user.",
      select: { referralsMade: { where: { status: "credited" }, select: { amount: true } } },
      resolve: (u) => u.referralsMade.reduce((sum, r) => sum + r.amount, 0),
    }),
  }),
});

export const PrintAdminUserPage = offsetPageType("PrintAdminUserPage", PrintAdminUser, "One page of accounts, newest first.");
