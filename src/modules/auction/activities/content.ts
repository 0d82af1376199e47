import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import type { Db } from "../../../kernel/db/prisma.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { invalid } from "../../../kernel/errors.ts";

/** What activities and tasks can be about (Drupal's content entities of the back office). */
export const CONTENT_TYPES = ["item", "order", "client", "sale", "consignment", "transaction"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

type Reader = Db | Prisma.TransactionClient;

/** One query per content type for a set of ids: id → display label ("Item #1234", "Order #12345", a client's name). */
const LABELS: Record<ContentType, (db: Reader, ids: number[]) => Promise<Map<number, string>>> = {
  item: async (db, ids) => new Map((await db.auctionItem.findMany({ where: { id: { in: ids } }, select: { id: true, lot: true } }))
    .map((r) => [r.id, r.lot ? `Item #${r.lot}` : `Item (id ${r.id})`])),
  order: async (db, ids) => new Map((await db.auctionOrder.findMany({ where: { id: { in: ids } }, select: { id: true, orderNumber: true } }))
    .map((r) => [r.id, `Order #${r.orderNumber}`])),
  client: async (db, ids) => new Map((await db.auctionClient.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true } }))
    .map((r) => [r.id, `${r.firstName} ${r.lastName}`.trim() || `Client #${r.id}`])),
  sale: async (db, ids) => new Map((await db.auctionSale.findMany({ where: { id: { in: ids } }, select: { id: true, label: true } }))
    .map((r) => [r.id, r.label])),
  consignment: async (db, ids) => new Map((await db.auctionConsignment.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }))
    .map((r) => [r.id, `Consignment #${r.number}`])),
  transaction: async (db, ids) => new Map((await db.auctionTransaction.findMany({ where: { id: { in: ids } }, select: { id: true, transactionType: true } }))
    .map((r) => [r.id, `${r.transactionType} #${r.id}`])),
};

const isContentType = (t: string): t is ContentType => (CONTENT_TYPES as readonly string[]).includes(t);

/**
 * Labels of the records a page of activities or tasks refers to: keys `type:id`, batched per request, so a page
 * costs one query per content type present on it, never one per row. A deleted record keeps a label that says so.
 */
export const contentLabels = createContextCache((ctx: Context) => new DataLoader<string, string>(async (keys) => {
  const byType = new Map<ContentType, number[]>();
  for (const key of keys) {
    const [type, id] = key.split(":") as [string, string];
    if (isContentType(type)) byType.set(type, [...(byType.get(type) ?? []), Number(id)]);
  }
  const found = new Map<string, string>();
  await Promise.all([...byType].map(async ([type, ids]) => {
    for (const [id, label] of await LABELS[type](ctx.db, ids)) found.set(`${type}:${id}`, label);
  }));
  return keys.map((key) => found.get(key) ?? `${titleOf(key.split(":")[0]!)} ${key.split(":")[1]} (deleted)`);
}));

/** The content a body names must exist in its table: otherwise a 422 on that field (not a dangling reference). */
export async function assertContentExists(db: Reader, type: ContentType, id: number, field: string): Promise<void> {
  const labels = await LABELS[type](db, [id]);
  if (!labels.has(id)) {
    throw invalid(`The ${type} ${id} does not exist`, { fields: [{ path: field, message: `The ${type} with ID ${id} does not exist` }] });
  }
}

/** A body's reference id ("345"): malformed is a 422 on the field (it names no row of any table). */
export function referenceIdOf(raw: string | number, field: string): number {
  const text = String(raw).trim();
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw invalid(`Invalid ${field} format`, { fields: [{ path: field, message: "must be a numeric id" }] });
  return Number(text);
}

/** `status_change` → "Status Change": labels of free-form type ids (activity types, task types). */
export const titleOf = (id: string) => id.split(/[_\s]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
