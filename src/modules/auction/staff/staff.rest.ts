import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { staffGrammar } from "./staff.grammar.ts";
import { clerkStatsGrammar } from "./clerk-stats.grammar.ts";

const STAFF_FIELDS = "{ id name email username roles status }";

export const staffRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/staff", operation: "Query.auctionStaffMembers", grammar: staffGrammar,
    select: "{ data { id name email roles status } count }",
    summary: "List Staff: filter[role], filter[status] (active, blocked), filter[name|email], sort (default name), fields → {data: [{id, name, email, roles, status}], count}." },
  { method: "GET", path: "/api/v1.0/me", operation: "Query.auctionMe", envelope: "record", select: "{ id name email roles permissions }",
    summary: "Get Current User (Me) → {data: [{id, name, email, roles, permissions}]}." },
  { method: "PATCH", path: "/api/v1.0/staff/:id", operation: "Mutation.updateAuctionStaff", bodyArg: "input", envelope: "record", select: STAFF_FIELDS,
    summary: "Update User {name, email, username, roles, status, password, current_password}: administrators change anyone; members only their own name/e-mail/username/password (current_password required). New password, roles or blocking revoke older tokens. No self-demotion/self-blocking, never the last active administrator (422); e-mail/username taken 409; password ≥ 8 characters." },
  { method: "GET", path: "/api/v1.0/clerk-stats", operation: "Query.auctionClerkStats", grammar: clerkStatsGrammar,
    select: "{ data { user { id name } activities itemChanges transactions transactionsTotal calls notes tasksCompleted } count }",
    summary: "Clerk Statistics: filter[user], filter[date][value][from|to] → per staff member {user, activities, item_changes, transactions, transactions_total, calls, notes, tasks_completed}, count." },
];
