import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { assertStoreAccess, requireStore } from "./inventory.access.ts";
import { PosStockChangedEvent } from "./inventory.type.ts";
import { STOCK_CHANGED_TOPIC } from "./stock-events.ts";

builder.subscriptionFields((t) => ({
  posStockChanged: t.field({
    description: "Every committed stock change of a store made by adjustments, counts and transfers, as it happens (GraphQL over SSE: "
      + "POST /graphql with `Accept: text/event-stream`). Events missed while disconnected are not replayed: refetch after (re)connecting.",
    type: PosStockChangedEvent,
    authScopes: { role: can("inventory:read") },
    args: { storeId: t.arg.id({ required: true, validate: z.string().max(64) }) },
    subscribe: async (_root, { storeId }, ctx) => {
      const store = await requireStore(ctx.db, ctx, String(storeId), { active: false });
      await assertStoreAccess(ctx, store.id);
      return ctx.pubsub.subscribe(STOCK_CHANGED_TOPIC, store.id);
    },
    resolve: (event) => event,
  }),
}));
