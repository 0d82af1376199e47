import { z } from "zod";
import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoPromoCode } from "./promo-code.type.ts";
import { CodeModel, CodeTermsModel, LimitModel } from "./promo-code.validation.ts";
import { notClearable } from "../../../kernel/validation.ts";
import * as promoCodes from "./promo-code.service.ts";

export const CreatePhotoPromoCodeInput = builder.inputType("CreatePhotoPromoCodeInput", {
  fields: (t) => ({
    code: t.string({ required: true, validate: CodeModel, description: "3-32 of A-Z a-z 0-9 _ -; stored upper-case." }),
    discountId: t.field({ type: "UUID", required: true, description: "One of the operator's discounts." }),
    maxUses: t.int({ validate: LimitModel.nullish() }),
    maxUsesPerUser: t.int({ validate: LimitModel.nullish() }),
    validFrom: t.field({ type: "DateTime" }),
    validUntil: t.field({ type: "DateTime" }),
  }),
  validate: CodeTermsModel,
});

export const UpdatePhotoPromoCodeInput = builder.inputType("UpdatePhotoPromoCodeInput", {
  description: "Only the fields present change; null lifts a limit or clears a date. Code and discount are fixed.",
  fields: (t) => ({
    isActive: t.boolean({ validate: z.boolean().optional() }),
    maxUses: t.int({ validate: LimitModel.nullish() }),
    maxUsesPerUser: t.int({ validate: LimitModel.nullish() }),
    validFrom: t.field({ type: "DateTime" }),
    validUntil: t.field({ type: "DateTime" }),
  }),
  validate: CodeTermsModel.superRefine(notClearable("isActive")),
});

const reload = (ctx: Parameters<typeof promoCodes.ownPromoCode>[0], query: object, id: string) =>
  ctx.db.photoPromoCode.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createPhotoPromoCode: t.prismaField({
    description: "Create a promo code for one of the operator's discounts (codes are unique per operator).",
    type: PhotoPromoCode,
    authScopes: { role: OPERATOR },
    args: { input: t.arg({ type: CreatePhotoPromoCodeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, await promoCodes.createPromoCode(ctx, input)),
  }),
  updatePhotoPromoCode: t.prismaField({
    description: "Update a promo code's active flag, limits or dates.",
    type: PhotoPromoCode,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: UpdatePhotoPromoCodeInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await promoCodes.updatePromoCode(ctx, id, { ...input, isActive: input.isActive ?? undefined });
      return reload(ctx, query, id);
    },
  }),
  deletePhotoPromoCode: t.field({
    description: "Delete a promo code. Returns the deleted id.",
    type: "UUID",
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (_root, { id }, ctx) => { await promoCodes.deletePromoCode(ctx, id); return id; },
  }),
}));
