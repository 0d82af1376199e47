import { builder } from "../../../builder.ts";
import { CUSTOMER } from "../roles.ts";
import { PrintWalletTopup, PrintWithdrawal } from "./wallet.type.ts";
import { createTopup } from "./topup.service.ts";
import { requestWithdrawal } from "./wallet.service.ts";

export const TopUpPrintWalletInput = builder.inputType("TopUpPrintWalletInput", {
  fields: (t) => ({ amount: t.field({ type: "Amount", required: true, description: "₹10 to ₹10,000; the balance may not pass ₹50,000." }) }),
});

export const WithdrawPrintWalletInput = builder.inputType("WithdrawPrintWalletInput", {
  fields: (t) => ({
    amount: t.field({ type: "Amount", required: true, description: "At least ₹100, at most the balance." }),
    bankAccount: t.string({ required: true, description: "9 to 18 digits." }),
    ifscCode: t.string({ required: true, description: "e.g. BANK0001234" }),
    accountHolderName: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  topUpPrintWallet: t.prismaField({
    description: "Start a wallet top-up: a Razorpay order to check out; the wallet is credited when Razorpay confirms the payment.",
    type: PrintWalletTopup,
    authScopes: { role: CUSTOMER },
    args: { input: t.arg({ type: TopUpPrintWalletInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createTopup(ctx, input.amount);
      return ctx.db.printWalletTopup.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  withdrawPrintWallet: t.prismaField({
    description: "Withdraw wallet money to a bank account (debited now, paid out in 2-3 business days).",
    type: PrintWithdrawal,
    authScopes: { role: CUSTOMER },
    args: { input: t.arg({ type: WithdrawPrintWalletInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await requestWithdrawal(ctx, input);
      return ctx.db.printWithdrawal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
