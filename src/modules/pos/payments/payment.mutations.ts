import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosPaymentMethod } from "../sales/enums.ts";
import { collectDue, type CollectDueInput } from "./payment.service.ts";
import { PosPayment } from "./payment.type.ts";

const PosCollectDueInput = builder.inputType("PosCollectDueInput", {
  fields: (t) => ({
    customerId: t.id({ required: true, validate: z.string().trim().min(1, "is required").max(64) }),
    amount: t.field({ type: "Amount", required: true, validate: z.number().int().min(1, "must be more than 0").max(100_000_000_00, "is too large") }),
    method: t.field({ type: PosPaymentMethod, required: true, description: "How the customer pays (not CREDIT)." }),
    reference: t.string({ required: false, validate: z.string().trim().max(100).nullish() }),
    storeId: t.id({ required: false, description: "The store taking the money (cash drawer).", validate: z.string().trim().max(64).nullish() }),
    note: t.string({ required: false, validate: z.string().trim().max(500).nullish() }),
  }),
});

builder.mutationFields((t) => ({
  collectPosDue: t.prismaField({
    description: "A customer pays what it owes: amount ≤ the customer's balance (422); writes a DUE_COLLECTION payment and ledger entry.",
    type: PosPayment,
    authScopes: { role: can("sale:create") },
    args: { input: t.arg({ type: PosCollectDueInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await collectDue(ctx, input as CollectDueInput);
      return ctx.db.posPayment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
