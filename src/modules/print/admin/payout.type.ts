import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { PrintPayoutStatus } from "../enums.ts";

/** A shop's payout for a completed order, as the admin manages it. */
export const PrintAdminPayout = builder.prismaObject("PrintPayout", {
  variant: "PrintAdminPayout",
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    shopkeeperId: t.exposeInt("shopkeeperId"),
    shopName: t.string({
      nullable: true,
      select: { shopkeeper: { select: { shopName: true } } },
      resolve: (p) => p.shopkeeper.shopName,
    }),
    shopkeeperUsername: t.string({
      select: { shopkeeper: { select: { username: true } } },
      resolve: (p) => p.shopkeeper.username,
    }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    amount: t.expose("amount", { type: "Amount" }),
    status: t.expose("status", { type: PrintPayoutStatus }),
    reference: t.exposeString("reference", { nullable: true, description: "Bank/UPI transfer reference." }),
    note: t.exposeString("note", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
  }),
});

export const PrintAdminPayoutPage = offsetPageType("PrintAdminPayoutPage", PrintAdminPayout, "One page of payouts, newest first.");

export const PrintAdminBulkPayoutPayload = builder.objectRef<{ updated: number }>("PrintAdminBulkPayoutPayload").implement({
  fields: (t) => ({ updated: t.exposeInt("updated", { description: "Payouts updated (all of the listed ones)." }) }),
});

export type PayoutExport = { filename: string; rowCount: number; csv: string };
export const PrintAdminPayoutExport = builder.objectRef<PayoutExport>("PrintAdminPayoutExport").implement({
  description: "Payouts as a CSV document (RFC 4180, CRLF line ends, amounts in rupees with two decimals).",
  fields: (t) => ({
    filename: t.exposeString("filename", { description: "payouts-YYYYMMDD.csv (UTC date of the export)." }),
    rowCount: t.exposeInt("rowCount"),
    csv: t.exposeString("csv"),
  }),
});
