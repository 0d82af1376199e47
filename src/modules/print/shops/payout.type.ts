import { builder } from "../../../builder.ts";
import { PrintPayoutStatus } from "../enums.ts";

/** A payout as its shop sees it (a variant: the admin's PrintPayout type may carry more). */
export const PrintShopPayout = builder.prismaObject("PrintPayout", {
  variant: "PrintShopPayout",
  description: "What the platform owes or paid the shop for one completed order.",
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    amount: t.expose("amount", { type: "Amount" }),
    status: t.expose("status", { type: PrintPayoutStatus }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    reference: t.exposeString("reference", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
  }),
});
