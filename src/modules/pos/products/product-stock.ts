import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { tenantIdOf } from "../shared/tenancy.ts";

/** The list stamps its rows with the store of `?storeId=` so the item field knows which store to report. */
export const STOCK_STORE = Symbol("posStockStore");
export type StockStamped = { [STOCK_STORE]?: string };

/**
 * Units of a product in one store (the product's own row plus its variants'), for a whole page in one grouped query
 * per store. Keys are `storeId:productId`.
 */
export const productStock = createContextCache((ctx: Context) => new DataLoader<string, number>(async (keys) => {
  const tenantId = tenantIdOf(ctx);
  const byStore = new Map<string, string[]>();
  for (const k of keys) {
    const [storeId, productId] = k.split(":") as [string, string];
    byStore.set(storeId, [...(byStore.get(storeId) ?? []), productId]);
  }
  const totals = new Map<string, number>();
  await Promise.all([...byStore].map(async ([storeId, productIds]) => {
    const rows = await ctx.db.posStock.groupBy({
      by: ["productId"], where: { tenantId, storeId, productId: { in: productIds } }, _sum: { quantity: true },
    });
    for (const r of rows) totals.set(`${storeId}:${r.productId}`, r._sum.quantity ?? 0);
  }));
  return keys.map((k) => totals.get(k) ?? 0);
}));
