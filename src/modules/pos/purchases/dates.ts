import { z } from "zod";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar day `YYYY-MM-DD` (a real one: 2025-02-30 is a 400). */
export const DayModel = z.string().trim().regex(DAY, "must be a date YYYY-MM-DD").refine(isRealDay, "must be a real calendar date");

/** A day `YYYY-MM-DD` or an ISO timestamp with a zone (list filters, expected delivery). */
export const InstantModel = z.string().trim().refine(
  (s) => (DAY.test(s) ? isRealDay(s) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s))),
  "must be a date YYYY-MM-DD or an ISO timestamp",
);

/** `YYYY-MM-DD` → that day's midnight UTC (the Date of a `@db.Date` column). */
export const dayOf = (s: string) => new Date(`${s}T00:00:00Z`);
export const dayText = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A `from`/`to` filter on a timestamp column: days are UTC days and `to` is inclusive (a day `to` runs to the end of
 * that day); timestamps are exact bounds.
 */
export function instantRange(from?: string | null, to?: string | null): { gte?: Date; lt?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date; lte?: Date } = {};
  if (from) range.gte = DAY.test(from) ? dayOf(from) : new Date(from);
  if (to) {
    if (DAY.test(to)) range.lt = new Date(dayOf(to).getTime() + 86_400_000);
    else range.lte = new Date(to);
  }
  return range;
}
