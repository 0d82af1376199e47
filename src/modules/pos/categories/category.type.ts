import { builder } from "../../../builder.ts";

/** How many levels a category tree may have (a root is level 1). */
export const MAX_CATEGORY_DEPTH = 5;

export const PosCategory = builder.prismaObject("PosCategory", {
  description: "A product category of the tenant; categories nest (parent/children) up to 5 levels.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    parentId: t.exposeID("parentId", { nullable: true }),
    sortOrder: t.exposeInt("sortOrder"),
    parent: t.relation("parent", { nullable: true, description: "The parent category (null for a root)." }),
    children: t.relation("children", {
      description: "Live sub-categories, by sortOrder then name.",
      query: { where: { deletedAt: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
    }),
    productCount: t.relationCount("products", { where: { deletedAt: null }, description: "Live products directly in this category." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    deletedAt: t.expose("deletedAt", { type: "DateTime", nullable: true }),
  }),
});

export type CategoryNode = {
  id: string; name: string; parentId: string | null; sortOrder: number; depth: number; productCount: number;
  createdAt: Date; updatedAt: Date; children: CategoryNode[];
};

export const PosCategoryNode = builder.objectRef<CategoryNode>("PosCategoryNode");
PosCategoryNode.implement({
  description: "A category in a listing: flat (every category, `children` empty) or tree (roots with nested children).",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    parentId: t.exposeID("parentId", { nullable: true }),
    sortOrder: t.exposeInt("sortOrder"),
    depth: t.exposeInt("depth", { description: "1 for a root category." }),
    productCount: t.exposeInt("productCount", { description: "Live products directly in this category." }),
    children: t.field({ type: [PosCategoryNode], resolve: (n) => n.children }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
