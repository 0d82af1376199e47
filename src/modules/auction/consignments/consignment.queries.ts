import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionConsignment } from "./consignment.type.ts";
import { consignmentGrammar } from "./consignment.grammar.ts";

export const AuctionConsignmentPage = dataPageType("AuctionConsignmentPage", AuctionConsignment, "A page of consignments and how many match.");
const consignmentListArgs = listArgs(consignmentGrammar);

builder.queryFields((t) => ({
  auctionConsignments: t.field({
    description: "Consignments (datatable): filter by sale, owner, symbol (regex), status; item count and hammer total per row.",
    type: AuctionConsignmentPage,
    authScopes: { role: STAFF },
    args: consignmentListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: consignmentGrammar, args, model: ctx.db.auctionConsignment }),
  }),
}));
