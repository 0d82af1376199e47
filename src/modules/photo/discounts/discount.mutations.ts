import { z } from "zod";
import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoDiscountType } from "../enums.ts";
import { PhotoDiscount } from "./discount.type.ts";
import { DiscountTermsModel, NameModel, WindowModel } from "./discount.validation.ts";
import { notClearable } from "../../../kernel/validation.ts";
import * as discounts from "./discount.service.ts";

export const CreatePhotoDiscountInput = builder.inputType("CreatePhotoDiscountInput", {
  description: "percentage/bundle: value is percentage points (1-100); fixed: value is cents. bundleMinPhotos (>= 2) only for bundle.",
  fields: (t) => ({
    name: t.string({ required: true, validate: NameModel }),
    type: t.field({ type: PhotoDiscountType, required: true }),
    value: t.int({ required: true }),
    bundleMinPhotos: t.int({ description: "Required for bundle discounts, ignored otherwise." }),
    validFrom: t.field({ type: "DateTime" }),
    validUntil: t.field({ type: "DateTime" }),
  }),
  validate: DiscountTermsModel,
});

export const UpdatePhotoDiscountInput = builder.inputType("UpdatePhotoDiscountInput", {
  description: "Only the fields present change; null clears a date. Type and value are fixed once created.",
  fields: (t) => ({
    name: t.string({ validate: NameModel.optional() }),
    validFrom: t.field({ type: "DateTime" }),
    validUntil: t.field({ type: "DateTime" }),
    isActive: t.boolean({ validate: z.boolean().optional() }),
  }),
  validate: WindowModel.superRefine(notClearable("name", "isActive")),
});

const reload = (ctx: Parameters<typeof discounts.ownDiscount>[0], query: object, id: string) =>
  ctx.db.photoDiscount.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createPhotoDiscount: t.prismaField({
    description: "Create a discount for the calling operator.",
    type: PhotoDiscount,
    authScopes: { role: OPERATOR },
    args: { input: t.arg({ type: CreatePhotoDiscountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, await discounts.createDiscount(ctx, input)),
  }),
  updatePhotoDiscount: t.prismaField({
    description: "Update a discount's name, validity dates or active flag.",
    type: PhotoDiscount,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: UpdatePhotoDiscountInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await discounts.updateDiscount(ctx, id, { ...input, name: input.name ?? undefined, isActive: input.isActive ?? undefined });
      return reload(ctx, query, id);
    },
  }),
  deletePhotoDiscount: t.field({
    description: "Delete a discount (and its promo codes); refused while it is linked to a project. Returns the deleted id.",
    type: "UUID",
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (_root, { id }, ctx) => { await discounts.deleteDiscount(ctx, id); return id; },
  }),
}));
