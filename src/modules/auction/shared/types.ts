import { builder } from "../../../builder.ts";
import { auctionConfig } from "../config.ts";
import { formatMoney, type Decimal } from "./money.ts";

/** The spec's `{id, label}` pair: statuses, types and references to other records. */
export type Label = { id: string | number; label: string };
export const AuctionLabel = builder.objectRef<Label>("AuctionLabel").implement({
  description: "A value or a referenced record as `{id, label}`.",
  fields: (t) => ({
    id: t.id({ resolve: (l) => String(l.id) }),
    label: t.exposeString("label"),
  }),
});

/** `{value: "1250.50", formatted: "$1,250.50"}` where the spec shows a formatted amount. */
export const AuctionAmount = builder.objectRef<{ value: Decimal }>("AuctionAmount").implement({
  description: "An amount with its display form in the house currency (AUCTION_CURRENCY).",
  fields: (t) => ({
    value: t.field({ type: "Money", resolve: (a) => a.value }),
    formatted: t.string({ resolve: (a, _args, ctx) => formatMoney(a.value, auctionConfig(ctx.config).AUCTION_CURRENCY) }),
  }),
});

/** `{id, name}` for staff members shown on records (user, auctioneer, assigned_to). */
export const AuctionStaffRef = builder.objectRef<{ id: number; name: string }>("AuctionStaffRef").implement({
  fields: (t) => ({ id: t.id({ resolve: (s) => String(s.id) }), name: t.exposeString("name") }),
});

/** `{success: true, ...}` results of actions. */
export const AuctionDeleted = builder.objectRef<{ id: number }>("AuctionDeleted").implement({
  description: "The id of a deleted record (REST answers 204).",
  fields: (t) => ({ id: t.id({ resolve: (d) => String(d.id) }) }),
});
