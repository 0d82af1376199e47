import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionSaleSession } from "./session.type.ts";
import { sessionGrammar } from "./session.grammar.ts";

export const AuctionSaleSessionPage = dataPageType("AuctionSaleSessionPage", AuctionSaleSession, "A page of sale sessions and how many match.");
const sessionListArgs = listArgs(sessionGrammar);

builder.queryFields((t) => ({
  auctionSaleSessions: t.field({
    description: "Sale sessions (filter[sale]); in date then session number order.",
    type: AuctionSaleSessionPage,
    authScopes: { role: STAFF },
    args: sessionListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: sessionGrammar, args, model: ctx.db.auctionSaleSession }),
  }),
}));
