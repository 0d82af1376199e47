import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";

export type CategoryInput = { label?: string | null; weight?: number | null; parent?: string | null };

const unknownParent = () => new DomainError("UNPROCESSABLE", "Unknown parent category", {
  fields: [{ path: "parent", message: "This category does not exist" }],
});
const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });

/**
 * Update Category: label, weight and/or parent (null moves it to the root). The new parent must exist and must not
 * be the category itself or one of its descendants, which would cut the branch off the tree. Tree changes are
 * serialized by a transaction lock, so two concurrent moves cannot build a cycle between them.
 */
export async function updateCategory(ctx: Context, rawId: string, input: CategoryInput) {
  const id = idOf(rawId, "Category");
  if (input.label === null) throw required("label");
  if (input.weight === null) throw required("weight");
  return ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('auction_categories_tree'))`;
    if (!(await tx.auctionCategory.count({ where: { id } }))) throw missing("Category", rawId);
    let parentId: number | null | undefined;
    if (input.parent !== undefined) {
      parentId = input.parent === null || String(input.parent).trim() === "" ? null : parentIdOf(input.parent);
      if (parentId !== null) {
        if (!(await tx.auctionCategory.count({ where: { id: parentId } }))) {
          throw unknownParent();
        }
        // the new parent's ancestors (itself included), walked by the database in one query
        const chain = await tx.$queryRaw<{ id: number }[]>`
          WITH RECURSIVE up(id, "parentId", depth) AS (
            SELECT id, "parentId", 0 FROM auction_categories WHERE id = ${parentId}
            UNION ALL
            SELECT c.id, c."parentId", up.depth + 1 FROM auction_categories c JOIN up ON c.id = up."parentId" WHERE up.depth < 1000
          ) SELECT id FROM up`;
        if (chain.some((r) => r.id === id)) {
          throw new DomainError("UNPROCESSABLE", "A category cannot be moved under itself or one of its descendants", {
            fields: [{ path: "parent", message: "This would create a cycle in the category tree" }],
          });
        }
      }
    }
    return tx.auctionCategory.update({
      where: { id },
      data: {
        ...(input.label != null ? { label: input.label } : {}),
        ...(input.weight != null ? { weight: input.weight } : {}),
        ...(parentId !== undefined ? { parentId } : {}),
      },
    });
  });
}

/** A malformed parent id names no category: a 422 on the field, not a 404 of the path's category. */
function parentIdOf(raw: string): number {
  try {
    return idOf(raw, "Category");
  } catch {
    throw unknownParent();
  }
}

export async function findCategory(ctx: Context, rawId: string, query: object) {
  const category = await ctx.db.auctionCategory.findUnique({ ...query, where: { id: idOf(rawId, "Category") } });
  if (!category) throw missing("Category", rawId);
  return category;
}
