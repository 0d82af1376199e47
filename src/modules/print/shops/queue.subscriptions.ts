import { builder } from "../../../builder.ts";
import { SHOPKEEPER, userIdOf } from "../roles.ts";
import { QUEUE_CHANGE_REASONS, SHOP_QUEUE_TOPIC, type ShopQueueEvent } from "./queue-events.ts";

export const PrintShopQueueChangeReason = builder.enumType("PrintShopQueueChangeReason", {
  description: "uploaded: a file joined the queue; withdrawn / cancelled / printed: it left it; printing / failed: a print started, or failed and the file waits again.",
  values: QUEUE_CHANGE_REASONS,
});

export const PrintShopQueueEvent = builder.objectRef<ShopQueueEvent>("PrintShopQueueEvent").implement({
  description: "A change of the calling shop's queue: refetch the queue (GET /queue) or the group's files.",
  fields: (t) => ({
    reason: t.expose("reason", { type: PrintShopQueueChangeReason }),
    fileId: t.exposeInt("fileId"),
    orderGroupId: t.exposeString("orderGroupId", { description: "`order-<paymentOrderId>` or `file-<fileId>`, as in the queue." }),
  }),
});

builder.subscriptionFields((t) => ({
  printShopQueueChanged: t.field({
    description: "Every change of the calling shop's queue, as it happens (GraphQL over SSE: POST /graphql with `Accept: text/event-stream`). "
      + "Events are hints to refetch; one missed while disconnected is not replayed, so refetch the queue after (re)connecting.",
    type: PrintShopQueueEvent,
    authScopes: { role: SHOPKEEPER },
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe(SHOP_QUEUE_TOPIC, userIdOf(ctx)),
    resolve: (event) => event,
  }),
}));
