import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { PrintPayoutStatus } from "../enums.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { PrintAdminBulkPayoutPayload, PrintAdminPayout } from "./payout.type.ts";
import { NoteModel, PayoutIdsModel, ReferenceModel, IdModel } from "./admin.validation.ts";
import { bulkUpdatePayouts, updatePayout } from "./payout.service.ts";

// REST maps the documented body keys (payout_id, payout_ids) onto these camelCase fields
const UpdatePrintPayoutInput = builder.inputType("UpdatePrintPayoutInput", {
  description: "A paid payout is final: it can only stay paid. Becoming paid stamps paid_at. reference/note: absent = unchanged, null = cleared.",
  fields: (t) => ({
    payoutId: t.int({ required: true, validate: IdModel }),
    status: t.field({ type: PrintPayoutStatus, required: true }),
    reference: t.string({ description: "Bank/UPI transfer reference.", validate: ReferenceModel.nullish() }),
    note: t.string({ validate: NoteModel.nullish() }),
  }),
});

const BulkUpdatePrintPayoutsInput = builder.inputType("BulkUpdatePrintPayoutsInput", {
  description: "Up to 500 payouts, all or nothing: an unknown id (400) or a paid payout leaving paid (409) changes none.",
  fields: (t) => ({
    payoutIds: t.intList({ required: true, validate: PayoutIdsModel }),
    status: t.field({ type: PrintPayoutStatus, required: true }),
    reference: t.string({ description: "Set on every listed payout (e.g. one batch transfer).", validate: ReferenceModel.nullish() }),
  }),
});

builder.mutationFields((t) => ({
  updatePrintPayout: t.prismaField({
    description: "Set one payout's status (pending, processing, paid, failed), transfer reference and note.",
    type: PrintAdminPayout,
    authScopes: { role: ADMIN },
    args: { input: t.arg({ type: UpdatePrintPayoutInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      assertAdminAccess(ctx);
      await updatePayout(ctx, input.payoutId, { status: input.status, reference: input.reference, note: input.note });
      return ctx.db.printPayout.findUniqueOrThrow({ ...query, where: { id: input.payoutId } });
    },
  }),
  bulkUpdatePrintPayouts: t.field({
    description: "Set the status (and optionally the transfer reference) of many payouts in one transaction.",
    type: PrintAdminBulkPayoutPayload,
    authScopes: { role: ADMIN },
    args: { input: t.arg({ type: BulkUpdatePrintPayoutsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      assertAdminAccess(ctx);
      return { updated: await bulkUpdatePayouts(ctx, input.payoutIds, { status: input.status, reference: input.reference }) };
    },
  }),
}));
