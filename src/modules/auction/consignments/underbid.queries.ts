import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionUnderbidInquiry } from "./underbid.type.ts";
import { underbidGrammar } from "./underbid.grammar.ts";

const AuctionUnderbidInquiryPage = dataPageType("AuctionUnderbidInquiryPage", AuctionUnderbidInquiry, "A page of underbid items and how many match.");
const underbidListArgs = listArgs(underbidGrammar);

builder.queryFields((t) => ({
  auctionUnderbidInquiries: t.field({
    description: "Consignments Underbids Inquiries: consigned items unsold or passed, or sold below their reserve (compared in the database).",
    type: AuctionUnderbidInquiryPage,
    authScopes: { role: STAFF },
    args: underbidListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({
      ctx, info, grammar: underbidGrammar, args, model: ctx.db.auctionItem,
      base: {
        consignmentId: { not: null },
        OR: [
          { status: { in: ["unsold", "passed"] } },
          { status: "sold", hammerPrice: { lt: ctx.db.auctionItem.fields.reservePrice } },
        ],
      },
    }),
  }),
}));
