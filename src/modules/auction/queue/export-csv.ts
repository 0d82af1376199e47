import type { Db } from "../../../kernel/db/prisma.ts";
import type { BulkEntity } from "./queue.operations.ts";

type Cell = string | number | null | undefined | { toFixed(d: number): string };

/**
 * One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula (=, +, -, @ at the start,
 * unless it is a plain number) is prefixed with an apostrophe.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "object" ? value.toFixed(2) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvOf = (header: string[], rows: Cell[][]) => [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";

const iso = (d: Date | null | undefined) => d?.toISOString() ?? "";

/** The rows of one entity type for an export, in id order; returns the CSV and how many rows it has. */
export async function exportCsv(db: Db, entity: BulkEntity, ids: number[]): Promise<{ csv: string; rows: number }> {
  const where = { id: { in: ids } };
  if (entity === "item") {
    const items = await db.auctionItem.findMany({
      where, orderBy: { id: "asc" },
      select: {
        id: true, lot: true, description: true, status: true, estimateLow: true, estimateHigh: true, hammerPrice: true, winnerBidderNumber: true,
        sale: { select: { label: true } }, category: { select: { label: true } }, winner: { select: { customerNumber: true } },
      },
    });
    return {
      rows: items.length,
      csv: csvOf(
        ["id", "lot", "sale", "category", "description", "status", "estimate_low", "estimate_high", "hammer_price", "winner", "winner_bidder"],
        items.map((i) => [i.id, i.lot, i.sale.label, i.category?.label, i.description, i.status, i.estimateLow, i.estimateHigh, i.hammerPrice, i.winner?.customerNumber, i.winnerBidderNumber]),
      ),
    };
  }
  if (entity === "client") {
    const clients = await db.auctionClient.findMany({
      where, orderBy: { id: "asc" },
      select: {
        id: true, customerNumber: true, firstName: true, lastName: true, email: true, phone: true, status: true, createdAt: true,
        addresses: { where: { isDefault: true }, take: 1, select: { country: true, locality: true } },
      },
    });
    return {
      rows: clients.length,
      csv: csvOf(
        ["id", "customer_number", "first_name", "last_name", "email", "phone", "status", "country", "city", "created"],
        clients.map((c) => [c.id, c.customerNumber, c.firstName, c.lastName, c.email, c.phone, c.status, c.addresses[0]?.country, c.addresses[0]?.locality, iso(c.createdAt)]),
      ),
    };
  }
  const orders = await db.auctionOrder.findMany({
    where, orderBy: { id: "asc" },
    select: {
      id: true, orderNumber: true, type: true, status: true, subtotal: true, grandTotal: true, paymentReceived: true, amountDue: true, createdAt: true,
      owner: { select: { customerNumber: true, firstName: true, lastName: true } }, sale: { select: { label: true } },
    },
  });
  return {
    rows: orders.length,
    csv: csvOf(
      ["id", "order_id", "type", "status", "customer_number", "client", "sale", "subtotal", "grand_total", "payment_received", "amount_due", "created"],
      orders.map((o) => [o.id, o.orderNumber, o.type, o.status, o.owner.customerNumber, `${o.owner.firstName} ${o.owner.lastName}`.trim(), o.sale?.label,
        o.subtotal, o.grandTotal, o.paymentReceived, o.amountDue, iso(o.createdAt)]),
    ),
  };
}
