import type { Prisma } from "../../../../generated/prisma/client.ts";
import { DomainError } from "../../../kernel/errors.ts";

type Tx = Prisma.TransactionClient;
type MovementType = "ADJUSTMENT" | "SET" | "SALE" | "VOID" | "RETURN" | "TRANSFER_OUT" | "TRANSFER_IN" | "PURCHASE";
export type StockKey = { tenantId: string; storeId: string; productId: string; variantId?: string | null };
export type StockMove = StockKey & {
  change: number; type: MovementType; reason?: string | null; referenceType?: string | null; referenceId?: string | null;
  userId?: string | null; allowNegative?: boolean;
};

/** stock levels live in 32-bit integer columns */
const MAX_UNITS = 2_147_483_647;

async function ensureRow(tx: Tx, k: StockKey) {
  await tx.$executeRaw`
    INSERT INTO pos_stock (id, "tenantId", "storeId", "productId", "variantId", "variantKey", quantity, "lowStockThreshold", "updatedAt")
    VALUES (gen_random_uuid(), ${k.tenantId}::uuid, ${k.storeId}::uuid, ${k.productId}::uuid, ${k.variantId ?? null}::uuid, ${k.variantId ?? ""}, 0, 0, now())
    ON CONFLICT ("storeId", "productId", "variantKey") DO NOTHING`;
}

/**
 * Changes a stock level by `change` units and writes the movement, in the caller's transaction. The decrement is one
 * conditional UPDATE: concurrent sales of the last unit serialize on the row and the second one finds too little
 * stock (422) — unless negative stock is allowed. Returns the quantity after the change.
 */
export async function moveStock(tx: Tx, m: StockMove): Promise<number> {
  if (!Number.isInteger(m.change)) throw new DomainError("BAD_REQUEST", "Quantities are whole units");
  await ensureRow(tx, m);
  const allow = m.allowNegative ?? false;
  const rows = await tx.$queryRaw<{ quantity: number }[]>`
    UPDATE pos_stock SET quantity = quantity + ${m.change}, "updatedAt" = now()
    WHERE "storeId" = ${m.storeId}::uuid AND "productId" = ${m.productId}::uuid AND "variantKey" = ${m.variantId ?? ""}
      AND (quantity::bigint + ${m.change} >= 0 OR ${allow})
      AND quantity::bigint + ${m.change} BETWEEN ${-MAX_UNITS} AND ${MAX_UNITS}
    RETURNING quantity`;
  if (!rows.length) {
    const current = await tx.posStock.findFirst({ where: { storeId: m.storeId, productId: m.productId, variantKey: m.variantId ?? "" }, select: { quantity: true } });
    const after = (current?.quantity ?? 0) + m.change;
    if (after > MAX_UNITS || after < -MAX_UNITS) {
      throw new DomainError("UNPROCESSABLE", "The stock level would be out of range", {
        code: "STOCK_OUT_OF_RANGE", productId: m.productId, variantId: m.variantId ?? null, storeId: m.storeId, available: current?.quantity ?? 0, change: m.change,
      });
    }
    throw new DomainError("UNPROCESSABLE", "Insufficient stock", {
      code: "INSUFFICIENT_STOCK", productId: m.productId, variantId: m.variantId ?? null, storeId: m.storeId,
      available: current?.quantity ?? 0, requested: -m.change,
    });
  }
  const quantityAfter = rows[0]!.quantity;
  await tx.posStockMovement.create({
    data: {
      tenantId: m.tenantId, storeId: m.storeId, productId: m.productId, variantId: m.variantId ?? null, type: m.type,
      change: m.change, quantityAfter, reason: m.reason ?? null, referenceType: m.referenceType ?? null,
      referenceId: m.referenceId ?? null, userId: m.userId ?? null,
    },
  });
  return quantityAfter;
}

/** Sets an absolute stock level (locking the row), recording the difference as a SET movement. */
export async function setStock(tx: Tx, k: StockKey & { quantity: number; reason?: string | null; userId?: string | null }): Promise<{ before: number; after: number }> {
  if (!Number.isInteger(k.quantity) || k.quantity < 0) throw new DomainError("BAD_REQUEST", "quantity must be a whole number ≥ 0");
  await ensureRow(tx, k);
  const [row] = await tx.$queryRaw<{ quantity: number }[]>`
    SELECT quantity FROM pos_stock WHERE "storeId" = ${k.storeId}::uuid AND "productId" = ${k.productId}::uuid AND "variantKey" = ${k.variantId ?? ""} FOR UPDATE`;
  const before = row!.quantity;
  await moveStock(tx, { ...k, change: k.quantity - before, type: "SET", allowNegative: true });
  return { before, after: k.quantity };
}
