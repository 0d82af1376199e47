import type { Context } from "../../../kernel/context.ts";
import { listQuery, type ListArgs } from "../../../kernel/list/where.ts";
import { ZERO, type Decimal } from "../shared/money.ts";
import { clerkStatsStaffGrammar, COUNTED_AT } from "./clerk-stats.grammar.ts";

export type ClerkStat = {
  user: { id: number; name: string };
  activities: number; itemChanges: number; transactions: number; transactionsTotal: Decimal;
  calls: number; notes: number; tasksCompleted: number;
};

type Grouped = { _count: { _all: number }; _sum?: { amount: Decimal | null } } & Record<string, unknown>;
type GroupBy = (args: object) => Promise<Grouped[]>;

/**
 * Per staff member (a page of them, by the user filter) what they did in the period: activities logged, item changes,
 * transactions entered (and their total), calls logged, notes written and tasks completed. One grouped query per
 * table for the whole page, never one per member.
 */
export async function clerkStats(ctx: Context, args: ListArgs): Promise<{ data: ClerkStat[]; count: number }> {
  const filter = args.filter ?? {};
  const staffQuery = await listQuery(ctx.db, clerkStatsStaffGrammar, { ...args, filter: { user: filter.user } });
  const [staff, count] = await Promise.all([
    ctx.db.auctionStaff.findMany({ where: staffQuery.where, orderBy: staffQuery.orderBy as never, skip: staffQuery.skip, take: staffQuery.take, select: { id: true, name: true } }),
    ctx.db.auctionStaff.count({ where: staffQuery.where }),
  ]);
  const ids = staff.map((s) => s.id);
  if (!ids.length) return { data: [], count };

  const dateFilter = { filter: { date: filter.date } };
  /** count (and optionally sum) per member on one table, the period on the table's own date column */
  const per = async (model: unknown, userColumn: string, dateColumn: keyof typeof COUNTED_AT, base: object = {}, sum = false) => {
    const { where } = await listQuery(ctx.db, COUNTED_AT[dateColumn], dateFilter, { ...base, [userColumn]: { in: ids } });
    const rows = await (model as { groupBy: GroupBy }).groupBy({
      by: [userColumn], where, _count: { _all: true }, ...(sum ? { _sum: { amount: true } } : {}),
    });
    return new Map(rows.map((r) => [r[userColumn] as number, r]));
  };
  const db = ctx.db;
  const [activities, itemChanges, transactions, calls, notes, tasks] = await Promise.all([
    per(db.auctionActivity, "userId", "createdAt"),
    per(db.auctionItemHistory, "userId", "createdAt"),
    per(db.auctionTransaction, "createdById", "createdAt", {}, true),
    per(db.auctionCall, "userId", "date"),
    per(db.auctionNote, "userId", "createdAt"),
    per(db.auctionTask, "assignedToId", "completedAt", { status: "completed" }),
  ]);
  const n = (m: Map<number, Grouped>, id: number) => m.get(id)?._count._all ?? 0;
  return {
    count,
    data: staff.map((s) => ({
      user: s,
      activities: n(activities, s.id),
      itemChanges: n(itemChanges, s.id),
      transactions: n(transactions, s.id),
      transactionsTotal: transactions.get(s.id)?._sum?.amount ?? ZERO,
      calls: n(calls, s.id),
      notes: n(notes, s.id),
      tasksCompleted: n(tasks, s.id),
    })),
  };
}
