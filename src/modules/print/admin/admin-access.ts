import type { Context } from "../../../kernel/context.ts";
import { forbidden, unauthenticated } from "../../../kernel/errors.ts";
import { hasRole } from "../../../kernel/auth/principal.ts";
import { printConfig } from "../config.ts";
import { ADMIN } from "../roles.ts";

// a dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; compare the plain IPv4 form on both sides
const plainIp = (ip: string) => ip.trim().toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * The admin section's second gate after the admin role (scope-auth): when ALLOWED_ADMIN_IPS is set, only those
 * peer addresses may call it. Every admin resolver calls this first.
 */
export function assertAdminAccess(ctx: Context): void {
  const allowed = printConfig(ctx.config).ALLOWED_ADMIN_IPS;
  if (allowed.length === 0) return;
  const caller = plainIp(ctx.clientIp);
  if (!allowed.some((ip) => plainIp(ip) === caller)) throw forbidden("Access denied");
}

/**
 * For handler routes that read their own parameters before any resolver runs: the caller is checked first (401,
 * 403 as scope-auth answers them, then the address), so a bad parameter never answers before authorization.
 */
export function assertAdminCaller(ctx: Context): void {
  if (ctx.principal?.system !== "print") throw unauthenticated();
  if (!hasRole(ctx.principal, ADMIN)) throw forbidden();
  assertAdminAccess(ctx);
}
