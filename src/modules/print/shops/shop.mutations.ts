import { builder } from "../../../builder.ts";
import { SHOPKEEPER } from "../roles.ts";
import { PrintShopStatus } from "./shop.type.ts";
import { recordHeartbeat, setShopOpen } from "./shop.service.ts";

export const UpdatePrintShopStatusInput = builder.inputType("UpdatePrintShopStatusInput", {
  fields: (t) => ({ isOpen: t.boolean({ required: true }) }),
});

builder.mutationFields((t) => ({
  updatePrintShopStatus: t.field({
    description: "Open or close the calling shop (records web activity for the stale-shop sweeper).",
    type: PrintShopStatus,
    authScopes: { role: SHOPKEEPER },
    args: { input: t.arg({ type: UpdatePrintShopStatusInput, required: true }) },
    resolve: (_root, { input }, ctx) => setShopOpen(ctx, input.isOpen),
  }),
  recordPrintShopHeartbeat: t.field({
    description: "The shop app is alive: refreshes the heartbeat so the sweeper keeps the shop open.",
    type: PrintShopStatus,
    authScopes: { role: SHOPKEEPER },
    resolve: (_root, _args, ctx) => recordHeartbeat(ctx),
  }),
}));
