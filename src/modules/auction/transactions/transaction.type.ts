import { builder } from "../../../builder.ts";
import { dateOnly } from "../shared/dates.ts";
import { fileUrl } from "../files/file.service.ts";

/** `{id, name}` of the house bank account a transaction went through. */
const AuctionTransactionBank = builder.objectRef<{ id: number; name: string }>("AuctionTransactionBank").implement({
  fields: (t) => ({ id: t.id({ resolve: (b) => String(b.id) }), name: t.exposeString("name") }),
});

/** Only the last four characters of an account number ever leave the server. */
export function maskAccount(number: string | null): string | null {
  if (!number) return null;
  const compact = number.replace(/[\s-]/g, "");
  return compact.length > 4 ? `****${compact.slice(-4)}` : "****";
}

export const AuctionTransaction = builder.prismaObject("AuctionTransaction", {
  description: "A payment (or refund) booked on an order; the order's payment_received and amount_due follow it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    order: t.exposeID("orderId", { description: "The order's id." }),
    client: t.exposeID("clientId", { description: "The order owner's id." }),
    transactionType: t.exposeString("transactionType", { description: "Payment, Cheque, Wire Transfer, Cash, Credit Card or Refund." }),
    amount: t.field({ type: "Money", resolve: (tr) => tr.amount }),
    transferredCurrency: t.exposeString("transferredCurrency"),
    transferredAmount: t.field({ type: "Money", resolve: (tr) => tr.transferredAmount ?? tr.amount }),
    bank: t.field({
      type: AuctionTransactionBank, nullable: true,
      select: { bank: { select: { id: true, name: true } } },
      resolve: (tr) => tr.bank,
    }),
    bankAccountNumber: t.string({ nullable: true, description: "Masked: `****` and the last four characters.", resolve: (tr) => maskAccount(tr.bankAccountNumber) }),
    bankBranch: t.exposeString("bankBranch", { nullable: true }),
    creditCardType: t.exposeString("creditCardType", { nullable: true }),
    creditCardLast4Digits: t.exposeString("creditCardLast4", { nullable: true }),
    transactionDate: t.string({ resolve: (tr) => dateOnly(tr.transactionDate)! }),
    chequeNumber: t.exposeString("chequeNumber", { nullable: true }),
    chequeDate: t.string({ nullable: true, resolve: (tr) => dateOnly(tr.chequeDate) }),
    info: t.exposeString("info"),
    chequeUrl: t.string({
      nullable: true, description: "The generated cheque (PDF), once generate-cheque ran.",
      resolve: (tr, _args, ctx) => (tr.chequeFileId ? fileUrl(ctx.config, tr.chequeFileId) : null),
    }),
    illustratedChequeUrl: t.string({
      nullable: true, description: "The generated cheque picture (SVG), once generate-cheque ran.",
      resolve: (tr, _args, ctx) => (tr.illustratedFileId ? fileUrl(ctx.config, tr.illustratedFileId) : null),
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
