import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { SHOPKEEPER, userIdOf } from "../roles.ts";
import { confirmPrinted, markPrintFailed, markPrintStarted } from "../files/file-lifecycle.service.ts";
import { PrintQueueCancelPayload, PrintQueueFile } from "./queue.type.ts";
import { cancelQueueOrder } from "./queue-cancel.service.ts";

export const CancelPrintQueueOrderInput = builder.inputType("CancelPrintQueueOrderInput", {
  fields: (t) => ({ reason: t.string({ required: true, description: "Shown to the customer (3–500 characters)." }) }),
});

type Step = (ctx: Context, shopId: number, fileId: number) => Promise<unknown>;

/** A lifecycle step on a file of the caller's own queue (another shop's file is 404), answering with the file as it is now. */
const lifecycleField = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0], description: string, step: Step) =>
  t.prismaField({
    description,
    type: PrintQueueFile,
    authScopes: { role: SHOPKEEPER },
    args: { fileId: t.arg.int({ required: true }) },
    resolve: async (query, _root, { fileId }, ctx) => {
      await step(ctx, userIdOf(ctx), fileId);
      return ctx.db.printFile.findUniqueOrThrow({ ...query, where: { id: fileId } });
    },
  });

builder.mutationFields((t) => ({
  startPrintQueueFile: lifecycleField(t, "The shop tapped Print: uploaded → printing (the customer can no longer withdraw).",
    (ctx, shopId, id) => markPrintStarted(ctx, { id, shopkeeperId: shopId })),
  failPrintQueueFile: lifecycleField(t, "The print failed or timed out: printing → uploaded (withdrawable again).",
    (ctx, shopId, id) => markPrintFailed(ctx, { id, shopkeeperId: shopId })),
  confirmPrintQueueFile: lifecycleField(t, "Printed: uploaded/printing → downloaded; the stored file is deleted and, once the whole paid order is done, the shop's payout recorded.",
    (ctx, shopId, id) => confirmPrinted(ctx, { id, shopkeeperId: shopId }, shopId)),
  cancelPrintQueueOrder: t.field({
    description: "Cancel the payment order of a queue file before printing: its waiting files are cancelled, a paid order is refunded to the customer's wallet once, and the customer is notified with the reason. 400 while any of its files is printing.",
    type: PrintQueueCancelPayload,
    authScopes: { role: SHOPKEEPER },
    args: { fileId: t.arg.int({ required: true }), input: t.arg({ type: CancelPrintQueueOrderInput, required: true }) },
    resolve: (_root, { fileId, input }, ctx) => cancelQueueOrder(ctx, userIdOf(ctx), fileId, input.reason),
  }),
}));
