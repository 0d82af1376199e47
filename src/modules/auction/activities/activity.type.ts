import { builder } from "../../../builder.ts";
import { AuctionLabel, AuctionStaffRef } from "../shared/types.ts";
import { contentLabels, titleOf } from "./content.ts";

type ContentRef = { id: number; type: string; label: string };
/** `{id, type, label}` of the record an activity or task is about. */
export const AuctionContentRef = builder.objectRef<ContentRef>("AuctionContentRef").implement({
  description: "The record an activity or task is about: its id, content type (item, order, ...) and display label.",
  fields: (t) => ({
    id: t.id({ resolve: (c) => String(c.id) }),
    type: t.exposeString("type"),
    label: t.exposeString("label"),
  }),
});

export const AuctionActivity = builder.prismaObject("AuctionActivity", {
  description: "An entry of the activity log of an item, order, client, sale, consignment or transaction.",
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.field({ type: AuctionLabel, select: { type: true }, resolve: (a) => ({ id: a.type, label: titleOf(a.type) }) }),
    content: t.field({
      type: AuctionContentRef,
      description: "The record the activity is about, labelled (one query per content type for a whole page).",
      select: { contentType: true, contentId: true },
      resolve: async (a, _args, ctx) => ({
        id: a.contentId, type: a.contentType, label: await contentLabels(ctx).load(`${a.contentType}:${a.contentId}`),
      }),
    }),
    user: t.field({
      type: AuctionStaffRef, nullable: true,
      select: { user: { select: { id: true, name: true } } },
      resolve: (a) => a.user,
    }),
    message: t.exposeString("message"),
    details: t.expose("details", { type: "JSON" }),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
