/** Date-only fields ("2025-10-15") as the spec writes them; null stays null. */
export const dateOnly = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** Parses a "YYYY-MM-DD" (or ISO 8601) input into a UTC date; undefined for empty input. */
export function parseDate(text: string | null | undefined): Date | undefined {
  if (!text) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  // PostgreSQL dates run from year 1 (JavaScript accepts 0000 and negative years): anything else is no date
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999 ? undefined : d;
}
