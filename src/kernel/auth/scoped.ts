import { forbidden, notFound, unauthenticated } from "../errors.ts";

/**
 * The IDOR guard: every read/write `where` of an owned entity goes through here so the owner is always part of
 * the query. A row of another owner is then simply "not found", indistinguishable from a missing one.
 */
export function scoped<W extends object>(ownerField: string, ownerId: string, where: W): W & Record<string, string> {
  return { ...where, [ownerField]: ownerId } as W & Record<string, string>;
}

/** For rows loaded without a scoped where: assert ownership, answering like a missing row. */
export function ensureOwned<T>(row: T | null | undefined, owns: (row: T) => boolean, what: string): T {
  if (!row || !owns(row)) throw notFound(what);
  return row;
}

/**
 * For hand-written REST handlers that must refuse anonymous callers before reading a large body: the same answer
 * scope-auth gives (401, or 403 when a session cookie came without its CSRF token).
 */
export function assertSignedIn(ctx: { principal: { system: string } | null; csrfRejected: boolean }, system: string): void {
  if (ctx.principal?.system === system) return;
  if (!ctx.principal && ctx.csrfRejected) throw forbidden("Invalid or missing CSRF token");
  throw unauthenticated();
}
