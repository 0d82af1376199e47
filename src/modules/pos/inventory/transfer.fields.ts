import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { PosTransfer, PosTransferPage, PosTransferStatus } from "./inventory.type.ts";
import { createTransfer, findTransfer, listTransfers, transitionTransfer, type TransferAction } from "./transfer.service.ts";

const Id = z.string().trim().max(64);

const PosTransferLineInput = builder.inputType("PosTransferLineInput", {
  fields: (t) => ({
    productId: t.string({ required: true, validate: Id }),
    variantId: t.string({ required: false, validate: Id.nullish() }),
    quantity: t.int({ required: true, validate: z.number().int().min(1, "must be 1 or more").max(1_000_000) }),
  }),
});

const CreatePosTransferInput = builder.inputType("CreatePosTransferInput", {
  fields: (t) => ({
    fromStoreId: t.string({ required: true, validate: Id }),
    toStoreId: t.string({ required: true, description: "Another store of the tenant.", validate: Id }),
    lines: t.field({
      type: [PosTransferLineInput], required: true, description: "1 to 200 lines, one per product (and variant).",
      validate: z.array(z.any()).min(1, "at least one line").max(200, "at most 200 lines"),
    }),
    notes: t.string({ required: false, validate: z.string().trim().max(1000).nullish() }),
  }),
});

builder.queryFields((t) => ({
  posTransfers: t.field({
    description: "Transfers, newest first; `storeId` matches either end.",
    type: PosTransferPage,
    authScopes: { role: can("inventory:read") },
    args: {
      page: pageArgs(t).page,
      limit: pageArgs(t).limit,
      status: t.arg({ type: PosTransferStatus, required: false }),
      storeId: t.arg.string({ required: false, validate: Id.nullish() }),
    },
    resolve: (_root, args, ctx) => listTransfers(ctx, args as Parameters<typeof listTransfers>[1]),
  }),
  posTransfer: t.field({
    description: "One transfer with its lines.",
    type: PosTransfer,
    authScopes: { role: can("inventory:read") },
    args: { id: t.arg.string({ required: true, validate: Id }) },
    resolve: (_root, { id }, ctx) => findTransfer(ctx, id),
  }),
}));

const transition = (action: TransferAction, description: string) => (t: any) => t.field({
  description,
  type: PosTransfer,
  authScopes: { role: can("inventory:write") },
  args: { id: t.arg.string({ required: true, validate: Id }) },
  resolve: (_root: unknown, { id }: { id: string }, ctx: any) => transitionTransfer(ctx, id, action),
});

builder.mutationFields((t) => ({
  createPosTransfer: t.field({
    description: "Creates a PENDING transfer (number TR-000001 per tenant); no stock moves until it ships.",
    type: PosTransfer,
    authScopes: { role: can("inventory:write") },
    args: { input: t.arg({ type: CreatePosTransferInput, required: true }) },
    resolve: (_root, { input }, ctx) => createTransfer(ctx, input),
  }),
  shipPosTransfer: transition("ship", "PENDING → IN_TRANSIT: the lines leave the source store (TRANSFER_OUT); 422 when any line is short (nothing moves).")(t),
  receivePosTransfer: transition("receive", "IN_TRANSIT → COMPLETED: the lines arrive at the destination store (TRANSFER_IN).")(t),
  cancelPosTransfer: transition("cancel", "PENDING or IN_TRANSIT → CANCELLED; an IN_TRANSIT transfer's stock returns to the source store (TRANSFER_IN, reason \"transfer cancelled\").")(t),
}));
