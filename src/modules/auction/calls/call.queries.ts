import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionCall } from "./call.type.ts";
import { callGrammar } from "./call.grammar.ts";

const AuctionCallPage = dataPageType("AuctionCallPage", AuctionCall, "A page of call logs and how many match.");
const callListArgs = listArgs(callGrammar);

builder.queryFields((t) => ({
  auctionCalls: t.field({
    description: "Call logs (datatable): by client, staff member or date; newest first by default.",
    type: AuctionCallPage,
    authScopes: { role: STAFF },
    args: callListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: callGrammar, args, model: ctx.db.auctionCall }),
  }),
}));
