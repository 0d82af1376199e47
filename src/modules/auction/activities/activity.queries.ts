import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionActivity } from "./activity.type.ts";
import { activityGrammar, activityListGrammar } from "./activity.grammar.ts";

export const AuctionActivityPage = dataPageType("AuctionActivityPage", AuctionActivity, "A page of activities and how many match.");
const activityArgs = listArgs(activityGrammar);
const activityListArgs = listArgs(activityListGrammar);

builder.queryFields((t) => ({
  auctionActivities: t.field({
    description: "The activity log (datatable): filter by content, content_type, type, user, created/updated; newest change first.",
    type: AuctionActivityPage,
    authScopes: { role: STAFF },
    args: activityArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: activityGrammar, args, model: ctx.db.auctionActivity }),
  }),
  auctionActivitiesList: t.field({
    description: "The simplified activity list: by user and creation date, newest first.",
    type: AuctionActivityPage,
    authScopes: { role: STAFF },
    args: activityListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: activityListGrammar, args, model: ctx.db.auctionActivity }),
  }),
}));
