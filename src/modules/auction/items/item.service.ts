import type { Context } from "../../../kernel/context.ts";
import { DomainError } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import type { Decimal } from "../shared/money.ts";
import { itemActor, itemLabel, updateItems } from "./item-history.ts";

/** What the website may list: items of published or closed sales (never drafts), withdrawn ones hidden. */
export const PUBLIC_ITEMS = { sale: { status: { in: ["published", "closed"] } }, status: { not: "withdrawn" } } as const;

export async function findItem(ctx: Context, rawId: string, query: object) {
  const item = await ctx.db.auctionItem.findUnique({ ...query, where: { id: idOf(rawId, "Item") } });
  if (!item) throw missing("Item", rawId);
  return item;
}

export type WinningBidRemoved = { itemId: number; previousWinner: string | null; previousHammerPrice: Decimal | null };

/**
 * Removes an item's winning bid: winner, paddle number and hammer price are cleared and a sold item goes back to
 * `unsold` when its sale is closed, else `available`. Refused (422) without a winning bid, and while the item is on
 * an order that is not canceled (the invoice must be credited or canceled first). History through updateItems.
 */
export async function deleteWinningBid(ctx: Context, rawId: string): Promise<WinningBidRemoved> {
  const id = idOf(rawId, "Item");
  return ctx.db.$transaction(async (tx) => {
    // the item row stays locked until commit: a concurrent invoice cannot pick the item up half-way
    await tx.$queryRaw`SELECT id FROM auction_items WHERE id = ${id} FOR UPDATE`;
    const item = await tx.auctionItem.findUnique({
      where: { id },
      select: {
        id: true, lot: true, status: true, winnerId: true, winnerBidderNumber: true, hammerPrice: true, sale: { select: { status: true } },
        orderLines: { where: { order: { status: { not: "canceled" } } }, select: { order: { select: { orderNumber: true } } } },
      },
    });
    if (!item) throw missing("Item", rawId);
    const label = itemLabel(item);
    if (item.winnerId === null && item.winnerBidderNumber === null) throw new DomainError("UNPROCESSABLE", `${label} has no winning bid`);
    if (item.orderLines.length) {
      const orders = item.orderLines.map((l) => `#${l.order.orderNumber}`).join(", ");
      throw new DomainError("UNPROCESSABLE", `${label} is on order ${orders}: credit or cancel the invoice first`);
    }
    const status = item.status !== "sold" ? item.status : item.sale.status === "closed" ? "unsold" : "available";
    await updateItems(tx, itemActor(ctx), [{
      id, set: { winnerId: null, winnerBidderNumber: null, winnerKind: null, hammerPrice: null, status },
    }]);
    return {
      itemId: id,
      previousWinner: item.winnerBidderNumber ?? (item.winnerId === null ? null : String(item.winnerId)),
      previousHammerPrice: item.hammerPrice,
    };
  });
}
