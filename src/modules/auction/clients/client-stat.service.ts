import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import { dateOnly } from "../shared/dates.ts";
import { Decimal, ZERO } from "../shared/money.ts";
import type { ClientStat } from "./client-relations.type.ts";

/**
 * A buyer's figures, aggregated by the database: bidder orders that are not canceled (in the sale, when given),
 * their grand totals, the latest one's date, and the items the client won.
 */
export async function clientStat(ctx: Context, filter: { client?: string | null; sale?: string | null }): Promise<ClientStat> {
  if (!filter.client) throw badRequest("The field 'filter[client]' is required", { fields: [{ path: "filter[client]", message: "This field is required" }] });
  const clientId = idOf(filter.client, "Client");
  const saleId = filter.sale ? idOf(filter.sale, "Sale") : undefined;
  const [client, sale] = await Promise.all([
    ctx.db.auctionClient.count({ where: { id: clientId } }),
    saleId ? ctx.db.auctionSale.count({ where: { id: saleId } }) : Promise.resolve(1),
  ]);
  if (!client) throw missing("Client", filter.client);
  if (!sale) throw missing("Sale", filter.sale!);
  const inSale = saleId ? { saleId } : {};
  const [orders, itemsWon] = await Promise.all([
    ctx.db.auctionOrder.aggregate({
      where: { ownerId: clientId, type: "bidder", status: { not: "canceled" }, ...inSale },
      _count: { _all: true }, _sum: { grandTotal: true }, _max: { createdAt: true },
    }),
    ctx.db.auctionItem.count({ where: { winnerId: clientId, ...inSale } }),
  ]);
  const count = orders._count._all;
  const spent = orders._sum.grandTotal ?? ZERO;
  return {
    totalOrders: count,
    totalSpent: spent,
    totalItemsWon: itemsWon,
    averageOrderValue: count ? spent.dividedBy(count).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : ZERO,
    lastPurchaseDate: dateOnly(orders._max.createdAt),
  };
}
