import { DomainError, notFound } from "../../../kernel/errors.ts";

/** Ids travel as numeric strings ("123"); anything else cannot name a row, so it is a 404 like a missing one. */
export function idOf(raw: string | number | null | undefined, what: string): number {
  const text = String(raw ?? "").trim();
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw notFound(what);
  return Number(text);
}

/** Like idOf for optional references: null/empty stays null. */
export const optionalIdOf = (raw: string | number | null | undefined, what: string): number | null =>
  raw === null || raw === undefined || String(raw).trim() === "" ? null : idOf(raw, what);

/** Lists of ids in bodies (`"items": ["345", "346"]`), deduplicated, order kept. */
export function idsOf(raw: readonly (string | number)[], what: string): number[] {
  return [...new Set(raw.map((r) => idOf(r, what)))];
}

/** The spec's 404 detail: "Order with ID 999 does not exist". */
export const missing = (what: string, id: string | number) => new DomainError("NOT_FOUND", `${what} with ID ${id} does not exist`);
