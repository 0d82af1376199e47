import type { Prisma } from "../../../../generated/prisma/client.ts";
import { Decimal, percentOf } from "../shared/money.ts";
import { parseDate } from "../shared/dates.ts";
import { badField, ChargeDescription, refused, required } from "./order.validation.ts";

type Tx = Prisma.TransactionClient;
export type OrderKind = "bidder" | "consignor" | "credit_note" | "transport_invoice";
export type LineData = { itemId: number; hammerPrice: Decimal; commission: Decimal; taxRate: Decimal };
export type ChargeInput = { term?: string | null; amount?: string | null; tax?: string | null; description?: string | null; date?: string | null };
export type ChargeData = { termId: number; amount: Decimal; tax: Decimal; description: string; date?: Date };

/** An id named in a body: anything that cannot be an id is a 422 on that field (not a 404: the path is fine). */
export function refOf(raw: string | number, field: string, what: string): number {
  const text = String(raw).trim();
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw badField(field, `${what} with ID ${text} does not exist`);
  return Number(text);
}
export const refsOf = (raw: readonly (string | number)[], field: string, what: string) => [...new Set(raw.map((r) => refOf(r, field, what)))];

/**
 * Locks the items' rows for the rest of the transaction: two orders created (or split, or reissued) at the same
 * time cannot both take the same item, the second waits and then sees the first one's lines.
 */
export async function lockItems(tx: Tx, ids: readonly number[]) {
  if (!ids.length) return;
  await tx.$queryRawUnsafe(`SELECT id FROM auction_items WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, ids);
}

/**
 * Items already on another live order of this type: `itemId → order number`. Canceled orders released their
 * items, and an item a credit note gave back (non-canceled credit note of that order) may be invoiced again.
 */
export async function itemsTaken(tx: Tx, ids: readonly number[], type: OrderKind, exceptOrderId?: number): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const lines = await tx.auctionOrderLine.findMany({
    where: { itemId: { in: [...ids] }, order: { type, status: { not: "canceled" }, ...(exceptOrderId ? { id: { not: exceptOrderId } } : {}) } },
    select: { itemId: true, orderId: true, order: { select: { orderNumber: true } } },
  });
  if (!lines.length) return new Map();
  const credited = await creditedItems(tx, lines.map((l) => l.orderId), lines.map((l) => l.itemId));
  return new Map(lines.filter((l) => !credited.has(`${l.orderId}:${l.itemId}`)).map((l) => [l.itemId, l.order.orderNumber]));
}

/** `orderId:itemId` of lines that a live credit note of their order credits. */
export async function creditedItems(tx: Tx, orderIds: readonly number[], itemIds?: readonly number[]): Promise<Set<string>> {
  const rows = await tx.auctionOrderLine.findMany({
    where: {
      ...(itemIds ? { itemId: { in: [...itemIds] } } : {}),
      order: { type: "credit_note", status: { not: "canceled" }, creditedOrderId: { in: [...new Set(orderIds)] } },
    },
    select: { itemId: true, order: { select: { creditedOrderId: true } } },
  });
  return new Set(rows.map((r) => `${r.order.creditedOrderId}:${r.itemId}`));
}

/**
 * Lines of a bidder invoice: every item sold in this sale to this client with a hammer price, not on another live
 * invoice; the premium is the sale's rate of the hammer price, VAT on it the sale's tax rate.
 */
export async function bidderLines(tx: Tx, sale: { id: number; premiumRate: Decimal; taxRate: Decimal }, ownerId: number, ids: readonly number[], exceptOrderId?: number): Promise<LineData[]> {
  const items = await itemsOf(tx, ids);
  const taken = await itemsTaken(tx, ids, "bidder", exceptOrderId);
  return ids.map((id) => {
    const item = items.get(id)!;
    if (item.saleId !== sale.id) throw refused(`Item ${id} is not in sale ${sale.id}`);
    if (item.status !== "sold" || item.hammerPrice === null) throw refused(`Item ${id} is not sold: it has no hammer price`);
    if (item.winnerId !== ownerId) throw refused(`Item ${id} was not won by client ${ownerId}`);
    if (taken.has(id)) throw refused(`Item ${id} is already on order #${taken.get(id)}`);
    return { itemId: id, hammerPrice: item.hammerPrice, commission: percentOf(item.hammerPrice, sale.premiumRate), taxRate: sale.taxRate };
  });
}

/**
 * Lines of a consignor statement: sold items of this client's consignments in this sale, not on another live
 * statement; the house keeps the consignment's commission rate, VAT on it at the sale's tax rate.
 */
export async function consignorLines(tx: Tx, sale: { id: number; taxRate: Decimal }, ownerId: number, ids: readonly number[], exceptOrderId?: number): Promise<LineData[]> {
  const items = await itemsOf(tx, ids);
  const taken = await itemsTaken(tx, ids, "consignor", exceptOrderId);
  return ids.map((id) => {
    const item = items.get(id)!;
    if (item.saleId !== sale.id) throw refused(`Item ${id} is not in sale ${sale.id}`);
    if (!item.consignment || item.consignment.ownerId !== ownerId) throw refused(`Item ${id} is not consigned by client ${ownerId}`);
    if (item.status !== "sold" || item.hammerPrice === null) throw refused(`Item ${id} is not sold: it has no hammer price`);
    if (taken.has(id)) throw refused(`Item ${id} is already on statement #${taken.get(id)}`);
    return { itemId: id, hammerPrice: item.hammerPrice, commission: percentOf(item.hammerPrice, item.consignment.consignorCommission), taxRate: sale.taxRate };
  });
}

async function itemsOf(tx: Tx, ids: readonly number[]) {
  await lockItems(tx, ids);
  const rows = await tx.auctionItem.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, saleId: true, status: true, hammerPrice: true, winnerId: true, consignment: { select: { ownerId: true, consignorCommission: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const unknown = ids.find((id) => !byId.has(id));
  if (unknown) throw badField("items", `Item with ID ${unknown} does not exist`);
  return byId;
}

/** The paddle numbers the client bid with in this sale (bidder_ids). */
export async function bidderNumbers(tx: Tx, saleId: number | null, clientId: number): Promise<string[]> {
  if (!saleId) return [];
  const rows = await tx.auctionSaleBidder.findMany({ where: { saleId, clientId }, select: { bidderNumber: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.bidderNumber);
}

/**
 * Additional charges of a body: the term must exist (422); amount and VAT default to the term's defaults; VAT is a
 * percentage (0–100); the date defaults to today.
 */
export async function chargeRows(tx: Tx, charges: readonly ChargeInput[]): Promise<ChargeData[]> {
  const termIds = charges.map((c, i) => {
    if (c.term === null || c.term === undefined || String(c.term).trim() === "") throw required(`additional_charges.${i}.term`);
    return refOf(c.term, `additional_charges.${i}.term`, "Charge term");
  });
  const terms = new Map((await tx.auctionChargeTerm.findMany({ where: { id: { in: termIds } } })).map((t) => [t.id, t]));
  return charges.map((c, i) => {
    const path = `additional_charges.${i}`;
    const term = terms.get(termIds[i]!);
    if (!term) throw badField(`${path}.term`, `Charge term with ID ${termIds[i]} does not exist`);
    const tax = c.tax !== null && c.tax !== undefined ? new Decimal(c.tax) : term.defaultVat;
    if (tax.isNegative() || tax.greaterThan(100)) throw badField(`${path}.tax`, "VAT must be a percentage between 0 and 100");
    const description = ChargeDescription.safeParse(c.description ?? "");
    if (!description.success) throw badField(`${path}.description`, description.error.issues[0]!.message);
    let date: Date | undefined;
    if (c.date) {
      date = /^\d{4}-\d{2}-\d{2}$/.test(c.date) ? parseDate(c.date) : undefined;
      if (!date) throw badField(`${path}.date`, "must be a date (YYYY-MM-DD)");
    }
    const amount = c.amount !== null && c.amount !== undefined ? new Decimal(c.amount) : term.defaultAmount;
    // a negative charge would take an invoice below zero, where refunds of money never received pass the money checks
    if (amount.isNegative()) throw badField(`${path}.amount`, "must not be negative");
    return { termId: term.id, amount, tax, description: description.data, date };
  });
}
