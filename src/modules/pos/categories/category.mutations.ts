import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosCategory } from "./category.type.ts";
import { CategoryName, SortOrder } from "./category.validation.ts";
import * as categories from "./category.service.ts";

const CreatePosCategoryInput = builder.inputType("CreatePosCategoryInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: CategoryName }),
    parentId: t.id({ required: false, description: "A live category of the tenant (null/absent: a root category)." }),
    sortOrder: t.int({ required: false, description: "Ascending; default 0.", validate: SortOrder.nullish() }),
  }),
});
const UpdatePosCategoryInput = builder.inputType("UpdatePosCategoryInput", {
  fields: (t) => ({
    name: t.string({ required: false, validate: CategoryName.nullish() }),
    parentId: t.id({ required: false, description: "Move under this category; null makes it a root. A move under itself or a descendant is a 422." }),
    sortOrder: t.int({ required: false, validate: SortOrder.nullish() }),
  }),
});

builder.mutationFields((t) => ({
  createPosCategory: t.prismaField({
    description: "Create a category (name unique among its siblings: 409; unknown parent: 404; deeper than 5 levels: 422).",
    type: PosCategory,
    authScopes: { role: can("category:write") },
    args: { input: t.arg({ type: CreatePosCategoryInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await categories.createCategory(ctx, input as categories.CategoryInput);
      return categories.findCategory(ctx, created.id, query);
    },
  }),
  updatePosCategory: t.prismaField({
    description: "Rename, reorder or move a category (cycles and trees deeper than 5 levels: 422; sibling name clash: 409).",
    type: PosCategory,
    authScopes: { role: can("category:write") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosCategoryInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await categories.updateCategory(ctx, String(id), input as categories.CategoryInput);
      return categories.findCategory(ctx, String(id), query);
    },
  }),
  deletePosCategory: t.prismaField({
    description: "Soft-delete a category: its sub-categories move up to its parent and its products become uncategorized. Returns the deleted category.",
    type: PosCategory,
    authScopes: { role: can("category:write") },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const deleted = await categories.deleteCategory(ctx, String(id));
      const row = await ctx.db.posCategory.findUnique({ ...query, where: { id: deleted.id } });
      return row!;
    },
  }),
}));
