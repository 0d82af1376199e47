import type { Context } from "../../../kernel/context.ts";

const ROW = 1;

export type AppDownloadsChange = Partial<{
  windowsShopkeeperUrl: string; androidCustomerUrl: string; iosCustomerUrl: string;
  windowsComingSoon: boolean; androidComingSoon: boolean; iosComingSoon: boolean;
}>;

/**
 * The single settings row, created with the schema defaults on first read (a fresh database has none).
 * `skipDuplicates` makes two concurrent first reads both succeed.
 */
export async function loadAppDownloads<Q extends object>(ctx: Context, query: Q) {
  const found = await ctx.db.printAppDownloads.findUnique({ ...query, where: { id: ROW } });
  if (found) return found;
  await ctx.db.printAppDownloads.createMany({ data: [{ id: ROW }], skipDuplicates: true });
  return ctx.db.printAppDownloads.findUniqueOrThrow({ ...query, where: { id: ROW } });
}

/** Changes the fields present; the row is created (defaults + change) when it does not exist yet. */
export async function updateAppDownloads(ctx: Context, change: AppDownloadsChange): Promise<void> {
  await ctx.db.printAppDownloads.upsert({ where: { id: ROW }, create: { id: ROW, ...change }, update: change });
}
