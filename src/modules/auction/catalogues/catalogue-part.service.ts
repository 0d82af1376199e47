import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";

export type CataloguePartInput = {
  catalog?: string | null; label?: string | null; description?: string | null; weight?: number | null; published?: boolean | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const unknownCatalog = () => new DomainError("UNPROCESSABLE", "Unknown catalogue", {
  fields: [{ path: "catalog", message: "This catalogue does not exist" }],
});

/** The body's catalogue must exist: a 422 on the field (a malformed id names none either), never a foreign-key 500. */
async function catalogIdOf(ctx: Context, raw: string): Promise<number> {
  let id: number;
  try { id = idOf(raw, "Catalogue"); } catch { throw unknownCatalog(); }
  if (!(await ctx.db.auctionCatalog.count({ where: { id } }))) throw unknownCatalog();
  return id;
}

export async function createPart(ctx: Context, input: CataloguePartInput) {
  if (!input.catalog) throw required("catalog");
  if (!input.label) throw required("label");
  const catalogId = await catalogIdOf(ctx, input.catalog);
  return ctx.db.auctionCataloguePart.create({
    data: {
      catalogId, label: input.label, description: input.description ?? "", weight: input.weight ?? 0,
      ...(input.published !== undefined && input.published !== null ? { published: input.published } : {}),
    },
  });
}

/** Partial update: only the given fields change; a part may move to another catalogue. */
export async function updatePart(ctx: Context, rawId: string, input: CataloguePartInput) {
  const id = idOf(rawId, "Catalogue part");
  for (const field of ["catalog", "label"] as const) if (input[field] === null) throw required(field);
  if (!(await ctx.db.auctionCataloguePart.count({ where: { id } }))) throw missing("Catalogue part", rawId);
  const data: Record<string, unknown> = {};
  if (input.catalog !== undefined) data.catalogId = await catalogIdOf(ctx, input.catalog!);
  if (input.label !== undefined) data.label = input.label;
  if (input.description !== undefined) data.description = input.description ?? "";
  if (input.weight !== undefined && input.weight !== null) data.weight = input.weight;
  if (input.published !== undefined && input.published !== null) data.published = input.published;
  return ctx.db.auctionCataloguePart.update({ where: { id }, data });
}

export async function deletePart(ctx: Context, rawId: string) {
  const id = idOf(rawId, "Catalogue part");
  const { count } = await ctx.db.auctionCataloguePart.deleteMany({ where: { id } });
  if (!count) throw missing("Catalogue part", rawId);
  return { id };
}

export async function findPart(ctx: Context, rawId: string, query: object) {
  const part = await ctx.db.auctionCataloguePart.findUnique({ ...query, where: { id: idOf(rawId, "Catalogue part") } });
  if (!part) throw missing("Catalogue part", rawId);
  return part;
}

/** Public parts: published, of a catalogue at least one published or closed sale uses (draft-only catalogues stay hidden). */
export const PUBLIC_PARTS = {
  published: true,
  catalog: { sales: { some: { status: { in: ["published", "closed"] } } } },
} as const;
