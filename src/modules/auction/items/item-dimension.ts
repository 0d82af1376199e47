import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { Decimal } from "../shared/money.ts";
import { idOf, missing } from "../shared/ids.ts";

const measure = (v: Decimal | null) => (v === null ? null : new Decimal(v).toString());

export const AuctionItemDimension = builder.prismaObject("AuctionItemDimension", {
  description: "An item's measures (height, width, depth in `unit`) and weight in kilograms. Items made by the item service "
    + "(clones) get a row at creation; items imported without one list no row.",
  fields: (t) => ({
    id: t.exposeID("id"),
    item: t.id({ resolve: (d) => String(d.itemId) }),
    height: t.string({ nullable: true, resolve: (d) => measure(d.height) }),
    width: t.string({ nullable: true, resolve: (d) => measure(d.width) }),
    depth: t.string({ nullable: true, resolve: (d) => measure(d.depth) }),
    weight: t.string({ nullable: true, description: "Kilograms.", resolve: (d) => measure(d.weight) }),
    unit: t.exposeString("unit", { description: "Unit of height, width and depth (mm, cm, m, in, ft)." }),
  }),
});

export type DimensionInput = { height?: string | null; width?: string | null; depth?: string | null; weight?: string | null; unit?: string | null };

/** Only the given measures change; an empty string or null clears one. */
export async function updateDimension(ctx: Context, rawId: string, input: DimensionInput, query: object) {
  const id = idOf(rawId, "Dimension");
  const exists = await ctx.db.auctionItemDimension.count({ where: { id } });
  if (!exists) throw missing("Dimension", rawId);
  const data: Record<string, unknown> = {};
  for (const key of ["height", "width", "depth", "weight"] as const) {
    if (input[key] !== undefined) data[key] = input[key] ? input[key]!.trim() : null;
  }
  if (input.unit) data.unit = input.unit;
  return ctx.db.auctionItemDimension.update({ ...query, where: { id }, data });
}
