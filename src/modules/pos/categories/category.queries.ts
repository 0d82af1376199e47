import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { PosCategory, PosCategoryNode } from "./category.type.ts";
import { CategoryFormat } from "./category.validation.ts";
import { findCategory, listCategories } from "./category.service.ts";

builder.queryFields((t) => ({
  posCategories: t.field({
    description: "The tenant's live categories: `flat` (default; every category, ordered by sortOrder then name) or `tree` "
      + "(roots with nested children). `search` matches names (in a tree, matches keep their ancestors). Each with its live product count.",
    type: [PosCategoryNode],
    authScopes: { role: can("category:read") },
    args: {
      format: t.arg.string({ required: false, defaultValue: "flat", description: "flat | tree", validate: CategoryFormat.nullish() }),
      search: t.arg.string({ required: false, description: "Case-insensitive substring of the name.", validate: z.string().trim().max(100).nullish() }),
    },
    resolve: (_root, args, ctx) => listCategories(ctx, args),
  }),
  posCategory: t.prismaField({
    description: "One live category with its parent, children and live product count.",
    type: PosCategory,
    authScopes: { role: can("category:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findCategory(ctx, String(id), query),
  }),
}));
