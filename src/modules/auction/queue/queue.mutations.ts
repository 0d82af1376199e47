import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionQueueItem } from "./queue.type.ts";
import { dispatch, findJob, type DispatchInput } from "./queue.service.ts";

const DispatchAuctionBulkInput = builder.inputType("DispatchAuctionBulkInput", {
  fields: (t) => ({
    operation: t.string({ description: "print_labels (item), export_csv (item, client, order) or recalculate_totals (order)." }),
    entityType: t.string({ description: "item, client or order." }),
    ids: t.idList({ description: "1 to 1000 ids, all existing." }),
  }),
});

builder.mutationFields((t) => ({
  dispatchAuctionBulk: t.prismaField({
    description: "Queue a bulk operation; the background worker runs it (up to 3 attempts). Follow it with auctionQueueItems.",
    type: AuctionQueueItem,
    // who may run which operation is checked per operation (print_labels: catalogue, recalculate_totals: client desk)
    authScopes: { role: STAFF },
    args: { input: t.arg({ type: DispatchAuctionBulkInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const job = await dispatch(ctx, input as DispatchInput);
      return findJob(ctx, job.id, query);
    },
  }),
}));
