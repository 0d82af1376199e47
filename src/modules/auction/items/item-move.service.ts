import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { createItems, itemActor, itemLabel, updateItems, type ItemChange } from "./item-history.ts";
import { lockSales, nextPositions } from "./sale-lock.ts";
import { bodyIdOf, bodyIdsOf } from "./item.validation.ts";

export type CloneOrMoveInput = { items: readonly unknown[]; operation: string; targetSale: unknown; targetConsignment?: unknown };
export type CloneOrMoveResult = { success: true; operation: string; itemsProcessed: number; newItemIds: number[] };

const refuse = (message: string, path = "items") => new DomainError("UNPROCESSABLE", message, { fields: [{ path, message }] });

/**
 * item-clone-or-move, all or nothing. The target consignment (optional) must belong to the target sale; without
 * one, items keep their consignment only if it is already the target sale's.
 * - move: items on an order or sold stay (422), as do lots of a sale whose lots are locked. Items coming from
 *   another sale take the next positions at the end of the target sale and lose their lot (lots are per sale);
 *   `new_item_ids` are the moved items' own ids. History: `moved` (+ lot_change).
 * - clone: new items with the descriptive fields (description, category, estimates, reserve, dimensions, images),
 *   status available, no lot, hammer price or winner, at the end of the target sale. History: `cloned`.
 */
export async function cloneOrMove(ctx: Context, input: CloneOrMoveInput): Promise<CloneOrMoveResult> {
  const ids = bodyIdsOf(input.items, "items");
  const saleId = bodyIdOf(input.targetSale, "target_sale");
  const consignmentId = input.targetConsignment === undefined || input.targetConsignment === null || input.targetConsignment === ""
    ? null : bodyIdOf(input.targetConsignment, "target_consignment");
  const actor = itemActor(ctx);

  const newItemIds = await ctx.db.$transaction(async (tx) => {
    const items = await tx.auctionItem.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, lot: true, saleId: true, position: true, status: true, consignmentId: true, categoryId: true, description: true,
        estimateLow: true, estimateHigh: true, reservePrice: true,
        sale: { select: { label: true } },
        dimension: { select: { height: true, width: true, depth: true, weight: true, unit: true } },
        images: { select: { fileId: true }, orderBy: [{ weight: "asc" }, { id: "asc" }] },
        _count: { select: { orderLines: true } },
      },
    });
    const unknown = ids.filter((id) => !items.some((i) => i.id === id));
    if (unknown.length) throw invalid(`Unknown items: ${unknown.join(", ")}`, { fields: [{ path: "items", message: `Items ${unknown.join(", ")} do not exist` }] });
    const ordered = ids.map((id) => items.find((i) => i.id === id)!);

    const sales = await lockSales(tx, [saleId, ...(input.operation === "move" ? ordered.map((i) => i.saleId) : [])]);
    const target = sales.get(saleId);
    if (!target) throw invalid("Unknown sale", { fields: [{ path: "target_sale", message: `Sale ${saleId} does not exist` }] });
    if (consignmentId !== null) {
      const consignment = await tx.auctionConsignment.findUnique({ where: { id: consignmentId }, select: { saleId: true, number: true } });
      if (!consignment) throw invalid("Unknown consignment", { fields: [{ path: "target_consignment", message: `Consignment ${consignmentId} does not exist` }] });
      if (consignment.saleId !== saleId) throw refuse(`Consignment #${consignment.number} does not belong to sale "${target.label}"`, "target_consignment");
    }
    const consignmentFor = (i: { saleId: number; consignmentId: number | null }) => consignmentId ?? (i.saleId === saleId ? i.consignmentId : null);

    if (input.operation === "clone") {
      const positions = await nextPositions(tx, saleId, ordered.length);
      return createItems(tx, actor, ordered.map((i, n) => ({
        saleId, position: positions[n]!, consignmentId: consignmentFor(i), categoryId: i.categoryId, description: i.description,
        estimateLow: i.estimateLow, estimateHigh: i.estimateHigh, reservePrice: i.reservePrice,
        dimension: i.dimension, imageFileIds: i.images.map((m) => m.fileId),
        notes: [{ action: "cloned", oldValue: String(i.id), newValue: null, details: `Cloned from ${itemLabel(i)} (item ${i.id}) of sale "${i.sale.label}"` }],
      })));
    }

    const stuck = ordered.filter((i) => i.status === "sold" || i._count.orderLines > 0);
    if (stuck.length) throw refuse(`Sold items and items on an order cannot be moved: ${stuck.map(itemLabel).join(", ")}`);
    const leaving = ordered.filter((i) => i.saleId !== saleId);
    const lockedLots = leaving.filter((i) => i.lot && sales.get(i.saleId)?.lotsLocked);
    if (lockedLots.length) throw refuse(`The lots of their sale are locked: ${lockedLots.map(itemLabel).join(", ")}`);
    const positions = await nextPositions(tx, saleId, leaving.length);
    const changes: ItemChange[] = [];
    for (const i of ordered) {
      const consignment = consignmentFor(i);
      if (i.saleId === saleId) {
        if (consignment !== i.consignmentId) {
          changes.push({ id: i.id, set: { consignmentId: consignment }, notes: [{ action: "moved", oldValue: String(i.consignmentId ?? ""), newValue: String(consignment ?? ""), details: `Moved to consignment ${consignment ?? "(none)"} within sale "${target.label}"` }] });
        }
        continue;
      }
      const position = positions[leaving.indexOf(i)]!;
      changes.push({
        id: i.id, set: { saleId, position, lot: null, consignmentId: consignment },
        notes: [{ action: "moved", oldValue: String(i.saleId), newValue: String(saleId), details: `Moved from sale "${i.sale.label}" (position ${i.position}${i.lot ? `, lot ${i.lot}` : ""}) to sale "${target.label}" (position ${position})` }],
      });
    }
    await updateItems(tx, actor, changes);
    return ids;
  });
  return { success: true, operation: input.operation, itemsProcessed: ids.length, newItemIds };
}
