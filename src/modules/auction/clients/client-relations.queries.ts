import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionClientStat, AuctionClientStatFilter, AuctionConnectedEntities } from "./client-relations.type.ts";
import { clientStat } from "./client-stat.service.ts";
import { connectedEntities } from "./connected-entities.service.ts";

builder.queryFields((t) => ({
  auctionClientStat: t.field({
    description: "A client's buying figures (client-stat): orders, amount spent, items won, average order, last purchase; optionally in one sale.",
    type: AuctionClientStat,
    authScopes: { role: STAFF },
    args: { filter: t.arg({ type: AuctionClientStatFilter, required: false, description: "filter[client] (required), filter[sale]." }) },
    resolve: (_root, { filter }, ctx) => clientStat(ctx, filter ?? {}),
  }),
  auctionConnectedEntities: t.field({
    description: "The records connected to a client (by uuid): its client-connect group and the counts of its orders, consignments, transactions, ...",
    type: AuctionConnectedEntities,
    authScopes: { role: STAFF },
    args: { uuid: t.arg.string({ required: false, description: "The client's UUID (required)." }) },
    resolve: (_root, { uuid }, ctx) => connectedEntities(ctx, uuid),
  }),
}));
