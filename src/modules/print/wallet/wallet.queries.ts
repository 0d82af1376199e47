import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { CUSTOMER } from "../roles.ts";
import { PrintWalletBalance, PrintWalletTransactionPage } from "./wallet.type.ts";
import { balanceOf, listTransactions } from "./wallet.service.ts";

builder.queryFields((t) => ({
  printWalletBalance: t.field({
    description: "The caller's wallet balance.",
    type: PrintWalletBalance,
    authScopes: { role: CUSTOMER },
    resolve: async (_root, _args, ctx) => ({ balance: await balanceOf(ctx) }),
  }),
  printWalletTransactions: t.field({
    description: "The caller's wallet transactions, newest first, with the total count.",
    type: PrintWalletTransactionPage,
    authScopes: { role: CUSTOMER },
    args: { limit: t.arg.int({ description: "1-100, default 50." }), offset: t.arg.int({ description: "Default 0." }) },
    resolve: (_root, args, ctx, info) => listTransactions(ctx, args, queryFromInfo({ context: ctx, info, path: ["transactions"] })),
  }),
}));
