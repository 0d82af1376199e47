import { builder } from "../../../builder.ts";
import { CUSTOMER, SHOPKEEPER, userIdOf } from "../roles.ts";
import { PrintFile } from "./file.type.ts";
import { WithdrawPrintFilePayload } from "./upload.type.ts";
import { confirmPrinted, markPrintFailed, markPrintStarted, withdrawFile } from "./file-lifecycle.service.ts";
import { limitCodeLookups } from "./file-access.service.ts";

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** A shop's action on a private print, identified by the code the customer handed over; answers the file as it is now. */
const shopAction = (t: MutationFieldBuilder, description: string, act: typeof markPrintStarted) => t.prismaField({
  description,
  type: PrintFile,
  authScopes: { role: SHOPKEEPER },
  args: { code: t.arg.string({ required: true }) },
  resolve: async (query, _root, { code }, ctx) => {
    // acting by code is a lookup too (404 vs 409 tells a guessed code exists): same per-account budget
    await limitCodeLookups(ctx);
    const file = await act(ctx, { code });
    return ctx.db.printFile.findUniqueOrThrow({ ...query, where: { id: file.id } });
  },
});

builder.mutationFields((t) => ({
  startPrintFile: shopAction(t, "The shop started printing a private print (uploaded → printing): the customer can no longer withdraw it.", markPrintStarted),
  failPrintFile: shopAction(t, "The print failed or timed out (printing → uploaded): the customer may withdraw it again.", markPrintFailed),
  confirmPrintFile: shopAction(t, "The private print is done (uploaded or printing → downloaded); its stored file is deleted.",
    (ctx, ref) => confirmPrinted(ctx, ref, userIdOf(ctx))),
  withdrawPrintFile: t.field({
    description: "Withdraw one of the caller's files while it waits (uploaded); a paid file is refunded to the wallet. 409 once printing started.",
    type: WithdrawPrintFilePayload,
    authScopes: { role: CUSTOMER },
    args: { fileId: t.arg.int({ required: true }) },
    resolve: async (_root, { fileId }, ctx) => {
      const result = await withdrawFile(ctx, userIdOf(ctx), fileId);
      // after commit: a failed delete leaves an orphaned object (logged), never a withdrawn file without its refund
      if (result.storageKey) {
        await ctx.storage.delete([result.storageKey]).catch((err) => ctx.log.error({ err, fileId }, "withdrawn file could not be deleted from storage"));
      }
      return { fileId: result.fileId, refunded: result.refunded };
    },
  }),
}));
