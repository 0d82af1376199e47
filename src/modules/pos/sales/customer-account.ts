import type { Prisma } from "../../../../generated/prisma/client.ts";
import { notFound } from "../../../kernel/errors.ts";

type Tx = Prisma.TransactionClient;
type LedgerType = "SALE" | "PAYMENT" | "DUE_COLLECTION" | "ADJUSTMENT" | "RETURN" | "VOID";
type LoyaltyType = "EARN" | "REDEEM" | "ADJUST" | "VOID" | "RETURN";

/** A customer row locked for the rest of the transaction; balance and points follow the entries posted through it. */
export type LockedCustomer = {
  id: string; tenantId: string; name: string; groupId: string | null; creditLimit: number; balance: number; loyaltyPoints: number;
  deletedAt: Date | null;
};

/**
 * Locks a customer (SELECT ... FOR UPDATE) so that concurrent sales, returns and due collections of the same customer
 * serialize: each reads the balance the previous one left and writes a ledger entry whose balanceAfter is exact.
 * Soft-deleted customers are found only with `includeDeleted` (voids and returns of their old sales); another
 * tenant's or a missing customer is a 404.
 */
export async function lockCustomer(tx: Tx, tenantId: string, customerId: string, opts: { includeDeleted?: boolean } = {}): Promise<LockedCustomer> {
  const rows = await tx.$queryRaw<LockedCustomer[]>`
    SELECT id, "tenantId", name, "groupId", "creditLimit", balance, "loyaltyPoints", "deletedAt"
    FROM pos_customers WHERE id = ${customerId}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
  const c = rows[0];
  if (!c || (c.deletedAt && !opts.includeDeleted)) throw notFound("Customer");
  return c;
}

type Ref = { referenceType?: string | null; referenceId?: string | null; note?: string | null; userId?: string | null };

/** Posts a signed amount (positive: the customer owes more) to a locked customer's balance and ledger. */
export async function postLedger(tx: Tx, c: LockedCustomer, type: LedgerType, amount: number, ref: Ref) {
  if (amount === 0) return null;
  c.balance += amount;
  await tx.posCustomer.update({ where: { id: c.id }, data: { balance: c.balance } });
  return tx.posLedgerEntry.create({
    data: {
      tenantId: c.tenantId, customerId: c.id, type, amount, balanceAfter: c.balance,
      referenceType: ref.referenceType ?? null, referenceId: ref.referenceId ?? null, note: ref.note ?? null, userId: ref.userId ?? null,
    },
  });
}

/** Posts signed loyalty points to a locked customer's points and loyalty history. */
export async function postLoyalty(tx: Tx, c: LockedCustomer, type: LoyaltyType, points: number, ref: { saleId?: string | null; reason?: string | null; userId?: string | null }) {
  if (points === 0) return null;
  c.loyaltyPoints += points;
  await tx.posCustomer.update({ where: { id: c.id }, data: { loyaltyPoints: c.loyaltyPoints } });
  return tx.posLoyaltyEntry.create({
    data: {
      tenantId: c.tenantId, customerId: c.id, type, points, balanceAfter: c.loyaltyPoints,
      saleId: ref.saleId ?? null, reason: ref.reason ?? null, userId: ref.userId ?? null,
    },
  });
}
