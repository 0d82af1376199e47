import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { workingStore } from "./sale-access.ts";
import { SALE_CREATED_TOPIC, type SaleCreatedEvent } from "./sale-events.ts";

export const PosSaleCreatedEvent = builder.objectRef<SaleCreatedEvent>("PosSaleCreatedEvent").implement({
  description: "A sale just rang up in the store (refetch GET /sales/:id for the details).",
  fields: (t) => ({
    saleId: t.exposeID("saleId"),
    number: t.exposeString("number"),
    storeId: t.exposeID("storeId"),
    cashierId: t.exposeID("cashierId"),
    customerId: t.exposeID("customerId", { nullable: true }),
    total: t.field({ type: "Amount", resolve: (e) => e.total }),
    itemCount: t.exposeInt("itemCount"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.subscriptionFields((t) => ({
  posSaleCreated: t.field({
    description: "Every sale of a store of the caller's tenant as it is committed (GraphQL over SSE: POST /graphql with "
      + "`Accept: text/event-stream`). Another tenant's or an unknown store: 404; a cashier bound to another store: 403. "
      + "Events missed while disconnected are not replayed.",
    type: PosSaleCreatedEvent,
    authScopes: { role: can("sale:read") },
    args: { storeId: t.arg.id({ required: true }) },
    subscribe: async (_root, { storeId }, ctx) => {
      const store = await workingStore(ctx, String(storeId));
      return ctx.pubsub.subscribe(SALE_CREATED_TOPIC, store.id);
    },
    resolve: (event) => event,
  }),
}));
