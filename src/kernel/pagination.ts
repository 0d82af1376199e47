import { z } from "zod";
import { builder } from "../builder.ts";

/** A page of a list in the `{items, total, page, limit}` envelope (page is 1-indexed). */
export type OffsetPage<T = unknown> = { items: T[]; total: number; page: number; limit: number };

/**
 * zod models for `page`/`limit` args. A limit over the maximum is capped, as legacy APIs documenting "max 100" do
 * (the envelope echoes the limit actually used); a limit below 1 or a bad page is a 400.
 */
export function pageArgModels(maxLimit: number, maxPage = 100_000) {
  return {
    page: z.number().int().min(1, "must be 1 or more").max(maxPage, `must be at most ${maxPage}`),
    limit: z.number().int().min(1, "must be 1 or more").transform((v) => Math.min(v, maxLimit)),
  };
}

/** Pushes a page down to the database (`findMany({ skip, take })`), never slicing in memory. */
export const offsetOf = (page: number, limit: number) => ({ skip: (page - 1) * limit, take: limit });

/** The envelope type for one item type; its items are loaded by the root field with the planned nested selection. */
export function offsetPageType(name: string, item: Parameters<typeof builder.objectRef>[0] | object, description: string) {
  return builder.objectRef<OffsetPage>(name).implement({
    description,
    fields: (t) => ({
      items: t.field({ type: [item as never], resolve: (p) => p.items as never }),
      total: t.exposeInt("total", { description: "Items matching the filters, over all pages." }),
      page: t.exposeInt("page"),
      limit: t.exposeInt("limit"),
    }),
  });
}
