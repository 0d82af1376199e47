import type { Services } from "../../../kernel/context.ts";

export type StockMovementType = "ADJUSTMENT" | "SET" | "SALE" | "VOID" | "RETURN" | "TRANSFER_OUT" | "TRANSFER_IN" | "PURCHASE";

/** A committed stock change of one product (or variant) in one store. */
export type StockChangedEvent = {
  storeId: string; productId: string; variantId: string | null; quantity: number; change: number; type: StockMovementType;
};

export const STOCK_CHANGED_TOPIC = "pos:stockChanged";

declare module "../../../kernel/pubsub.ts" {
  interface PubSubTopics {
    /** delivered per store: `pos:stockChanged:<storeId>` */
    [STOCK_CHANGED_TOPIC]: [storeId: string, event: StockChangedEvent];
  }
}

/** Announces changes that already committed (call after the transaction), one event per stock row changed. */
export function publishStockChanges(ctx: Pick<Services, "pubsub">, events: StockChangedEvent[]): void {
  for (const e of events) ctx.pubsub.publish(STOCK_CHANGED_TOPIC, e.storeId, e);
}
