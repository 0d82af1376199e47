import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { auctionConfig } from "../config.ts";
import { Decimal, formatMoney } from "../shared/money.ts";

/**
 * The one write path of items. Every change of an item's status, hammer price, estimates, reserve, lot or winner
 * (from any area: bulk edits, lots, winning bids, orders, merges) goes through `updateItems`, which diffs against the
 * stored row, checks the item rules, writes the rows and records each change in AuctionItemHistory in the same
 * transaction — so no path can change an item without its history. New items are made by `createItems`.
 */

type Tx = Prisma.TransactionClient;
export const ITEM_STATUSES = ["available", "sold", "unsold", "passed", "withdrawn"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
type BidderKind = "online" | "phone" | "floor";
type Amount = Decimal | string | null;

/** Fields an item write may set; the first group is tracked in the history, the second is not. */
export type ItemPatch = {
  status?: ItemStatus;
  hammerPrice?: Amount;
  estimateLow?: Amount;
  estimateHigh?: Amount;
  reservePrice?: Amount;
  lot?: string | null;
  winnerId?: number | null;
  winnerBidderNumber?: string | null;
  winnerKind?: BidderKind | null;
  saleId?: number;
  position?: number;
  consignmentId?: number | null;
  categoryId?: number | null;
  description?: string;
};
/** An extra history line written with a change (e.g. `moved`, `cloned`). */
export type HistoryNote = { action: string; oldValue?: string | null; newValue?: string | null; details: string };
export type ItemChange = { id: number; set: ItemPatch; notes?: HistoryNote[] };
/** Who writes (recorded as the history's user) and the house currency the history details are written in. */
export type ItemActor = { userId: number | null; currency: string };

export const itemActor = (ctx: Pick<Context, "principal" | "config">): ItemActor => ({
  userId: ctx.principal?.system === "auction" ? Number(ctx.principal.id) : null,
  currency: auctionConfig(ctx.config).AUCTION_CURRENCY,
});

const TRACKED = {
  id: true, saleId: true, lot: true, status: true, hammerPrice: true, estimateLow: true, estimateHigh: true, reservePrice: true,
  winnerId: true, winnerBidderNumber: true, winnerKind: true,
} as const;
export type ItemState = {
  id: number; saleId: number; lot: string | null; status: ItemStatus; hammerPrice: Decimal | null; estimateLow: Decimal | null;
  estimateHigh: Decimal | null; reservePrice: Decimal | null; winnerId: number | null; winnerBidderNumber: string | null; winnerKind: BidderKind | null;
};
export type ItemDiff = { id: number; before: ItemState; after: ItemState; changed: (keyof ItemState)[] };

/** "Item #1234", or the id while the item has no lot (the same label activities show). */
export const itemLabel = (i: { id: number; lot: string | null }) => (i.lot ? `Item #${i.lot}` : `Item (id ${i.id})`);

/** "12A" → 12: the lot's leading number, stored beside the lot so lists sort lots 2 < 10 < 10A < 11. */
export function lotNumberOf(lot: string | null): number | null {
  const digits = lot?.match(/^\d+/)?.[0];
  if (!digits) return null;
  return Math.min(Number(digits.slice(0, 10)), 2_147_483_647);
}

const money = (v: Amount | undefined): Decimal | null => (v === null || v === undefined ? null : new Decimal(v));
const sameMoney = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? a === b : a.equals(b));
const plain = (v: Decimal | null) => (v === null ? null : v.toFixed(2));
const normalLot = (lot: string | null | undefined) => (lot === null || lot === undefined ? null : lot.trim() || null);

/** Applies a patch to a stored state (only given keys change). */
function applied(before: ItemState, set: ItemPatch): ItemState {
  const after = { ...before };
  if (set.status !== undefined) after.status = set.status;
  for (const key of ["hammerPrice", "estimateLow", "estimateHigh", "reservePrice"] as const) {
    if (set[key] !== undefined) after[key] = money(set[key]);
  }
  if (set.lot !== undefined) after.lot = normalLot(set.lot);
  if (set.winnerId !== undefined) after.winnerId = set.winnerId;
  if (set.winnerBidderNumber !== undefined) after.winnerBidderNumber = set.winnerBidderNumber?.trim() || null;
  if (set.winnerKind !== undefined) after.winnerKind = set.winnerKind;
  if (set.saleId !== undefined) after.saleId = set.saleId;
  return after;
}

function changedKeys(a: ItemState, b: ItemState): (keyof ItemState)[] {
  const keys: (keyof ItemState)[] = [];
  for (const key of Object.keys(TRACKED) as (keyof ItemState)[]) {
    const x = a[key];
    const y = b[key];
    const same = x instanceof Decimal || y instanceof Decimal ? sameMoney(x as Decimal | null, y as Decimal | null) : x === y;
    if (!same) keys.push(key);
  }
  return keys;
}

/**
 * The rules every item state must keep, whoever writes it, checked on what a write changes (a stored legacy row is
 * not refused for an unrelated edit); violations of a whole batch are reported together.
 */
function violations(before: ItemState | null, after: ItemState, changed: readonly (keyof ItemState)[]): string[] {
  const label = itemLabel(after);
  const touched = (...keys: (keyof ItemState)[]) => before === null || keys.some((k) => changed.includes(k));
  const out: string[] = [];
  if (after.status === "sold" && touched("status", "hammerPrice", "winnerId") && (after.hammerPrice === null || after.winnerId === null)) {
    out.push(`${label} cannot be sold without a hammer price and a winner`);
  }
  if (before?.status === "sold" && after.status === "withdrawn") out.push(`${label} is sold and cannot be withdrawn`);
  for (const key of ["hammerPrice", "estimateLow", "estimateHigh", "reservePrice"] as const) {
    if (touched(key) && after[key]?.isNegative()) out.push(`${label}: the ${key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} must not be negative`);
  }
  if (touched("estimateLow", "estimateHigh") && after.estimateLow && after.estimateHigh && after.estimateLow.greaterThan(after.estimateHigh)) {
    out.push(`${label}: the low estimate must not exceed the high estimate`);
  }
  return out;
}

const refuse = (messages: string[]) => new DomainError("UNPROCESSABLE", messages.join("; "), { fields: [{ path: "items", message: messages.join("; ") }] });

const bidder = (s: ItemState) => (s.winnerBidderNumber ? `bidder ${s.winnerBidderNumber}` : s.winnerId ? `client #${s.winnerId}` : null);

/** The history lines of one diff, in a fixed order (status last: its details name the final winner and price). */
function entriesOf(diff: ItemDiff, currency: string): HistoryNote[] {
  const { before: b, after: a, changed } = diff;
  const fmt = (v: Decimal | null) => (v === null ? "" : formatMoney(v, currency));
  const amountChange = (action: string, what: string, x: Decimal | null, y: Decimal | null): HistoryNote => ({
    action, oldValue: plain(x), newValue: plain(y),
    details: x === null ? `${what} set to ${fmt(y)}` : y === null ? `${what} removed (was ${fmt(x)})` : `${what} changed from ${fmt(x)} to ${fmt(y)}`,
  });
  const out: HistoryNote[] = [];
  if (changed.includes("lot")) {
    out.push({
      action: "lot_change", oldValue: b.lot, newValue: a.lot,
      details: b.lot === null ? `Lot set to ${a.lot}` : a.lot === null ? `Lot ${b.lot} cleared` : `Lot changed from ${b.lot} to ${a.lot}`,
    });
  }
  if (changed.includes("estimateLow")) out.push(amountChange("estimate_change", "Low estimate", b.estimateLow, a.estimateLow));
  if (changed.includes("estimateHigh")) out.push(amountChange("estimate_change", "High estimate", b.estimateHigh, a.estimateHigh));
  if (changed.includes("reservePrice")) out.push(amountChange("reserve_change", "Reserve price", b.reservePrice, a.reservePrice));
  if (changed.includes("winnerId") || changed.includes("winnerBidderNumber")) {
    const x = bidder(b);
    const y = bidder(a);
    out.push({
      action: "winner_change", oldValue: b.winnerBidderNumber ?? (b.winnerId ? String(b.winnerId) : null), newValue: a.winnerBidderNumber ?? (a.winnerId ? String(a.winnerId) : null),
      details: x === null ? `Winner set to ${y}` : y === null ? `Winning bid of ${x} removed` : `Winner changed from ${x} to ${y}`,
    });
  }
  if (changed.includes("hammerPrice")) out.push(amountChange("hammer_price_change", "Hammer price", b.hammerPrice, a.hammerPrice));
  if (changed.includes("status")) {
    out.push({
      action: "status_change", oldValue: b.status, newValue: a.status,
      details: a.status === "sold" ? `Item sold to ${bidder(a)} for ${fmt(a.hammerPrice)}` : `Status changed from '${b.status}' to '${a.status}'`,
    });
  }
  return out;
}

/** The columns a patch writes (the lot's sort number with the lot). */
function columnsOf(set: ItemPatch): Prisma.AuctionItemUncheckedUpdateManyInput {
  const data: Prisma.AuctionItemUncheckedUpdateManyInput = {};
  for (const key of ["status", "winnerId", "winnerKind", "saleId", "position", "consignmentId", "categoryId", "description"] as const) {
    if (set[key] !== undefined) (data as Record<string, unknown>)[key] = set[key];
  }
  for (const key of ["hammerPrice", "estimateLow", "estimateHigh", "reservePrice"] as const) {
    if (set[key] !== undefined) data[key] = money(set[key]);
  }
  if (set.winnerBidderNumber !== undefined) data.winnerBidderNumber = set.winnerBidderNumber?.trim() || null;
  if (set.lot !== undefined) {
    data.lot = normalLot(set.lot);
    data.lotNumber = lotNumberOf(data.lot as string | null);
  }
  return data;
}

/**
 * Updates items inside the caller's transaction and records every tracked change in their history (who = the
 * actor, when = now). Refuses (422) states no item may be in: sold without hammer price and winner, a sold item
 * withdrawn, negative amounts, a low estimate above the high one. Unknown ids are a 422 on `items`.
 * Returns what changed per item (items whose tracked fields did not change are listed with `changed: []`).
 */
export async function updateItems(tx: Tx, actor: ItemActor, changes: readonly ItemChange[]): Promise<ItemDiff[]> {
  if (!changes.length) return [];
  const ids = [...new Set(changes.map((c) => c.id))];
  const rows = (await tx.auctionItem.findMany({ where: { id: { in: ids } }, select: TRACKED })) as ItemState[];
  const current = new Map(rows.map((r) => [r.id, r]));
  const unknown = ids.filter((id) => !current.has(id));
  if (unknown.length) throw invalid(`Unknown items: ${unknown.join(", ")}`, { fields: [{ path: "items", message: `Items ${unknown.join(", ")} do not exist` }] });

  const diffs: ItemDiff[] = [];
  const problems: string[] = [];
  for (const change of changes) {
    const before = current.get(change.id)!;
    const after = applied(before, change.set);
    const changed = changedKeys(before, after);
    problems.push(...violations(before, after, changed));
    current.set(change.id, after); // a later change of the same item builds on this one
    diffs.push({ id: change.id, before, after, changed });
  }
  if (problems.length) throw refuse(problems);

  // identical patches (a bulk status change) are one statement; distinct ones (lots) one each
  const groups = new Map<string, { data: Prisma.AuctionItemUncheckedUpdateManyInput; ids: number[] }>();
  for (const change of changes) {
    const data = columnsOf(change.set);
    const key = JSON.stringify(data);
    const group = groups.get(key) ?? { data, ids: [] };
    group.ids.push(change.id);
    groups.set(key, group);
  }
  for (const { data, ids: groupIds } of groups.values()) {
    if (Object.keys(data).length) await tx.auctionItem.updateMany({ where: { id: { in: groupIds } }, data });
  }

  const history: Prisma.AuctionItemHistoryCreateManyInput[] = [];
  changes.forEach((change, i) => {
    for (const e of [...entriesOf(diffs[i]!, actor.currency), ...(change.notes ?? [])]) {
      history.push({ itemId: change.id, userId: actor.userId, action: e.action, oldValue: e.oldValue ?? null, newValue: e.newValue ?? null, details: e.details });
    }
  });
  if (history.length) await tx.auctionItemHistory.createMany({ data: history });
  return diffs;
}

/** A new item: its descriptive fields, place, optional dimensions and images, and the history lines it starts with. */
export type NewItem = {
  saleId: number;
  position: number;
  consignmentId?: number | null;
  categoryId?: number | null;
  description?: string;
  lot?: string | null;
  estimateLow?: Amount;
  estimateHigh?: Amount;
  reservePrice?: Amount;
  dimension?: { height: Amount; width: Amount; depth: Amount; weight: Amount; unit: string } | null;
  imageFileIds?: number[];
  notes: HistoryNote[];
};

/**
 * Creates items (status available, no winner) with a dimension row each (empty unless given, so dimensions can be
 * edited), their images and first history lines, in a constant number of statements. Returns the new ids in order.
 */
export async function createItems(tx: Tx, actor: ItemActor, items: readonly NewItem[]): Promise<number[]> {
  if (!items.length) return [];
  const problems = items.flatMap((n) => violations(null, {
    id: 0, saleId: n.saleId, lot: normalLot(n.lot), status: "available", hammerPrice: null, estimateLow: money(n.estimateLow),
    estimateHigh: money(n.estimateHigh), reservePrice: money(n.reservePrice), winnerId: null, winnerBidderNumber: null, winnerKind: null,
  }, []));
  if (problems.length) throw refuse(problems);
  const created = await tx.auctionItem.createManyAndReturn({
    data: items.map((n) => {
      const lot = normalLot(n.lot);
      return {
        saleId: n.saleId, position: n.position, consignmentId: n.consignmentId ?? null, categoryId: n.categoryId ?? null,
        description: n.description ?? "", lot, lotNumber: lotNumberOf(lot),
        estimateLow: money(n.estimateLow), estimateHigh: money(n.estimateHigh), reservePrice: money(n.reservePrice),
      };
    }),
    select: { id: true, saleId: true, position: true },
  });
  // (sale, position) is unique: it maps each returned row back to its input whatever order RETURNING used
  const idAt = new Map(created.map((r) => [`${r.saleId}:${r.position}`, r.id]));
  const ids = items.map((n) => idAt.get(`${n.saleId}:${n.position}`)!);
  await tx.auctionItemDimension.createMany({
    data: items.map((n, i) => ({
      itemId: ids[i]!, unit: n.dimension?.unit ?? "cm",
      height: money(n.dimension?.height), width: money(n.dimension?.width), depth: money(n.dimension?.depth), weight: money(n.dimension?.weight),
    })),
  });
  const images = items.flatMap((n, i) => (n.imageFileIds ?? []).map((fileId, weight) => ({ itemId: ids[i]!, fileId, weight })));
  if (images.length) await tx.auctionItemImage.createMany({ data: images });
  const history = items.flatMap((n, i) => n.notes.map((e) => ({
    itemId: ids[i]!, userId: actor.userId, action: e.action, oldValue: e.oldValue ?? null, newValue: e.newValue ?? null, details: e.details,
  })));
  if (history.length) await tx.auctionItemHistory.createMany({ data: history });
  return ids;
}
