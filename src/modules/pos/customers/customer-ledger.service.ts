import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, notFound } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { settingsOf } from "../shared/settings.ts";
import { live, tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import type { LoyaltyAdjustment, LoyaltyHistory } from "./customer.type.ts";

type Tx = Prisma.TransactionClient;
type LedgerType = "SALE" | "PAYMENT" | "DUE_COLLECTION" | "ADJUSTMENT" | "RETURN" | "VOID";
type LoyaltyType = "EARN" | "REDEEM" | "ADJUST" | "VOID" | "RETURN";
/** balances and points live in 32-bit integer columns */
const MAX_INT = 2_147_483_647;
export type LockedCustomer = { id: string; balance: number; loyaltyPoints: number; creditLimit: number };

/**
 * Locks a live customer's row (SELECT … FOR UPDATE) for the rest of the transaction and returns its money state, or
 * null when the tenant has no such live customer. Every writer of a customer's balance or points (checkout, due
 * collection, void, return, manual adjustments) locks first, so each entry's balanceAfter follows the previous one.
 */
export async function lockCustomer(tx: Tx, tenantId: string, customerId: string): Promise<LockedCustomer | null> {
  const rows = await tx.$queryRaw<LockedCustomer[]>`
    SELECT id::text AS id, balance, "loyaltyPoints", "creditLimit" FROM pos_customers
    WHERE id = ${customerId}::uuid AND "tenantId" = ${tenantId}::uuid AND "deletedAt" IS NULL
    FOR UPDATE`;
  return rows[0] ?? null;
}

export type LedgerPosting = {
  tenantId: string; customerId: string; type: LedgerType; /** signed cents: > 0 raises what the customer owes */ amount: number;
  referenceType?: string | null; referenceId?: string | null; note?: string | null; userId?: string | null;
};

/** Moves a customer's balance and writes the ledger entry with the balance after it (locks the customer first). */
export async function postLedgerEntry(tx: Tx, p: LedgerPosting) {
  if (!Number.isSafeInteger(p.amount)) throw new DomainError("BAD_REQUEST", "Ledger amounts are whole cents");
  const locked = await lockCustomer(tx, p.tenantId, p.customerId);
  if (!locked) throw notFound("Customer");
  const balanceAfter = locked.balance + p.amount;
  if (Math.abs(balanceAfter) > MAX_INT) throw new DomainError("UNPROCESSABLE", "The customer's balance would be out of range", { code: "BALANCE_OUT_OF_RANGE" });
  await tx.posCustomer.update({ where: { id: p.customerId }, data: { balance: balanceAfter } });
  return tx.posLedgerEntry.create({
    data: {
      tenantId: p.tenantId, customerId: p.customerId, type: p.type, amount: p.amount, balanceAfter,
      referenceType: p.referenceType ?? null, referenceId: p.referenceId ?? null, note: p.note ?? null, userId: p.userId ?? null,
    },
  });
}

export type LoyaltyPosting = {
  tenantId: string; customerId: string; type: LoyaltyType; /** signed */ points: number;
  saleId?: string | null; reason?: string | null; userId?: string | null;
};

/**
 * Moves a customer's loyalty points and writes the entry with the points after it (locks the customer first).
 * Points never go below zero: 422 INSUFFICIENT_POINTS.
 */
export async function postLoyaltyEntry(tx: Tx, p: LoyaltyPosting) {
  if (!Number.isSafeInteger(p.points)) throw new DomainError("BAD_REQUEST", "Loyalty points are whole numbers");
  const locked = await lockCustomer(tx, p.tenantId, p.customerId);
  if (!locked) throw notFound("Customer");
  const balanceAfter = locked.loyaltyPoints + p.points;
  if (balanceAfter > MAX_INT) {
    throw new DomainError("UNPROCESSABLE", "The customer's points would be out of range", { code: "POINTS_OUT_OF_RANGE", available: locked.loyaltyPoints, requested: p.points });
  }
  if (balanceAfter < 0) {
    throw new DomainError("UNPROCESSABLE", `The customer has only ${locked.loyaltyPoints} points`, {
      code: "INSUFFICIENT_POINTS", available: locked.loyaltyPoints, requested: -p.points,
    });
  }
  const customer = await tx.posCustomer.update({ where: { id: p.customerId }, data: { loyaltyPoints: balanceAfter } });
  const entry = await tx.posLoyaltyEntry.create({
    data: {
      tenantId: p.tenantId, customerId: p.customerId, type: p.type, points: p.points, balanceAfter,
      saleId: p.saleId ?? null, reason: p.reason ?? null, userId: p.userId ?? null,
    },
  });
  return { customer, entry, before: locked.loyaltyPoints };
}

/**
 * Newest first by insertion order (seq): entries of one customer are written under the customer's row lock, so seq
 * follows the balanceAfter chain even when timestamps tie or a longer transaction started earlier.
 */
const NEWEST_FIRST = [{ seq: "desc" as const }];

async function liveCustomerId(ctx: Context, rawId: string) {
  const id = uuidOf(rawId, "Customer");
  const customer = await ctx.db.posCustomer.findFirst({ where: live(tenantIdOf(ctx), { id }), select: { id: true, loyaltyPoints: true } });
  if (!customer) throw notFound("Customer");
  return customer;
}

/** One page of a customer's ledger, newest first (insertion order, reversed). */
export async function customerLedger(ctx: Context, rawId: string, args: { page?: number | null; limit?: number | null }, query: { select?: object }): Promise<OffsetPage> {
  const tenantId = tenantIdOf(ctx);
  const { id } = await liveCustomerId(ctx, rawId);
  const { page, limit, skip, take } = paged(args);
  const where = { tenantId, customerId: id };
  const [items, total] = await Promise.all([
    ctx.db.posLedgerEntry.findMany({ ...query, where, orderBy: NEWEST_FIRST, skip, take }),
    ctx.db.posLedgerEntry.count({ where }),
  ]);
  return { items, total, page, limit };
}

/** A customer's current points (and what they are worth) and one page of their loyalty history, newest first. */
export async function customerLoyalty(ctx: Context, rawId: string, args: { page?: number | null; limit?: number | null }): Promise<LoyaltyHistory> {
  const tenantId = tenantIdOf(ctx);
  const customer = await liveCustomerId(ctx, rawId);
  const { page, limit, skip, take } = paged(args);
  const where = { tenantId, customerId: customer.id };
  const [entries, total, tenant] = await Promise.all([
    ctx.db.posLoyaltyEntry.findMany({ where, orderBy: NEWEST_FIRST, skip, take }),
    ctx.db.posLoyaltyEntry.count({ where }),
    ctx.db.posTenant.findUnique({ where: { id: tenantId }, select: { settings: true } }),
  ]);
  const program = settingsOf(tenant?.settings).loyalty;
  return {
    customerId: customer.id, points: customer.loyaltyPoints, pointsValue: customer.loyaltyPoints * program.redeemValueCents,
    entries, pagination: { page, limit, total, totalPages: Math.ceil(total / limit) },
  };
}

/** A manual adjustment (signed points, a reason): type ADJUST, refused below zero (422), audited. */
export async function adjustLoyalty(ctx: Context, rawId: string, input: { points: number; reason: string }): Promise<LoyaltyAdjustment> {
  const tenantId = tenantIdOf(ctx);
  const customerId = uuidOf(rawId, "Customer");
  return ctx.db.$transaction(async (tx) => {
    const { customer, entry, before } = await postLoyaltyEntry(tx, {
      tenantId, customerId, type: "ADJUST", points: input.points, reason: input.reason.trim(), userId: userIdOf(ctx),
    });
    await audit(tx, ctx, {
      action: "customer.loyalty-adjust", entityType: "customer", entityId: customerId,
      before: { loyaltyPoints: before }, after: { loyaltyPoints: customer.loyaltyPoints, points: input.points, reason: entry.reason, entryId: entry.id },
    });
    return { customer, points: customer.loyaltyPoints, entry };
  });
}

export async function loyaltyProgram(ctx: Context) {
  const tenant = await ctx.db.posTenant.findUnique({ where: { id: tenantIdOf(ctx) }, select: { settings: true } });
  const settings = settingsOf(tenant?.settings);
  return { ...settings.loyalty, currency: settings.currency };
}
