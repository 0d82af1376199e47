import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { AuctionCategory } from "./taxonomy.type.ts";
import { TermLabel, Weight } from "./taxonomy.validation.ts";
import { findCategory, updateCategory, type CategoryInput } from "./category.service.ts";

const UpdateAuctionCategoryInput = builder.inputType("UpdateAuctionCategoryInput", {
  description: "Only the given fields change; `parent: null` moves the category to the root.",
  fields: (t) => ({
    label: t.string({ validate: TermLabel.nullish() }),
    weight: t.int({ validate: Weight.nullish() }),
    parent: t.id({ description: "The parent category's id, or null for a top-level category." }),
  }),
});

builder.mutationFields((t) => ({
  updateAuctionCategory: t.prismaField({
    description: "Update a category's label, weight or parent (the tree stays a tree: no cycles). Administrators only.",
    type: AuctionCategory,
    authScopes: { role: ADMIN },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionCategoryInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateCategory(ctx, String(id), input as CategoryInput);
      return findCategory(ctx, String(id), query);
    },
  }),
}));
