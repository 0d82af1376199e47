import type { Context } from "../../../kernel/context.ts";

/**
 * Removes generated cheque files (rows and bytes) once nothing points to them any more. Runs after the commit that
 * dropped the reference: a failure here leaves an unreferenced file behind (logged), never a reference to nothing.
 */
export async function removeFiles(ctx: Pick<Context, "db" | "storage" | "log">, ids: number[]): Promise<void> {
  if (!ids.length) return;
  try {
    const rows = await ctx.db.auctionFile.findMany({ where: { id: { in: ids } }, select: { storageKey: true } });
    await ctx.db.auctionFile.deleteMany({ where: { id: { in: ids } } });
    await ctx.storage.delete(rows.map((r) => r.storageKey));
  } catch (error) {
    ctx.log.warn({ err: error, fileIds: ids }, "auction: could not remove replaced cheque files");
  }
}
