import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const NODE = "id name parentId sortOrder depth productCount createdAt updatedAt";
// the tree nests as deep as categories may (5 levels)
const TREE = `{ ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} children { ${NODE} } } } } } }`;
export const CATEGORY = `{ id name parentId sortOrder productCount parent { id name } children { id name sortOrder productCount }
  createdAt updatedAt }`;

// static paths (/api/v1/products/categories...) win over /api/v1/products/:id: the kernel's matcher puts routes with
// more static segments first
export const categoriesRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/products/categories", operation: "Query.posCategories", select: TREE,
    summary: "List categories ?format=flat|tree (default flat: every category with empty children; tree: roots with nested children), ?search= — each with its live productCount." },
  { method: "POST", path: "/api/v1/products/categories", operation: "Mutation.createPosCategory", status: 201, bodyArg: "input", select: CATEGORY,
    summary: "Create category {name, parentId?, sortOrder?} → 201. Name unique among siblings (409), parent a live category of the tenant (404), at most 5 levels (422)." },
  { method: "GET", path: "/api/v1/products/categories/:id", operation: "Query.posCategory", select: CATEGORY,
    summary: "Get category with its parent, children and live product count." },
  { method: "PATCH", path: "/api/v1/products/categories/:id", operation: "Mutation.updatePosCategory", bodyArg: "input", select: CATEGORY,
    summary: "Update category {name?, parentId? (null: root), sortOrder?}; moving under itself or a descendant is a 422." },
  { method: "DELETE", path: "/api/v1/products/categories/:id", operation: "Mutation.deletePosCategory", select: `{ id name parentId sortOrder createdAt updatedAt deletedAt }`,
    summary: "Soft-delete category: its children move up to its parent, its products become uncategorized. Returns the deleted category." },
];
