import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { tenantIdOf } from "../shared/tenancy.ts";
import { checkout, type CheckoutInput } from "./checkout.service.ts";
import { PosPaymentMethod } from "./enums.ts";
import { returnSale, type ReturnInput } from "./sale-return.service.ts";
import { PosReturn, PosSale } from "./sale.type.ts";
import { voidSale } from "./sale-void.service.ts";

const MAX_AMOUNT = 100_000_000_00; // cents: 100 million in major units
const Cents = z.number().int().min(0, "must not be negative").max(MAX_AMOUNT, "is too large");
const Id = z.string().trim().min(1, "is required").max(64);
const Text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const PosCheckoutLineInput = builder.inputType("PosCheckoutLineInput", {
  fields: (t) => ({
    productId: t.id({ required: true, validate: Id }),
    variantId: t.id({ required: false, validate: Id.nullish() }),
    quantity: t.int({ required: true, validate: z.number().int().min(1, "must be at least 1").max(100_000, "must be at most 100000") }),
    unitPrice: t.field({ type: "Amount", required: false, description: "Overrides the catalogue price (ADMIN/MANAGER only, else 403).", validate: Cents.nullish() }),
    discount: t.field({ type: "Amount", required: false, description: "Discount on the whole line (not per unit).", validate: Cents.nullish() }),
  }),
});

const PosCheckoutPaymentInput = builder.inputType("PosCheckoutPaymentInput", {
  fields: (t) => ({
    method: t.field({ type: PosPaymentMethod, required: true }),
    amount: t.field({ type: "Amount", required: true, validate: Cents.min(1, "must be more than 0") }),
    reference: t.string({ required: false, description: "Card slip, transfer or mobile transaction reference.", validate: Text(100).nullish() }),
  }),
});

const PosCheckoutInput = builder.inputType("PosCheckoutInput", {
  fields: (t) => ({
    storeId: t.id({ required: true, validate: Id }),
    customerId: t.id({ required: false, description: "Needed for credit, points and group discounts.", validate: Id.nullish() }),
    lines: t.field({ type: [PosCheckoutLineInput], required: true, validate: z.array(z.any()).min(1, "must have at least 1 line").max(200, "must have at most 200 lines") }),
    discount: t.field({ type: "Amount", required: false, description: "Sale-level discount, spread over the lines in proportion.", validate: Cents.nullish() }),
    payments: t.field({
      type: [PosCheckoutPaymentInput], required: false,
      description: "Tenders. Cash may exceed the total (change); CREDIT and any unpaid rest go on the customer's account.",
      validate: z.array(z.any()).max(10, "must have at most 10 payments").nullish(),
    }),
    redeemPoints: t.int({ required: false, description: "Loyalty points paying part of the total.", validate: z.number().int().min(1, "must be at least 1").max(100_000_000).nullish() }),
    note: t.string({ required: false, validate: Text(500).nullish() }),
  }),
});

const PosVoidSaleInput = builder.inputType("PosVoidSaleInput", {
  fields: (t) => ({ reason: t.string({ required: true, validate: Text(500).min(1, "is required") }) }),
});

const PosReturnLineInput = builder.inputType("PosReturnLineInput", {
  fields: (t) => ({
    saleLineId: t.id({ required: true, validate: Id }),
    quantity: t.int({ required: true, validate: z.number().int().min(1, "must be at least 1").max(100_000) }),
  }),
});

const PosReturnSaleInput = builder.inputType("PosReturnSaleInput", {
  fields: (t) => ({
    lines: t.field({ type: [PosReturnLineInput], required: true, validate: z.array(z.any()).min(1, "must have at least 1 line").max(200) }),
    reason: t.string({ required: false, validate: Text(500).nullish() }),
    restock: t.boolean({ required: false, defaultValue: true, description: "Put the units back on the shelf (default true)." }),
    refundMethod: t.field({ type: PosPaymentMethod, required: true, description: "How the refund beyond the sale's due is paid out; CREDIT: on the customer's account." }),
  }),
});

builder.mutationFields((t) => ({
  posCheckout: t.prismaField({
    description: "Rings up a sale in one transaction: catalogue prices, discounts, tax, points, payments, due on account, stock. "
      + "422: insufficient stock, credit limit exceeded, payments not covering the total, invalid points or discounts.",
    type: PosSale,
    authScopes: { role: can("sale:create") },
    args: { input: t.arg({ type: PosCheckoutInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await checkout(ctx, input as CheckoutInput);
      return ctx.db.posSale.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  voidPosSale: t.prismaField({
    description: "Voids a completed sale (no returns) within the tenant's void window: restock, payments reversed, due and points reversed (422 otherwise).",
    type: PosSale,
    authScopes: { role: can("sale:void") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PosVoidSaleInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const saleId = await voidSale(ctx, String(id), input.reason);
      return ctx.db.posSale.findFirstOrThrow({ ...query, where: { id: saleId, tenantId: tenantIdOf(ctx) } });
    },
  }),
  returnPosSale: t.prismaField({
    description: "Takes back units of a sale (partial returns add up to what was sold, 422 beyond); refunds the proportional line value, "
      + "first off the customer's due, the rest paid out; restocks unless restock is false.",
    type: PosReturn,
    authScopes: { role: can("sale:return") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PosReturnSaleInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const returnId = await returnSale(ctx, String(id), input as ReturnInput);
      return ctx.db.posReturn.findUniqueOrThrow({ ...query, where: { id: returnId } });
    },
  }),
}));
