import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionTransaction } from "./transaction.type.ts";
import { transactionGrammar } from "./transaction.grammar.ts";

export const AuctionTransactionPage = dataPageType("AuctionTransactionPage", AuctionTransaction, "A page of transactions and how many match.");
const transactionListArgs = listArgs(transactionGrammar);

builder.queryFields((t) => ({
  auctionTransactions: t.field({
    description: "Payment transactions (of an order, a client, ...): typed filters, sort (default newest first), page.",
    type: AuctionTransactionPage,
    authScopes: { role: STAFF },
    args: transactionListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: transactionGrammar, args, model: ctx.db.auctionTransaction }),
  }),
}));
