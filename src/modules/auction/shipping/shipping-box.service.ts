import type { Context } from "../../../kernel/context.ts";
import { conflict } from "../../../kernel/errors.ts";
import { Decimal } from "../shared/money.ts";
import { assertItemsOfOrder, bodyIds, lockOrderForPacking, required } from "./order-items.ts";

export type ShippingBoxInput = {
  order?: string | null; items?: readonly string[] | null; boxNumber?: string | null; weight?: string | null; dimensions?: string | null;
};

/** "30 x 20 x 15 CM" → "30x20x15cm": one spelling, so boxes compare and print alike. */
const normalized = (dimensions: string) => dimensions.replace(/\s+/g, "").toLowerCase();

/**
 * Creates box `box_number` of an order, or replaces its contents when it exists (one box per number and order).
 * Its items must be on the order (422) and in no other box of the order (409). Weight and dimensions, when not
 * given, keep what the box had.
 */
export async function saveShippingBox(ctx: Context, input: ShippingBoxInput): Promise<number> {
  if (!input.order) throw required("order");
  if (!input.boxNumber?.trim()) throw required("box_number");
  if (!input.items?.length) throw required("items");
  const boxNumber = input.boxNumber.trim();
  const itemIds = bodyIds(input.items, "items", "Item").sort((a, b) => a - b);
  return ctx.db.$transaction(async (tx) => {
    // the order's lock serializes its boxes: the "other boxes" check and the upsert see the same rows
    const orderId = await lockOrderForPacking(tx, input.order!);
    await assertItemsOfOrder(tx, orderId, itemIds);
    const others = await tx.auctionShippingBox.findMany({
      where: { orderId, boxNumber: { not: boxNumber }, itemIds: { hasSome: itemIds } },
      select: { boxNumber: true, itemIds: true },
      orderBy: { id: "asc" },
    });
    if (others.length) {
      const taken = itemIds.filter((id) => others.some((b) => b.itemIds.includes(id)));
      throw conflict(`Item${taken.length > 1 ? "s" : ""} ${taken.join(", ")} already packed in box ${others.map((b) => b.boxNumber).join(", ")}`,
        { fields: [{ path: "items", message: `already packed: ${taken.join(", ")}` }] });
    }
    const values = {
      itemIds,
      ...(input.weight !== undefined ? { weight: input.weight ? new Decimal(input.weight) : null } : {}),
      ...(input.dimensions !== undefined ? { dimensions: input.dimensions ? normalized(input.dimensions) : "" } : {}),
    };
    const box = await tx.auctionShippingBox.upsert({
      where: { orderId_boxNumber: { orderId, boxNumber } },
      create: { orderId, boxNumber, ...values },
      update: values,
    });
    return box.id;
  });
}
