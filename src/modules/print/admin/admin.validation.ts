import { z } from "zod";
import { pageArgModels } from "../../../kernel/pagination.ts";

export const DEFAULT_LIMIT = 50;
export const { page: PageModel, limit: LimitModel } = pageArgModels(100);
export const SearchModel = z.string().trim().max(100, "must be at most 100 characters");
export const IdModel = z.number().int().positive("must be a positive id");
export const ReferenceModel = z.string().trim().max(200, "must be at most 200 characters");
export const NoteModel = z.string().trim().max(1000, "must be at most 1000 characters");
export const MAX_BULK_PAYOUTS = 500;
export const PayoutIdsModel = z.array(z.number().int().positive("must be positive ids"))
  .min(1, "must list at least one payout id")
  .max(MAX_BULK_PAYOUTS, `must list at most ${MAX_BULK_PAYOUTS} payout ids`);

/** `2024-01-31` (a whole UTC day) or an ISO 8601 instant like `2024-01-31T12:00:00Z`. */
export const DateBoundModel = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "must be a date (YYYY-MM-DD) or an ISO 8601 date-time",
});
