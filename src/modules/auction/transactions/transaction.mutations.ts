import { builder } from "../../../builder.ts";
import { FINANCE } from "../roles.ts";
import { AuctionDeleted } from "../shared/types.ts";
import { idOf } from "../shared/ids.ts";
import { AuctionTransaction } from "./transaction.type.ts";
import { BankAccountNumber, ChequeNumber, CurrencyCode, Day, Info, PositiveMoney, ShortText, TransactionTypeText } from "./transaction.validation.ts";
import * as transactions from "./transaction.service.ts";

// every field optional in the schema: a missing required one is the spec's 400 naming it (the service decides)
const fields = (t: any) => ({
  transactionType: t.string({ description: "Payment, Cheque, Wire Transfer, Cash, Credit Card or Refund.", validate: TransactionTypeText.nullish() }),
  amount: t.field({ type: "Money", description: "In the house currency; more than 0.", validate: PositiveMoney.nullish() }),
  transferredCurrency: t.string({ description: "The currency the money arrived in (default: the house currency).", validate: CurrencyCode.nullish() }),
  transferredAmount: t.field({ type: "Money", description: "The amount that arrived in that currency (default: amount).", validate: PositiveMoney.nullish() }),
  bank: t.id({ description: "House bank account id (required for Cheque and Wire Transfer)." }),
  bankAccountNumber: t.string({ description: "Stored in full, shown masked.", validate: BankAccountNumber.nullish() }),
  bankBranch: t.string({ validate: ShortText.nullish() }),
  creditCardType: t.string({ validate: ShortText.nullish() }),
  creditCardLast4Digits: t.string({ description: "Exactly 4 digits." }),
  transactionDate: t.string({ description: "YYYY-MM-DD (default: today).", validate: Day.nullish() }),
  chequeNumber: t.string({ description: "Required for Cheque.", validate: ChequeNumber.nullish() }),
  chequeDate: t.string({ description: "YYYY-MM-DD; required for Cheque.", validate: Day.nullish() }),
  info: t.string({ validate: Info.nullish() }),
});

const CreateAuctionTransactionInput = builder.inputType("CreateAuctionTransactionInput", {
  fields: (t) => ({ order: t.id({ description: "The order paid (required)." }), ...fields(t) }),
});
const UpdateAuctionTransactionInput = builder.inputType("UpdateAuctionTransactionInput", { fields });

builder.mutationFields((t) => ({
  createAuctionTransaction: t.prismaField({
    description: "Book a payment or refund on an order; the order's payment_received and amount_due follow. "
      + "Payments may not exceed the amount due, refunds not what was received; canceled orders take no payments.",
    type: AuctionTransaction,
    authScopes: { role: FINANCE },
    args: { input: t.arg({ type: CreateAuctionTransactionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await transactions.createTransaction(ctx, input as transactions.TransactionInput);
      return ctx.db.auctionTransaction.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateAuctionTransaction: t.prismaField({
    description: "Change a transaction (only the given fields; same rules as booking). Transactions of locked orders are final.",
    type: AuctionTransaction,
    authScopes: { role: FINANCE },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionTransactionInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await transactions.updateTransaction(ctx, String(id), input as transactions.TransactionInput);
      return ctx.db.auctionTransaction.findUniqueOrThrow({ ...query, where: { id: idOf(id, "Transaction") } });
    },
  }),
  deleteAuctionTransaction: t.field({
    description: "Delete a transaction (not of a locked order); the order's totals follow.",
    type: AuctionDeleted,
    authScopes: { role: FINANCE },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => ({ id: await transactions.deleteTransaction(ctx, String(id)) }),
  }),
}));
