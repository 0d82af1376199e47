import { z } from "zod";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar day `YYYY-MM-DD` (a real one: 2025-02-30 is a 400). */
export const DayModel = z.string().trim().regex(DAY, "must be a date YYYY-MM-DD").refine(isRealDay, "must be a real calendar date");

/** A list bound: a UTC day `YYYY-MM-DD` or an ISO timestamp with a zone. */
export const BoundModel = z.string().trim().refine(
  (s) => (DAY.test(s) ? isRealDay(s) : STAMP.test(s) && !Number.isNaN(Date.parse(s))),
  "must be a date YYYY-MM-DD or an ISO timestamp with a zone",
);

/** `YYYY-MM-DD` → that day's midnight UTC (the Date of a `@db.Date` column). */
export const dayOf = (s: string) => new Date(`${s}T00:00:00Z`);
export const dayText = (d: Date) => d.toISOString().slice(0, 10);

/** `from`/`to` on a timestamp column: days are UTC days and a day `to` is inclusive (to the end of that day). */
export function timeRange(from?: string | null, to?: string | null): { gte?: Date; lt?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date; lte?: Date } = {};
  if (from) range.gte = DAY.test(from) ? dayOf(from) : new Date(from);
  if (to) {
    if (DAY.test(to)) range.lt = new Date(dayOf(to).getTime() + 86_400_000);
    else range.lte = new Date(to);
  }
  return range;
}

/** Optional `from`/`to` args of a list. */
export const rangeArgs = (t: any) => ({
  from: t.arg.string({ required: false, description: "From this UTC day (YYYY-MM-DD) or instant on.", validate: BoundModel.nullish() }),
  to: t.arg.string({ required: false, description: "Up to this UTC day (inclusive) or instant.", validate: BoundModel.nullish() }),
});

/** The typed values of `pageArgs` and `rangeArgs` (declared through untyped helpers). */
export type ListArgs = { page?: number | null; limit?: number | null; search?: string | null; from?: string | null; to?: string | null };
