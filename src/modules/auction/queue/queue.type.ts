import { builder } from "../../../builder.ts";
import { AuctionStaffRef } from "../shared/types.ts";

export const AuctionQueueItem = builder.prismaObject("AuctionJob", {
  name: "AuctionQueueItem",
  description: "A background job of the bulk dispatcher (Drupal advancedqueue item): queued → processing → success | failure.",
  fields: (t) => ({
    itemId: t.exposeID("id"),
    queue: t.exposeString("queue"),
    operation: t.exposeString("operation"),
    entityType: t.exposeString("entityType"),
    ids: t.idList({ select: { ids: true }, resolve: (j) => j.ids }),
    count: t.int({ description: "How many records the job covers.", select: { ids: true }, resolve: (j) => j.ids.length }),
    state: t.exposeString("state", { description: "queued, processing, success or failure." }),
    attempts: t.exposeInt("attempts", { description: "Runs so far (at most 3)." }),
    message: t.exposeString("message", { description: "What the last run reported (the error of a failed attempt)." }),
    result: t.expose("result", { type: "JSON", nullable: true, description: "What a successful run produced, e.g. {fid, url} of a generated file." }),
    createdBy: t.field({
      type: AuctionStaffRef, nullable: true,
      select: { createdBy: { select: { id: true, name: true } } },
      resolve: (j) => j.createdBy,
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
    processed: t.expose("processedAt", { type: "DateTime", nullable: true }),
  }),
});
