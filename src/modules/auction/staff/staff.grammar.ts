import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { AUCTION_ROLES } from "../roles.ts";

/** `roles` is an array column: one role is `has`, a list of roles `hasSome`. */
function roleWhere(c: Record<string, unknown>) {
  if (Array.isArray(c.in)) return { roles: { hasSome: c.in as string[] } };
  return { roles: { has: c.equals as string } };
}

export const staffGrammar = defineGrammar({
  name: "AuctionStaff",
  table: "auction_staff",
  filters: {
    id: { kind: "id" },
    role: { kind: "enum", values: AUCTION_ROLES, where: roleWhere, description: "Staff holding this role." },
    status: { kind: "enum", values: ["active", "blocked"] },
    name: { kind: "text" },
    email: { kind: "text" },
    username: { kind: "text" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: { id: "id", name: "name", email: "email", username: "username", status: "status", created: "createdAt" },
  search: ["name", "email", "username"],
  defaultSort: "name",
});
