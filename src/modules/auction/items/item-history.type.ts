import { builder } from "../../../builder.ts";
import { AuctionStaffRef } from "../shared/types.ts";

export const AuctionItemHistory = builder.prismaObject("AuctionItemHistory", {
  description: "One recorded change of an item (status_change, hammer_price_change, estimate_change, reserve_change, "
    + "lot_change, winner_change, moved, cloned), written by the item service itself.",
  fields: (t) => ({
    id: t.exposeID("id"),
    item: t.id({ resolve: (h) => String(h.itemId) }),
    action: t.exposeString("action"),
    oldValue: t.exposeString("oldValue", { nullable: true }),
    newValue: t.exposeString("newValue", { nullable: true }),
    user: t.field({
      type: AuctionStaffRef, nullable: true, description: "Who made the change (null for system changes or removed staff).",
      select: { user: { select: { id: true, name: true } } },
      resolve: (h) => h.user,
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
    details: t.exposeString("details"),
  }),
});
