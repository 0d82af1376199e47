import { notFound } from "../errors.ts";

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
