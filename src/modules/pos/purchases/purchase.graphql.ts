import { queryFromInfo } from "@pothos/plugin-prisma";
import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { BoundModel } from "../shared/dates.ts";
import { PosPurchasePaymentMethod, PosPurchaseStatus, UuidArg } from "./purchase.refs.ts";
import { PosPurchaseOrder, PosPurchasePage, PosPurchasePayment } from "./purchase.type.ts";
import * as purchases from "./purchase.service.ts";

const Id = z.string().trim().min(1, "is required");
const Quantity = z.number().int("must be a whole number").positive("must be more than 0").max(1_000_000, "must be at most 1000000");

const PurchaseLineInput = builder.inputType("PosPurchaseLineInput", {
  fields: (t) => ({
    productId: t.string({ required: true, validate: Id }),
    variantId: t.string({ validate: Id.nullish() }),
    quantity: t.int({ required: true, validate: Quantity }),
    unitCost: t.field({ type: "Amount", required: true, description: "Cost per unit (major units).", validate: z.number().int().min(0, "must be 0 or more").max(100_000_000, "must be at most 1000000") }),
  }),
});

const CreatePosPurchaseInput = builder.inputType("CreatePosPurchaseInput", {
  fields: (t) => ({
    supplierId: t.string({ required: true, validate: Id }),
    storeId: t.string({ required: true, description: "The store the goods go to.", validate: Id }),
    expectedAt: t.string({ description: "Expected delivery: YYYY-MM-DD or an ISO timestamp.", validate: BoundModel.nullish() }),
    notes: t.string({ validate: z.string().max(2000, "must be at most 2000 characters").nullish() }),
    lines: t.field({ type: [PurchaseLineInput], required: true, validate: z.array(z.any()).min(1, "must have at least 1 line").max(200, "must have at most 200 lines") }),
  }),
});

const ReceiveLineInput = builder.inputType("PosPurchaseReceiveLineInput", {
  fields: (t) => ({
    lineId: t.string({ required: true, validate: Id }),
    quantity: t.int({ required: true, validate: Quantity }),
  }),
});

const ReceivePosPurchaseInput = builder.inputType("ReceivePosPurchaseInput", {
  fields: (t) => ({
    lines: t.field({
      type: [ReceiveLineInput],
      description: "Lines and units received now; omitted: everything still outstanding.",
      validate: z.array(z.object({ lineId: z.string() }).passthrough()).min(1, "must have at least 1 line").max(200)
        .refine((ls) => new Set(ls.map((l) => l.lineId.toLowerCase())).size === ls.length, "must name each line once").nullish(),
    }),
  }),
});

const PosPurchasePaymentInput = builder.inputType("PosPurchasePaymentInput", {
  fields: (t) => ({
    amount: t.field({ type: "Amount", required: true, validate: z.number().int().positive("must be more than 0") }),
    method: t.field({ type: PosPurchasePaymentMethod, required: true }),
    reference: t.string({ validate: z.string().max(200, "must be at most 200 characters").nullish() }),
  }),
});

builder.queryFields((t) => ({
  posPurchases: t.field({
    description: "Purchase orders of the caller's tenant, newest first; search matches the number or the supplier's name.",
    type: PosPurchasePage,
    authScopes: { role: can("purchase:read") },
    args: {
      ...pageArgs(t),
      status: t.arg({ type: PosPurchaseStatus }),
      supplierId: t.arg.string({ validate: UuidArg.nullish() }),
      storeId: t.arg.string({ validate: UuidArg.nullish() }),
      from: t.arg.string({ description: "Created on or after (YYYY-MM-DD, UTC, or ISO timestamp).", validate: BoundModel.nullish() }),
      to: t.arg.string({ description: "Created on or before (a day is inclusive).", validate: BoundModel.nullish() }),
    },
    resolve: (_root, args, ctx, info) => purchases.listPurchases(ctx, args as purchases.PurchaseFilter, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posPurchase: t.prismaField({
    description: "One purchase order with its lines (ordered and received quantities) and payments.",
    type: PosPurchaseOrder,
    authScopes: { role: can("purchase:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => purchases.findPurchase(ctx, String(id), query),
  }),
}));

builder.mutationFields((t) => ({
  createPosPurchase: t.prismaField({
    description: "Create a purchase order (ORDERED) for a supplier and a store; the total is computed from the lines.",
    type: PosPurchaseOrder,
    authScopes: { role: can("purchase:write") },
    args: { input: t.arg({ type: CreatePosPurchaseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => purchases.findPurchase(ctx, await purchases.createPurchase(ctx, input), query),
  }),
  receivePosPurchase: t.prismaField({
    description: "Receive goods (partial receipts allowed): stock in the order's store, weighted-average cost, supplier balance.",
    type: PosPurchaseOrder,
    authScopes: { role: can("purchase:receive") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ReceivePosPurchaseInput }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await purchases.receivePurchase(ctx, String(id), input ?? {});
      return purchases.findPurchase(ctx, String(id), query);
    },
  }),
  addPosPurchasePayment: t.prismaField({
    description: "Pay the supplier against a purchase order (up to the order total; prepayments allowed).",
    type: PosPurchasePayment,
    authScopes: { role: can("purchase:write") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PosPurchasePaymentInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const paymentId = await purchases.payPurchase(ctx, String(id), input);
      return ctx.db.posPurchasePayment.findUniqueOrThrow({ ...query, where: { id: paymentId } });
    },
  }),
  cancelPosPurchase: t.prismaField({
    description: "Cancel an order nothing was received or paid on (422 otherwise).",
    type: PosPurchaseOrder,
    authScopes: { role: can("purchase:write") },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await purchases.cancelPurchase(ctx, String(id));
      return purchases.findPurchase(ctx, String(id), query);
    },
  }),
}));
