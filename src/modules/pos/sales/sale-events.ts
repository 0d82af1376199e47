import type { Services } from "../../../kernel/context.ts";

/** What a store's subscribers hear after a checkout committed: enough for a live ticker; refetch the sale for more. */
export type SaleCreatedEvent = {
  saleId: string; number: string; storeId: string; cashierId: string; customerId: string | null;
  total: number; itemCount: number; createdAt: Date;
};

export const SALE_CREATED_TOPIC = "pos:saleCreated";

declare module "../../../kernel/pubsub.ts" {
  interface PubSubTopics {
    /** delivered per store: `pos:saleCreated:<storeId>` */
    [SALE_CREATED_TOPIC]: [storeId: string, event: SaleCreatedEvent];
  }
}

/** Announces a committed sale to its store's subscribers (call after the transaction). */
export function publishSaleCreated(ctx: Pick<Services, "pubsub">, event: SaleCreatedEvent): void {
  ctx.pubsub.publish(SALE_CREATED_TOPIC, event.storeId, event);
}
