import { z } from "zod";
import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoPricingRule } from "./pricing-rule.type.ts";
import { CentsModel, RuleTermsModel } from "./pricing-rule.validation.ts";
import { notClearable } from "../../../kernel/validation.ts";
import * as rules from "./pricing-rule.service.ts";

export const CreatePhotoPricingRuleInput = builder.inputType("CreatePhotoPricingRuleInput", {
  description: "Without projectId the rule is the operator default; with it, an override for one of the operator's projects.",
  fields: (t) => ({
    projectId: t.field({ type: "UUID" }),
    pricePerPhotoCents: t.int({ required: true, validate: CentsModel }),
    compareAtPriceCents: t.int({ validate: CentsModel.nullish() }),
    validFrom: t.field({ type: "DateTime" }),
    validUntil: t.field({ type: "DateTime" }),
  }),
  validate: RuleTermsModel,
});

export const UpdatePhotoPricingRuleInput = builder.inputType("UpdatePhotoPricingRuleInput", {
  description: "Only the fields present change; null clears the compare-at price or a date.",
  fields: (t) => ({
    pricePerPhotoCents: t.int({ validate: CentsModel.optional() }),
    compareAtPriceCents: t.int({ validate: CentsModel.nullish() }),
    validFrom: t.field({ type: "DateTime" }),
    validUntil: t.field({ type: "DateTime" }),
    isActive: t.boolean({ validate: z.boolean().optional() }),
  }),
  validate: RuleTermsModel.superRefine(notClearable("pricePerPhotoCents", "isActive")),
});

const reload = (ctx: Parameters<typeof rules.ownRule>[0], query: object, id: string) =>
  ctx.db.photoPricingRule.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createPhotoPricingRule: t.prismaField({
    description: "Create a pricing rule; refused (409) while another active rule of the same scope overlaps its dates.",
    type: PhotoPricingRule,
    authScopes: { role: OPERATOR },
    args: { input: t.arg({ type: CreatePhotoPricingRuleInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, await rules.createRule(ctx, input)),
  }),
  updatePhotoPricingRule: t.prismaField({
    description: "Update a rule's price, compare-at price, dates or active flag.",
    type: PhotoPricingRule,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: UpdatePhotoPricingRuleInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await rules.updateRule(ctx, id, {
        ...input, pricePerPhotoCents: input.pricePerPhotoCents ?? undefined, isActive: input.isActive ?? undefined,
      });
      return reload(ctx, query, id);
    },
  }),
  deletePhotoPricingRule: t.field({
    description: "Delete a pricing rule. Returns the deleted id.",
    type: "UUID",
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (_root, { id }, ctx) => { await rules.deleteRule(ctx, id); return id; },
  }),
}));
