import type { Services } from "../../../kernel/context.ts";

/** Why a shop's queue changed: a file arrived, left (withdrawn, cancelled, printed) or changed state. */
export const QUEUE_CHANGE_REASONS = ["uploaded", "withdrawn", "cancelled", "printing", "failed", "printed"] as const;
export type QueueChangeReason = (typeof QUEUE_CHANGE_REASONS)[number];

/** What a shop's subscribers hear: a hint to refetch the queue (or that group), not the queue itself. */
export type ShopQueueEvent = { reason: QueueChangeReason; fileId: number; orderGroupId: string };

export const SHOP_QUEUE_TOPIC = "print:shopQueue";

declare module "../../../kernel/pubsub.ts" {
  interface PubSubTopics {
    /** delivered per shop: `print:shopQueue:<shopkeeperId>` */
    [SHOP_QUEUE_TOPIC]: [shopkeeperId: number, event: ShopQueueEvent];
  }
}

/** The fields of a file the event is derived from. */
export type QueueFileRef = { id: number; printType: string; shopkeeperId: number | null; paymentOrderId: number | null };

/**
 * Tells the file's shop its queue changed. Call it after the change committed; files that are not in a shop's
 * queue (private prints, no shop) are ignored, so call sites need no condition of their own.
 */
export function publishShopQueueChange(ctx: Pick<Services, "pubsub">, reason: QueueChangeReason, file: QueueFileRef): void {
  if (file.printType !== "queue" || file.shopkeeperId === null) return;
  ctx.pubsub.publish(SHOP_QUEUE_TOPIC, file.shopkeeperId, { reason, fileId: file.id, orderGroupId: orderGroupIdOf(file) });
}

/** The queue group key of GET /queue (see listQueue): `order-<paymentOrderId>`, or `file-<fileId>` without an order. */
export const orderGroupIdOf = (file: { id: number; paymentOrderId: number | null }) =>
  file.paymentOrderId === null ? `file-${file.id}` : `order-${file.paymentOrderId}`;
