import { builder } from "../../../builder.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import type { ListArgs } from "../../../kernel/list/where.ts";
import { idOf, missing } from "../shared/ids.ts";
import { STAFF } from "../roles.ts";
import { AuctionPhoneBidderCard, phoneBidderGrammar } from "./phone-bidders.ts";

const AuctionPhoneBidderCardPage = dataPageType("AuctionPhoneBidderCardPage", AuctionPhoneBidderCard, "Phone bidder cards of a session.");
const cardListArgs = listArgs(phoneBidderGrammar);

builder.queryFields((t) => ({
  auctionPhoneBidderCards: t.field({
    description: "Sale Session Phone Bidders Card: the phone bidders of a session (filter.session required) for printing.",
    type: AuctionPhoneBidderCardPage,
    authScopes: { role: STAFF },
    args: cardListArgs(t),
    resolve: async (_root, args, ctx, info) => {
      const session = (args as ListArgs).filter?.session;
      if (!session?.eq && !session?.in?.length) {
        throw badRequest("The filter 'session' is required", { title: "The field 'filter[session]' is required", fields: [{ path: "filter[session]", message: "This field is required" }] });
      }
      if (session.eq) {
        const id = idOf(String(session.eq), "Session");
        if (!(await ctx.db.auctionSaleSession.count({ where: { id } }))) throw missing("Session", String(session.eq));
      }
      return resolveDataPage({ ctx, info, grammar: phoneBidderGrammar, args, model: ctx.db.auctionSaleBidder, base: { kind: "phone" } });
    },
  }),
}));
