import type { Context } from "../../kernel/context.ts";
import type { RoleRef } from "../../kernel/auth/principal.ts";
import { unauthenticated } from "../../kernel/errors.ts";

/** print's roles as scope-auth references. */
export const CUSTOMER = "print:customer" satisfies RoleRef;
export const SHOPKEEPER = "print:shopkeeper" satisfies RoleRef;
export const ADMIN = "print:admin" satisfies RoleRef;
export const ANY_PRINT_USER: RoleRef[] = [CUSTOMER, SHOPKEEPER, ADMIN];

/** The calling print user's id (integer). */
export function userIdOf(ctx: Context): number {
  const p = ctx.principal;
  if (!p || p.system !== "print") throw unauthenticated();
  return Number(p.id);
}
