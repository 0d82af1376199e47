import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionQueueItem } from "./queue.type.ts";
import { queueGrammar } from "./queue.grammar.ts";

export const AuctionQueueItemPage = dataPageType("AuctionQueueItemPage", AuctionQueueItem, "A page of background jobs and how many match.");
const queueArgs = listArgs(queueGrammar);

builder.queryFields((t) => ({
  auctionQueueItems: t.field({
    description: "Background jobs (advancedqueue items): filter by item_id, state, operation, entity_type, created; newest first.",
    type: AuctionQueueItemPage,
    authScopes: { role: STAFF },
    args: queueArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: queueGrammar, args, model: ctx.db.auctionJob }),
  }),
}));
