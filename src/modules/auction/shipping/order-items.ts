import type { Prisma } from "../../../../generated/prisma/client.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";

type Tx = Prisma.TransactionClient;

export const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const unknown = (field: string, message: string) => invalid(message, { fields: [{ path: field, message }] });

/** An id named in a body: anything that cannot name a row is a 422 on that field. */
export function bodyId(raw: string | number, field: string, what: string): number {
  const text = String(raw).trim();
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw unknown(field, `${what} with ID ${String(raw)} does not exist`);
  return Number(text);
}

export function bodyIds(raw: readonly (string | number)[], field: string, what: string): number[] {
  return [...new Set(raw.map((r) => bodyId(r, field, what)))];
}

/**
 * The order a shipment or box is packed for, locked for the rest of the database transaction (so packing the same
 * order twice at once is serialized); unknown → 422 on `order`, canceled orders ship nothing.
 */
export async function lockOrderForPacking(tx: Tx, raw: string): Promise<number> {
  const orderId = bodyId(raw, "order", "Order");
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM auction_orders WHERE id = ${orderId} FOR NO KEY UPDATE`;
  if (!rows[0]) throw unknown("order", `Order with ID ${raw} does not exist`);
  if (rows[0].status === "canceled") throw new DomainError("UNPROCESSABLE", "A canceled order is not shipped");
  return orderId;
}

/** Items must be on the order (one of its order lines); others are a 422 naming them. */
export async function assertItemsOfOrder(tx: Tx, orderId: number, itemIds: number[]): Promise<void> {
  const lines = await tx.auctionOrderLine.findMany({ where: { orderId, itemId: { in: itemIds } }, select: { itemId: true } });
  const on = new Set(lines.map((l) => l.itemId));
  const foreign = itemIds.filter((id) => !on.has(id));
  if (foreign.length) {
    const message = `Item${foreign.length > 1 ? "s" : ""} ${foreign.join(", ")} ${foreign.length > 1 ? "are" : "is"} not on order ${orderId}`;
    throw invalid(message, { fields: [{ path: "items", message }] });
  }
}
