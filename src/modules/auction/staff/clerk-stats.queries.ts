import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import type { ListArgs } from "../../../kernel/list/where.ts";
import { STAFF } from "../roles.ts";
import { AuctionStaffRef } from "../shared/types.ts";
import { clerkStatsGrammar } from "./clerk-stats.grammar.ts";
import { clerkStats, type ClerkStat } from "./clerk-stats.service.ts";

const AuctionClerkStat = builder.objectRef<ClerkStat>("AuctionClerkStat").implement({
  description: "What one staff member did in the period.",
  fields: (t) => ({
    user: t.field({ type: AuctionStaffRef, resolve: (s) => s.user }),
    activities: t.exposeInt("activities", { description: "Activities logged." }),
    itemChanges: t.exposeInt("itemChanges", { description: "Item history entries (status, price, lot, winner changes)." }),
    transactions: t.exposeInt("transactions", { description: "Transactions entered." }),
    transactionsTotal: t.field({ type: "Money", description: "Sum of the transactions entered.", resolve: (s) => s.transactionsTotal }),
    calls: t.exposeInt("calls", { description: "Calls logged (by call date)." }),
    notes: t.exposeInt("notes", { description: "Notes written." }),
    tasksCompleted: t.exposeInt("tasksCompleted", { description: "Tasks assigned to them and completed in the period." }),
  }),
});

const AuctionClerkStatsPage = builder.objectRef<{ data: ClerkStat[]; count: number }>("AuctionClerkStatsPage").implement({
  description: "Clerk statistics, one row per staff member, and how many staff members match.",
  fields: (t) => ({
    data: t.field({ type: [AuctionClerkStat], resolve: (p) => p.data }),
    count: t.exposeInt("count"),
  }),
});

const clerkStatsArgs = listArgs(clerkStatsGrammar);

builder.queryFields((t) => ({
  auctionClerkStats: t.field({
    description: "Clerk statistics per staff member for a period (filter.date) and optionally one member (filter.user).",
    type: AuctionClerkStatsPage,
    authScopes: { role: STAFF },
    args: clerkStatsArgs(t),
    resolve: (_root, args, ctx) => clerkStats(ctx, args as ListArgs),
  }),
}));
