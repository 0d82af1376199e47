/** Date-only fields ("2025-10-15") as the spec writes them; null stays null. */
export const dateOnly = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** Parses a "YYYY-MM-DD" (or ISO 8601) input into a UTC date; undefined for empty input. */
export function parseDate(text: string | null | undefined): Date | undefined {
  if (!text) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
