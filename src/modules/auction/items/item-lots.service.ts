import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, invalid } from "../../../kernel/errors.ts";
import { missing } from "../shared/ids.ts";
import { itemActor, itemLabel, updateItems } from "./item-history.ts";
import { lockSales, type LockedSale } from "./sale-lock.ts";
import { bodyIdOf, LotValue } from "./item.validation.ts";

type Tx = Prisma.TransactionClient;
/** Lots compare without case: "12a" and "12A" are the same lot. */
const lotKey = (lot: string) => lot.toUpperCase();
const normal = (lot: string | null | undefined) => lot?.trim() || null;

function unlocked(sales: Map<number, LockedSale>, saleIds: Iterable<number>) {
  for (const id of saleIds) {
    const sale = sales.get(id);
    if (sale?.lotsLocked) throw new DomainError("UNPROCESSABLE", `The lots of sale "${sale.label}" are locked`);
  }
}

/**
 * items-bulk-edit: new lots for many items, all or nothing. Lots stay unique per sale, checked on the final state
 * (two items may swap lots in one call): a lot given twice, or already held by another item, is a 409. Refused (422)
 * when a sale's lots are locked. The sales stay locked for the transaction, so concurrent edits cannot collide.
 */
export async function bulkEditLots(ctx: Context, input: { items: readonly { id: unknown; lot?: string | null }[] }) {
  const edits = input.items.map((e, i) => ({ id: bodyIdOf(e.id, `items.${i}.id`), lot: normal(e.lot) }));
  const seen = new Set<number>();
  for (const e of edits) {
    if (seen.has(e.id)) throw invalid(`Item ${e.id} is listed twice`, { fields: [{ path: "items", message: `Item ${e.id} is listed twice` }] });
    seen.add(e.id);
  }
  const ids = edits.map((e) => e.id);
  await ctx.db.$transaction(async (tx) => {
    const found = await tx.auctionItem.findMany({ where: { id: { in: ids } }, select: { id: true, saleId: true } });
    const unknown = ids.filter((id) => !found.some((i) => i.id === id));
    if (unknown.length) throw invalid(`Unknown items: ${unknown.join(", ")}`, { fields: [{ path: "items", message: `Items ${unknown.join(", ")} do not exist` }] });
    const saleIds = [...new Set(found.map((i) => i.saleId))];
    unlocked(await lockSales(tx, saleIds), saleIds);

    // the final lots of every sale touched: the others' stored lots plus the batch's new ones
    const saleOf = new Map(found.map((i) => [i.id, i.saleId]));
    const others = await tx.auctionItem.findMany({
      where: { saleId: { in: saleIds }, id: { notIn: ids }, lot: { not: null } },
      select: { id: true, lot: true, saleId: true },
    });
    const holder = new Map(others.map((o) => [`${o.saleId}:${lotKey(o.lot!)}`, o]));
    const batch = new Map<string, number>();
    for (const e of edits) {
      if (!e.lot) continue;
      const key = `${saleOf.get(e.id)}:${lotKey(e.lot)}`;
      const other = holder.get(key);
      if (other) throw conflict(`Lot ${e.lot} is already used by item ${other.id} in this sale`, { fields: [{ path: "items", message: `Lot ${e.lot} is already used by item ${other.id}` }] });
      if (batch.has(key)) throw conflict(`Lot ${e.lot} is given to items ${batch.get(key)} and ${e.id} of the same sale`, { fields: [{ path: "items", message: `Lot ${e.lot} is given twice` }] });
      batch.set(key, e.id);
    }
    await updateItems(tx, itemActor(ctx), edits.map((e) => ({ id: e.id, set: { lot: e.lot } })));
  });
  return { success: true as const, operation: "update_lots", itemsProcessed: edits.length };
}

const paramRequired = (i: number) => invalid(`The field 'params[${i}]' is required`, { fields: [{ path: `params[${i}]`, message: "This field is required" }] });
const paramInvalid = (i: number, message: string) => invalid(`Invalid params[${i}] format`, { fields: [{ path: `params[${i}]`, message }] });

/** The positional arguments of save_single_lot_number: sale, position, lot, force (0|1, default 0). */
export function singleLotArgs(params: readonly string[]) {
  for (const i of [0, 1, 2]) if (params[i] === undefined) throw paramRequired(i);
  const [saleRaw, positionRaw, lotRaw, forceRaw = "0"] = params as [string, string, string, string?];
  const saleId = bodyIdOf(saleRaw, "params[0]");
  if (!/^\d{1,9}$/.test(positionRaw.trim()) || Number(positionRaw) < 1) throw paramInvalid(1, "must be a position (1 or more)");
  const lot = LotValue.safeParse(lotRaw);
  if (!lot.success) throw paramInvalid(2, lot.error.issues[0]!.message);
  const force = { "0": false, "1": true, false: false, true: true }[forceRaw.trim()];
  if (force === undefined) throw paramInvalid(3, "must be 0 or 1");
  return { saleId, position: Number(positionRaw), lot: normal(lot.data), force };
}

/**
 * save_single_lot_number: sets the lot of the item at a position of a sale. When another item of the sale holds the
 * lot: a 409 naming it, or with `force` that item's lot is cleared (history for both). 422 when lots are locked.
 */
export async function saveSingleLot(ctx: Context, params: readonly string[]) {
  const { saleId, position, lot, force } = singleLotArgs(params);
  return ctx.db.$transaction(async (tx: Tx) => {
    const sales = await lockSales(tx, [saleId]);
    if (!sales.has(saleId)) throw missing("Sale", saleId);
    unlocked(sales, [saleId]);
    const item = await tx.auctionItem.findUnique({ where: { saleId_position: { saleId, position } }, select: { id: true } });
    if (!item) throw new DomainError("NOT_FOUND", `Sale ${saleId} has no item at position ${position}`);
    const holder = lot
      ? await tx.auctionItem.findFirst({ where: { saleId, id: { not: item.id }, lot: { equals: lot, mode: "insensitive" } }, select: { id: true, lot: true, position: true } })
      : null;
    if (holder && !force) {
      throw conflict(`Lot ${lot} is already used by ${itemLabel(holder)} (item ${holder.id}, position ${holder.position}); send params[3]=1 to move the lot`);
    }
    await updateItems(tx, itemActor(ctx), [
      ...(holder ? [{ id: holder.id, set: { lot: null } }] : []),
      { id: item.id, set: { lot } },
    ]);
    return { success: true as const, itemId: item.id, lot };
  });
}
