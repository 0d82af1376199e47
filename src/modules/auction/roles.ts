import type { RoleRef } from "../../kernel/auth/principal.ts";
import type { Context } from "../../kernel/context.ts";
import { unauthenticated } from "../../kernel/errors.ts";

/**
 * Staff roles. The spec shows `administrator` and `clerk`; its areas imply the others: accountants keep the money
 * (transactions, credit notes, cheques), cataloguers build sales (items, lots, catalogues), auctioneers run sessions,
 * photographers work their tasks. Everyone signed in may read; these tables say who may change what.
 */
export const AUCTION_ROLES = ["administrator", "clerk", "accountant", "cataloguer", "auctioneer", "photographer"] as const;
export type AuctionRole = (typeof AUCTION_ROLES)[number];

const refs = (...roles: AuctionRole[]) => roles.map((r) => `auction:${r}` as RoleRef);

export const STAFF = refs(...AUCTION_ROLES);
export const ADMIN = refs("administrator");
/** clients, addresses, calls, notes, activities, orders' contents */
export const CLIENT_DESK = refs("administrator", "clerk", "accountant");
/** money: transactions, cheques, credit notes, reissues, statement charges */
export const FINANCE = refs("administrator", "accountant");
/** items, lots, consignments, catalogue parts, sale sessions */
export const CATALOGUE = refs("administrator", "cataloguer", "clerk");
/** tasks: anyone may create and work them */
export const TASKS = STAFF;

/** The signed-in staff member's id. */
export function staffIdOf(ctx: Context): number {
  const p = ctx.principal;
  if (!p || p.system !== "auction") throw unauthenticated();
  return Number(p.id);
}

/** The permission names each role grants (shown by `me`; the route guards use the role lists above). */
const GRANTS: Record<string, string[]> = {
  read: [...AUCTION_ROLES],
  "manage clients": ["administrator", "clerk", "accountant"],
  "manage orders": ["administrator", "clerk", "accountant"],
  "manage finance": ["administrator", "accountant"],
  "manage catalogue": ["administrator", "cataloguer", "clerk"],
  "manage tasks": [...AUCTION_ROLES],
  "administer site": ["administrator"],
};
export function permissionsOf(roles: readonly string[]): string[] {
  return Object.entries(GRANTS).filter(([, who]) => who.some((r) => roles.includes(r))).map(([p]) => p);
}
