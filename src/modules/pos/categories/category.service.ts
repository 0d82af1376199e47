import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, notFound } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { live, tenantIdOf, uuidOf } from "../shared/tenancy.ts";
import { lockCatalog } from "../products/catalog-lock.ts";
import { MAX_CATEGORY_DEPTH, type CategoryNode } from "./category.type.ts";

type Tx = Prisma.TransactionClient;
export type CategoryInput = { name?: string | null; parentId?: string | null; sortOrder?: number | null };

const field = (path: string, message: string) => ({ fields: [{ path, message }] });
const unprocessable = (message: string, path: string) => new DomainError("UNPROCESSABLE", message, field(path, message));

/** A live category of the caller's tenant (another tenant's id or a deleted one is the same 404). */
export async function findCategory(ctx: Context, rawId: string, query: object = {}) {
  const category = await ctx.db.posCategory.findFirst({ ...query, where: live(tenantIdOf(ctx), { id: uuidOf(rawId, "Category") }) });
  if (!category) throw notFound("Category");
  return category;
}

/** The ids from a category up to its root (the category first). */
async function ancestorsOf(tx: Tx, id: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up(id, "parentId", d) AS (
      SELECT id, "parentId", 1 FROM pos_categories WHERE id = ${id}::uuid
      UNION ALL
      SELECT c.id, c."parentId", up.d + 1 FROM pos_categories c JOIN up ON c.id = up."parentId" WHERE up.d < 100)
    SELECT id::text AS id FROM up ORDER BY d`;
  return rows.map((r) => r.id);
}

/** Levels of a category's live subtree (1: no children). */
async function heightOf(tx: Tx, id: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ h: number }[]>`
    WITH RECURSIVE down(id, d) AS (
      SELECT id, 1 FROM pos_categories WHERE id = ${id}::uuid
      UNION ALL
      SELECT c.id, down.d + 1 FROM pos_categories c JOIN down ON c."parentId" = down.id WHERE c."deletedAt" IS NULL AND down.d < 100)
    SELECT max(d)::int AS h FROM down`;
  return row?.h ?? 1;
}

/** A parent named in a body: a live category of the tenant, else 404 naming the field. */
async function parentOf(tx: Tx, tenantId: string, rawId: string) {
  const parent = await tx.posCategory.findFirst({ where: live(tenantId, { id: uuidOf(rawId, "Parent category") }), select: { id: true } });
  if (!parent) throw new DomainError("NOT_FOUND", "Parent category not found", field("parentId", "No such category"));
  return parent;
}

/** Names are unique (case-insensitively) among the live children of one parent (or among the roots). */
async function assertNameFree(tx: Tx, tenantId: string, parentId: string | null, name: string, selfId?: string) {
  const clash = await tx.posCategory.findFirst({
    where: live(tenantId, { parentId, name: { equals: name, mode: "insensitive" }, ...(selfId ? { NOT: { id: selfId } } : {}) }),
    select: { id: true },
  });
  if (clash) throw conflict(`A category named "${name}" already exists at this level`, field("name", "Already used by a sibling category"));
}

export async function createCategory(ctx: Context, input: CategoryInput) {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    let parentId: string | null = null;
    if (input.parentId) {
      parentId = (await parentOf(tx, tenantId, input.parentId)).id;
      if ((await ancestorsOf(tx, parentId)).length >= MAX_CATEGORY_DEPTH) {
        throw unprocessable(`Categories nest at most ${MAX_CATEGORY_DEPTH} levels deep`, "parentId");
      }
    }
    await assertNameFree(tx, tenantId, parentId, input.name!);
    const created = await tx.posCategory.create({ data: { tenantId, name: input.name!, parentId, sortOrder: input.sortOrder ?? 0 } });
    await audit(tx, ctx, { action: "category.create", entityType: "category", entityId: created.id, after: created });
    return created;
  });
}

export async function updateCategory(ctx: Context, rawId: string, input: CategoryInput) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Category");
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const before = await tx.posCategory.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Category");
    const data: Prisma.PosCategoryUncheckedUpdateInput = {};
    let parentId = before.parentId;
    if (input.parentId !== undefined && (input.parentId ?? null) !== before.parentId) {
      if (input.parentId === null) parentId = null;
      else {
        parentId = (await parentOf(tx, tenantId, input.parentId)).id;
        const chain = await ancestorsOf(tx, parentId);
        if (chain.includes(id)) throw unprocessable("A category cannot move under itself or one of its descendants", "parentId");
        if (chain.length + (await heightOf(tx, id)) > MAX_CATEGORY_DEPTH) {
          throw unprocessable(`Categories nest at most ${MAX_CATEGORY_DEPTH} levels deep`, "parentId");
        }
      }
      data.parentId = parentId;
    }
    const name = input.name ?? before.name;
    if (input.name) data.name = input.name;
    if (name.toLowerCase() !== before.name.toLowerCase() || parentId !== before.parentId) await assertNameFree(tx, tenantId, parentId, name, id);
    if (input.sortOrder !== undefined && input.sortOrder !== null) data.sortOrder = input.sortOrder;
    const after = await tx.posCategory.update({ where: { id }, data });
    await audit(tx, ctx, { action: "category.update", entityType: "category", entityId: id, before, after });
    return after;
  });
}

/**
 * Soft delete: the category's live children move up to its parent (a child whose name a sibling there already uses
 * is a 409 and nothing changes) and its products become uncategorized.
 */
export async function deleteCategory(ctx: Context, rawId: string) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Category");
  return ctx.db.$transaction(async (tx) => {
    await lockCatalog(tx, tenantId);
    const before = await tx.posCategory.findFirst({ where: live(tenantId, { id }) });
    if (!before) throw notFound("Category");
    const children = await tx.posCategory.findMany({ where: live(tenantId, { parentId: id }), select: { id: true, name: true } });
    if (children.length) {
      const clash = await tx.posCategory.findFirst({
        where: live(tenantId, { parentId: before.parentId, NOT: { id }, OR: children.map((c) => ({ name: { equals: c.name, mode: "insensitive" as const } })) }),
        select: { name: true },
      });
      if (clash) {
        throw conflict(`Cannot move the sub-category "${clash.name}" up: a category of that name already exists there`, field("children", "Name clash one level up"));
      }
      await tx.posCategory.updateMany({ where: { tenantId, parentId: id, deletedAt: null }, data: { parentId: before.parentId } });
    }
    const uncategorized = await tx.posProduct.updateMany({ where: { tenantId, categoryId: id }, data: { categoryId: null } });
    const after = await tx.posCategory.update({ where: { id }, data: { deletedAt: new Date() } });
    await audit(tx, ctx, {
      action: "category.delete", entityType: "category", entityId: id, before,
      after: { ...after, movedChildren: children.map((c) => c.id), uncategorizedProducts: uncategorized.count },
    });
    return after;
  });
}

/** Every live category of the tenant, flat or as a tree, with live product counts (two queries). */
export async function listCategories(ctx: Context, args: { format?: string | null; search?: string | null }): Promise<CategoryNode[]> {
  const tenantId = tenantIdOf(ctx);
  const rows = await ctx.db.posCategory.findMany({
    where: live(tenantId),
    select: { id: true, name: true, parentId: true, sortOrder: true, createdAt: true, updatedAt: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  const counts = rows.length
    ? await ctx.db.posProduct.groupBy({ by: ["categoryId"], where: live(tenantId, { categoryId: { in: rows.map((r) => r.id) } }), _count: { _all: true } })
    : [];
  const countOf = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  const nodes = new Map<string, CategoryNode>(rows.map((r) => [r.id, { ...r, depth: 1, productCount: countOf.get(r.id) ?? 0, children: [] }]));
  const depthOf = (n: CategoryNode, seen = 0): number => {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    return parent && seen < 100 ? depthOf(parent, seen + 1) + 1 : 1;
  };
  for (const n of nodes.values()) n.depth = depthOf(n);

  const search = args.search?.trim().toLowerCase();
  let keep = new Set(nodes.keys());
  if (search) {
    keep = new Set();
    for (const n of nodes.values()) {
      if (!n.name.toLowerCase().includes(search)) continue;
      keep.add(n.id);
      // in a tree the matches keep their ancestors, so they stay reachable from a root
      if (args.format === "tree") for (let p = n.parentId && nodes.get(n.parentId); p && !keep.has(p.id); p = p.parentId && nodes.get(p.parentId)) keep.add(p.id);
    }
  }
  const kept = [...nodes.values()].filter((n) => keep.has(n.id));
  if (args.format !== "tree") return kept;
  const roots: CategoryNode[] = [];
  for (const n of kept) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent && keep.has(parent.id)) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}
