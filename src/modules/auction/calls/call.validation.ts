import { z } from "zod";
import { parseDate } from "../shared/dates.ts";

/** An ISO 8601 instant ("2025-10-15T11:30:00Z") or a date ("2025-10-15"). */
export const CallDate = z.string().trim()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, "must be an ISO 8601 date, e.g. 2025-10-15T11:30:00Z")
  // parseDate refuses what PostgreSQL cannot store (year 0, or an offset that moves the instant out of years 1-9999)
  .refine((s) => parseDate(s) !== undefined, "is not a valid date")
  .nullish();
export const CallNotes = z.string().max(10_000, "must be at most 10000 characters").nullish();
