import { builder } from "../../../builder.ts";
import { ADMIN, CLIENT_DESK } from "../roles.ts";
import { AuctionClientConnection, AuctionClientMergeResult } from "./client-relations.type.ts";
import { connectClients, type ConnectInput } from "./client-connect.service.ts";
import { mergeClients, type MergeInput } from "./client-merge.service.ts";

const ConnectAuctionClientsInput = builder.inputType("ConnectAuctionClientsInput", {
  fields: (t) => ({
    clients: t.idList({ description: "The records to connect, primary included (two or more)." }),
    primaryClient: t.id({ description: "The record the others are connected to; one of `clients`." }),
  }),
});

const MergeAuctionClientsInput = builder.inputType("MergeAuctionClientsInput", {
  fields: (t) => ({
    sourceClients: t.idList({ description: "The duplicates merged into the target; they end with status `deleted`." }),
    targetClient: t.id({ description: "The client that keeps everything." }),
    mergeTransactions: t.field({ type: "Flag", defaultValue: true, description: "Move the sources' transactions (default true)." }),
    mergeOrders: t.field({ type: "Flag", defaultValue: true, description: "Move the sources' orders (default true)." }),
    mergeItems: t.field({ type: "Flag", defaultValue: true, description: "Move the items the sources won (default true)." }),
  }),
});

builder.mutationFields((t) => ({
  connectAuctionClients: t.field({
    description: "Connect two or more records of the same person to a primary record (no chains, no cycles; deleted clients refused).",
    type: AuctionClientConnection,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: ConnectAuctionClientsInput, required: true }) },
    resolve: (_root, { input }, ctx) => connectClients(ctx, input as ConnectInput),
  }),
  mergeAuctionClients: t.field({
    description: "Merge duplicate clients into a target in one transaction: transactions, orders and items won (per flag), addresses, "
      + "calls, consignments, bidder registrations, notes and tasks move; the sources are kept with status `deleted`. Administrators only.",
    type: AuctionClientMergeResult,
    authScopes: { role: ADMIN },
    args: { input: t.arg({ type: MergeAuctionClientsInput, required: true }) },
    resolve: (_root, { input }, ctx) => mergeClients(ctx, input as MergeInput),
  }),
}));
