import type { Context } from "../../../kernel/context.ts";
import { conflict } from "../../../kernel/errors.ts";
import { Decimal } from "../shared/money.ts";
import type { Dimensions } from "./shipment.type.ts";
import { assertItemsOfOrder, bodyIds, lockOrderForPacking, required } from "./order-items.ts";

export type ShipmentInput = {
  order?: string | null; items?: readonly string[] | null; shippingMethod?: string | null; trackingNumber?: string | null;
  shippingCost?: string | null; weight?: string | null; dimensions?: Partial<Dimensions> | null;
  status?: "pending" | "shipped" | "delivered" | null;
};

/** Advisory-lock namespace of "an item ships once": concurrent shipments of the same item wait for each other. */
const ITEM_SHIPPING_LOCK = 0x5348;

function dimensionsOf(d: Partial<Dimensions> | null | undefined): Dimensions | undefined {
  if (!d) return undefined;
  for (const side of ["length", "width", "height", "unit"] as const) if (!d[side]) throw required(`dimensions.${side}`);
  return { length: d.length!.trim(), width: d.width!.trim(), height: d.height!.trim(), unit: d.unit!.trim() };
}

/**
 * Ships items of an order. Every item must be on the order (422) and in no other shipment (409: an item is one
 * physical object and ships once, whatever the other shipment's status).
 */
export async function createShipment(ctx: Context, input: ShipmentInput): Promise<number> {
  if (!input.order) throw required("order");
  if (!input.items?.length) throw required("items");
  if (!input.shippingMethod?.trim()) throw required("shipping_method");
  const itemIds = bodyIds(input.items, "items", "Item").sort((a, b) => a - b);
  const dimensions = dimensionsOf(input.dimensions);
  return ctx.db.$transaction(async (tx) => {
    const orderId = await lockOrderForPacking(tx, input.order!);
    await assertItemsOfOrder(tx, orderId, itemIds);
    // in id order, so two shipments sharing items never wait on each other crosswise
    for (const itemId of itemIds) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ITEM_SHIPPING_LOCK}::int, ${itemId}::int)`;
    const shipped = await tx.auctionShipment.findMany({ where: { itemIds: { hasSome: itemIds } }, select: { id: true, itemIds: true }, orderBy: { id: "asc" } });
    if (shipped.length) {
      const taken = itemIds.filter((id) => shipped.some((s) => s.itemIds.includes(id)));
      throw conflict(`Item${taken.length > 1 ? "s" : ""} ${taken.join(", ")} already in shipment ${shipped.map((s) => s.id).join(", ")}`,
        { fields: [{ path: "items", message: `already shipped: ${taken.join(", ")}` }] });
    }
    const row = await tx.auctionShipment.create({
      data: {
        orderId, itemIds, shippingMethod: input.shippingMethod!.trim(), trackingNumber: input.trackingNumber?.trim() ?? "",
        shippingCost: new Decimal(input.shippingCost ?? "0"), weight: input.weight ? new Decimal(input.weight) : null,
        dimensions, status: input.status ?? "pending",
      },
    });
    return row.id;
  });
}
