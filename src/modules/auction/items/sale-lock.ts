import type { Prisma } from "../../../../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;
export type LockedSale = { id: number; label: string; status: "draft" | "published" | "closed"; lotsLocked: boolean };

/**
 * Locks the sales' rows until the transaction ends: writes that assign lots or positions in a sale run one at a
 * time, so two of them never both see a lot or position as free. Returns the sales found (missing ids are absent).
 */
export async function lockSales(tx: Tx, saleIds: readonly number[]): Promise<Map<number, LockedSale>> {
  const ids = [...new Set(saleIds)].sort((a, b) => a - b);
  if (!ids.length) return new Map();
  const rows = await tx.$queryRaw<LockedSale[]>`
    SELECT id, label, status::text AS status, "lotsLocked" FROM auction_sales WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** The next free positions at the end of a (locked) sale. */
export async function nextPositions(tx: Tx, saleId: number, count: number): Promise<number[]> {
  const last = await tx.auctionItem.aggregate({ where: { saleId }, _max: { position: true } });
  const start = (last._max.position ?? 0) + 1;
  return Array.from({ length: count }, (_v, i) => start + i);
}
