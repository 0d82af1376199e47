import { defineGrammar, type ListGrammar } from "../../../kernel/list/grammar.ts";

const SORTS = { id: "id", name: "name" };

/** clerk-stats: `filter[user]` (a staff id) and `filter[date][value][from|to]` (the period counted). */
export const clerkStatsGrammar = defineGrammar({
  name: "AuctionClerkStats",
  filters: {
    user: { kind: "id", column: "id", description: "Staff member id." },
    date: { kind: "date", column: "createdAt", description: "The period counted (YYYY-MM-DD: whole days, inclusive)." },
  },
  sorts: SORTS,
  defaultSort: "name",
});

/** The staff members a page shows: only the user filter applies to them. */
export const clerkStatsStaffGrammar = defineGrammar({
  name: "AuctionClerkStatsStaff",
  filters: { user: { kind: "id", column: "id" } },
  sorts: SORTS,
  defaultSort: "name",
});

/** The date filter on one counted table's own column (when the counted thing happened). */
const datedBy = (column: string): ListGrammar => defineGrammar({
  name: `AuctionClerkStats_${column}`,
  filters: { date: { kind: "date", column } },
  sorts: { id: "id" },
  defaultSort: "id",
});
export const COUNTED_AT = { createdAt: datedBy("createdAt"), date: datedBy("date"), completedAt: datedBy("completedAt") };
