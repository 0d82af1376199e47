import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import type { ListArgs } from "../../../kernel/list/where.ts";
import { STAFF } from "../roles.ts";
import { AuctionClient } from "./client.type.ts";
import { clientGrammar } from "./client.grammar.ts";
import { findClient } from "./client.service.ts";
// client-stat and connected-entities register themselves
import "./client-relations.queries.ts";

export const AuctionClientPage = dataPageType("AuctionClientPage", AuctionClient, "A page of clients and how many match.");
const clientListArgs = listArgs(clientGrammar);

builder.queryFields((t) => ({
  auctionClients: t.field({
    description: "Clients (datatable): typed filters, sort, page (0-indexed) and global search. Deleted clients only when filtered by status.",
    type: AuctionClientPage,
    authScopes: { role: STAFF },
    args: clientListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({
      ctx, info, grammar: clientGrammar, args, model: ctx.db.auctionClient,
      base: (args as ListArgs).filter?.status ? {} : { status: { not: "deleted" } },
    }),
  }),
  auctionClient: t.prismaField({
    description: "One client with categories, charges and commission steps.",
    type: AuctionClient,
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findClient(ctx, String(id), query),
  }),
}));
