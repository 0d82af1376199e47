import type { Context } from "../../../kernel/context.ts";
import { DomainError, notFound } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { moveStock } from "../shared/stock.ts";
import { tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { lockCustomer, postLedger, postLoyalty } from "./customer-account.ts";
import { tenantSettings, TX_OPTIONS } from "./sale-access.ts";

const HOUR = 3_600_000;

/** Whether a sale made at `createdAt` may still be voided: within `hours`, or the same UTC calendar day when 0. */
export function withinVoidWindow(createdAt: Date, hours: number, now = new Date()): boolean {
  if (hours === 0) return createdAt.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return now.getTime() - createdAt.getTime() <= hours * HOUR;
}

/**
 * Voids a COMPLETED sale (never one with returns) within the tenant's void window, in one transaction: the status
 * flips first with a conditional update (of two concurrent voids one wins, the other finds it VOIDED: 422), then
 * every line is restocked (VOID movements), every sale payment reversed (VOID_REVERSAL, negative), the due taken off
 * the customer's balance (ledger VOID) and the points reversed (earned removed, redeemed given back: loyalty VOID).
 */
export async function voidSale(ctx: Context, rawId: string, reason: string): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const id = uuidOf(rawId, "Sale");
  const settings = await tenantSettings(ctx, tenantId);
  await ctx.db.$transaction(async (tx) => {
    const sale = await tx.posSale.findFirst({ where: { id, tenantId }, include: { lines: true, payments: true } });
    if (!sale) throw notFound("Sale");
    if (sale.status !== "COMPLETED") {
      throw new DomainError("UNPROCESSABLE", `Only completed sales without returns can be voided (this one is ${sale.status})`, { code: "INVALID_STATUS", status: sale.status });
    }
    if (!withinVoidWindow(sale.createdAt, settings.voidWindowHours)) {
      throw new DomainError("UNPROCESSABLE", settings.voidWindowHours === 0
        ? "Sales can only be voided on the day they were made"
        : `Sales can only be voided within ${settings.voidWindowHours} hours`, { code: "VOID_WINDOW_EXPIRED", voidWindowHours: settings.voidWindowHours });
    }
    const now = new Date();
    const flipped = await tx.posSale.updateMany({
      where: { id, tenantId, status: "COMPLETED" },
      data: { status: "VOIDED", voidReason: reason, voidedAt: now, voidedById: userId },
    });
    if (flipped.count !== 1) throw new DomainError("UNPROCESSABLE", "The sale was voided or returned meanwhile", { code: "INVALID_STATUS" });

    const customer = sale.customerId ? await lockCustomer(tx, tenantId, sale.customerId, { includeDeleted: true }) : null;

    const products = await tx.posProduct.findMany({ where: { id: { in: [...new Set(sale.lines.map((l) => l.productId))] } }, select: { id: true, trackStock: true } });
    const tracked = new Set(products.filter((p) => p.trackStock).map((p) => p.id));
    const lines = sale.lines.filter((l) => tracked.has(l.productId) && l.quantity - l.returnedQuantity > 0)
      .sort((a, b) => a.productId.localeCompare(b.productId) || (a.variantId ?? "").localeCompare(b.variantId ?? ""));
    for (const l of lines) {
      await moveStock(tx, {
        tenantId, storeId: sale.storeId, productId: l.productId, variantId: l.variantId, change: l.quantity - l.returnedQuantity,
        type: "VOID", reason, referenceType: "sale", referenceId: sale.id, userId, allowNegative: true,
      });
    }

    const reversals = sale.payments.filter((p) => p.kind === "SALE" && p.amount !== 0);
    if (reversals.length) {
      await tx.posPayment.createMany({
        data: reversals.map((p) => ({
          tenantId, storeId: sale.storeId, saleId: sale.id, customerId: sale.customerId, method: p.method, kind: "VOID_REVERSAL" as const,
          amount: -p.amount, reference: p.reference, userId,
        })),
      });
    }

    if (customer) {
      const ref = { referenceType: "sale", referenceId: sale.id, userId };
      if (sale.dueAmount > 0) await postLedger(tx, customer, "VOID", -sale.dueAmount, { ...ref, note: `Sale ${sale.number} voided: ${reason}` });
      if (sale.pointsEarned > 0) await postLoyalty(tx, customer, "VOID", -sale.pointsEarned, { saleId: sale.id, userId, reason: `Sale ${sale.number} voided: earned points removed` });
      if (sale.pointsRedeemed > 0) await postLoyalty(tx, customer, "VOID", sale.pointsRedeemed, { saleId: sale.id, userId, reason: `Sale ${sale.number} voided: redeemed points restored` });
    }
    await audit(tx, ctx, {
      action: "sale.void", entityType: "PosSale", entityId: sale.id,
      before: { status: sale.status }, after: { status: "VOIDED", voidReason: reason, voidedAt: now },
    });
  }, TX_OPTIONS);
  return id;
}
