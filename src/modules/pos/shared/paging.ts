import { z } from "zod";
import { offsetOf, pageArgModels } from "../../../kernel/pagination.ts";

export const DEFAULT_LIMIT = 20;
const models = pageArgModels(100);

/** `page` (1-indexed), `limit` (default 20, capped at 100) and `search` args of every pos list. */
export const pageArgs = (t: any) => ({
  page: t.arg.int({ defaultValue: 1, description: "1-indexed.", validate: models.page.nullish() }),
  limit: t.arg.int({ defaultValue: DEFAULT_LIMIT, description: "Items per page, at most 100.", validate: models.limit.nullish() }),
  search: t.arg.string({ required: false, description: "Case-insensitive search.", validate: z.string().trim().max(100).nullish() }),
});

/** skip/take for a page, and the page/limit the envelope echoes. */
export function paged(args: { page?: number | null; limit?: number | null }) {
  const page = args.page ?? 1;
  const limit = Math.min(args.limit ?? DEFAULT_LIMIT, 100);
  return { page, limit, ...offsetOf(page, limit) };
}
