import { randomUUID } from "node:crypto";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, forbidden } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { nextNumber } from "../shared/sequence.ts";
import { moveStock } from "../shared/stock.ts";
import { tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { lockCustomer, postLedger, postLoyalty, type LockedCustomer } from "./customer-account.ts";
import type { PaymentMethod } from "./enums.ts";
import { isManager, tenantSettings, TX_OPTIONS, workingStore } from "./sale-access.ts";
import { publishSaleCreated } from "./sale-events.ts";
import { priceSale } from "./sale-math.ts";

export type CheckoutLineInput = { productId: string; variantId?: string | null; quantity: number; unitPrice?: number | null; discount?: number | null };
export type CheckoutPaymentInput = { method: PaymentMethod; amount: number; reference?: string | null };
export type CheckoutInput = {
  storeId: string; customerId?: string | null; lines: CheckoutLineInput[]; discount?: number | null;
  payments?: CheckoutPaymentInput[] | null; redeemPoints?: number | null; note?: string | null;
};

/** sale amounts live in 32-bit cent columns */
const MAX_CENTS = 2_147_483_647;

const unprocessable = (message: string, code: string, details: Record<string, unknown> = {}) =>
  new DomainError("UNPROCESSABLE", message, { code, ...details });

type Catalogued = {
  productId: string; variantId: string | null; name: string; sku: string; price: number; cost: number;
  taxRate: number | null; trackStock: boolean;
};

/** The catalogue rows of the basket (tenant's, live, active), one query for products and one for variants. */
async function catalogue(ctx: Context, tenantId: string, lines: CheckoutLineInput[]): Promise<Catalogued[]> {
  const productIds = [...new Set(lines.map((l) => uuidOf(l.productId, "Product")))];
  const variantIds = [...new Set(lines.filter((l) => l.variantId).map((l) => uuidOf(l.variantId, "Variant")))];
  const [products, variants] = await Promise.all([
    ctx.db.posProduct.findMany({
      where: { tenantId, id: { in: productIds }, deletedAt: null },
      select: { id: true, name: true, sku: true, price: true, cost: true, taxRate: true, trackStock: true, isActive: true },
    }),
    variantIds.length
      ? ctx.db.posVariant.findMany({ where: { tenantId, id: { in: variantIds }, deletedAt: null }, select: { id: true, productId: true, name: true, sku: true, price: true, cost: true } })
      : Promise.resolve([]),
  ]);
  const productById = new Map(products.map((p) => [p.id, p]));
  const variantById = new Map(variants.map((v) => [v.id, v]));
  return lines.map((l, i) => {
    const product = productById.get(l.productId.toLowerCase());
    if (!product) throw new DomainError("NOT_FOUND", "Product not found", { line: i + 1, productId: l.productId });
    if (!product.isActive) throw unprocessable(`Product ${product.sku} is not for sale (inactive)`, "PRODUCT_INACTIVE", { line: i + 1, productId: product.id });
    const variant = l.variantId ? variantById.get(l.variantId.toLowerCase()) : undefined;
    if (l.variantId && (!variant || variant.productId !== product.id)) {
      throw new DomainError("NOT_FOUND", "Variant not found", { line: i + 1, productId: product.id, variantId: l.variantId });
    }
    return {
      productId: product.id, variantId: variant?.id ?? null,
      name: variant ? `${product.name} (${variant.name})` : product.name, sku: variant?.sku ?? product.sku,
      price: variant?.price ?? product.price, cost: variant?.cost ?? product.cost,
      taxRate: product.taxRate, trackStock: product.trackStock,
    };
  });
}

/** How the tendered payments settle the total: money kept per payment (cash net of change), change, due. */
export function settle(total: number, payments: CheckoutPaymentInput[]) {
  const money = payments.filter((p) => p.method !== "CREDIT");
  const credit = payments.filter((p) => p.method === "CREDIT").reduce((s, p) => s + p.amount, 0);
  const nonCash = money.filter((p) => p.method !== "CASH").reduce((s, p) => s + p.amount, 0);
  const tendered = money.reduce((s, p) => s + p.amount, 0);
  if (nonCash > total) throw unprocessable("Only cash may exceed the total (card, transfer and mobile payments cannot give change)", "OVERPAYMENT", { total: total / 100, nonCash: nonCash / 100 });
  const change = Math.max(0, tendered - total);
  if (change > 0 && credit > 0) throw unprocessable("A sale paid in full cannot also go on credit", "OVERPAYMENT", { total: total / 100, tendered: tendered / 100, credit: credit / 100 });
  if (tendered + credit > total && credit > 0) throw unprocessable("Credit exceeds what is left to pay", "OVERPAYMENT", { total: total / 100, tendered: tendered / 100, credit: credit / 100 });
  // change comes out of the cash payments, the last one first: payments record the money kept
  const kept = money.map((p) => ({ ...p }));
  let left = change;
  for (let i = kept.length - 1; i >= 0 && left > 0; i--) {
    if (kept[i]!.method !== "CASH") continue;
    const take = Math.min(left, kept[i]!.amount);
    kept[i]!.amount -= take;
    left -= take;
  }
  const paid = tendered - change;
  return { payments: kept.filter((p) => p.amount > 0), change, paid, due: total - paid };
}

/**
 * Rings up a sale in one transaction: catalogue prices (overrides for ADMIN/MANAGER only), discounts, group discount,
 * tax, redeemed points, payments and due, stock per line, ledger and loyalty entries, the receipt number. Locks are
 * taken in one order (customer, stock rows by product, the tenant's sale sequence) so concurrent checkouts never
 * deadlock; the last unit of a product goes to exactly one of them.
 */
export async function checkout(ctx: Context, input: CheckoutInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  if (input.lines.some((l) => l.unitPrice != null) && !isManager(ctx)) throw forbidden("Only an ADMIN or MANAGER may override prices");
  const [store, settings] = await Promise.all([workingStore(ctx, input.storeId), tenantSettings(ctx, tenantId)]);
  if (!store.isActive) throw unprocessable("The store is inactive", "STORE_INACTIVE", { storeId: store.id });
  const customerId = input.customerId ? uuidOf(input.customerId, "Customer") : null;
  const items = await catalogue(ctx, tenantId, input.lines);
  const payments = input.payments ?? [];
  const redeem = input.redeemPoints ?? 0;
  const saleId = randomUUID();

  const sale = await ctx.db.$transaction(async (tx) => {
    let customer: LockedCustomer | null = null;
    let groupBps = 0;
    if (customerId) {
      customer = await lockCustomer(tx, tenantId, customerId);
      if (customer.groupId) {
        const group = await tx.posCustomerGroup.findFirst({ where: { id: customer.groupId, tenantId }, select: { discountPercent: true } });
        groupBps = group?.discountPercent ?? 0;
      }
    }

    let figures;
    try {
      figures = priceSale(
        items.map((it, i) => ({
          unitPrice: input.lines[i]!.unitPrice ?? it.price, quantity: input.lines[i]!.quantity,
          lineDiscount: input.lines[i]!.discount ?? 0, taxRate: it.taxRate ?? settings.defaultTaxRate,
        })),
        input.discount ?? 0, groupBps, settings.taxInclusive,
      );
    } catch (error) {
      if (error instanceof RangeError) throw unprocessable(`Invalid discount: ${error.message}`, "INVALID_DISCOUNT");
      throw error;
    }

    // loyalty redemption pays part of the total
    let pointsValue = 0;
    if (redeem > 0) {
      if (!settings.loyalty.enabled) throw unprocessable("The loyalty program is disabled", "LOYALTY_DISABLED");
      if (!customer) throw unprocessable("Redeeming points needs a customer", "CUSTOMER_REQUIRED");
      if (redeem < settings.loyalty.minRedeemPoints) {
        throw unprocessable(`At least ${settings.loyalty.minRedeemPoints} points must be redeemed at once`, "POINTS_BELOW_MINIMUM", { minRedeemPoints: settings.loyalty.minRedeemPoints });
      }
      if (redeem > customer.loyaltyPoints) throw unprocessable("The customer does not have that many points", "INSUFFICIENT_POINTS", { available: customer.loyaltyPoints });
      pointsValue = redeem * settings.loyalty.redeemValueCents;
      if (pointsValue > figures.total) throw unprocessable("The points are worth more than the sale", "POINTS_EXCEED_TOTAL", { pointsValue: pointsValue / 100, total: figures.total / 100 });
    }
    const total = figures.total - pointsValue;
    const tendered = payments.reduce((s, p) => s + p.amount, 0);
    if ([figures.subtotal, figures.total, tendered, ...figures.lines.map((l) => Math.max(l.gross, l.lineTotal))].some((v) => v > MAX_CENTS)) {
      throw unprocessable("The sale amounts are too large", "AMOUNT_TOO_LARGE", { max: MAX_CENTS / 100 });
    }

    const settled = settle(total, payments);
    if (settled.due > 0) {
      if (!customer) throw unprocessable("The payments do not cover the total (credit needs a customer)", "PAYMENT_INSUFFICIENT", { total: total / 100, paid: settled.paid / 100 });
      if (customer.balance + settled.due > customer.creditLimit) {
        throw unprocessable("The customer's credit limit would be exceeded", "CREDIT_LIMIT_EXCEEDED", {
          creditLimit: customer.creditLimit / 100, balance: customer.balance / 100, due: settled.due / 100,
        });
      }
    }
    const pointsEarned = customer && settings.loyalty.enabled ? Math.floor(settled.paid / 100) * settings.loyalty.pointsPerUnit : 0;

    // stock, in one lock order (product, variant) whatever the basket order
    const moves = items.map((it, i) => ({ it, quantity: input.lines[i]!.quantity })).filter((m) => m.it.trackStock)
      .sort((a, b) => a.it.productId.localeCompare(b.it.productId) || (a.it.variantId ?? "").localeCompare(b.it.variantId ?? ""));
    for (const m of moves) {
      await moveStock(tx, {
        tenantId, storeId: store.id, productId: m.it.productId, variantId: m.it.variantId, change: -m.quantity, type: "SALE",
        referenceType: "sale", referenceId: saleId, userId, allowNegative: settings.allowNegativeStock,
      });
    }

    const number = await nextNumber(tx, tenantId, "sale", settings.receiptPrefix);
    const created = await tx.posSale.create({
      data: {
        id: saleId, tenantId, storeId: store.id, number, cashierId: userId, customerId: customer?.id ?? null, status: "COMPLETED",
        subtotal: figures.subtotal, discountTotal: figures.discountTotal, taxTotal: figures.taxTotal, total,
        paidTotal: settled.paid, dueAmount: settled.due, changeAmount: settled.change,
        pointsEarned, pointsRedeemed: redeem, pointsValue, note: input.note ?? null,
        lines: {
          create: items.map((it, i) => ({
            productId: it.productId, variantId: it.variantId, name: it.name, sku: it.sku, position: i,
            quantity: input.lines[i]!.quantity, unitPrice: input.lines[i]!.unitPrice ?? it.price, unitCost: it.cost,
            discount: figures.lines[i]!.discount, taxRate: it.taxRate ?? settings.defaultTaxRate,
            taxAmount: figures.lines[i]!.taxAmount, lineTotal: figures.lines[i]!.lineTotal,
          })),
        },
        payments: {
          create: settled.payments.map((p) => ({
            tenantId, storeId: store.id, customerId: customer?.id ?? null, method: p.method, kind: "SALE" as const,
            amount: p.amount, reference: p.reference ?? null, userId,
          })),
        },
      },
      include: { lines: true, payments: true },
    });

    if (customer) {
      const ref = { referenceType: "sale", referenceId: saleId, userId };
      if (settled.due > 0) await postLedger(tx, customer, "SALE", settled.due, { ...ref, note: `Sale ${number} on credit` });
      if (redeem > 0) await postLoyalty(tx, customer, "REDEEM", -redeem, { saleId, userId, reason: `Redeemed on sale ${number}` });
      if (pointsEarned > 0) await postLoyalty(tx, customer, "EARN", pointsEarned, { saleId, userId, reason: `Earned on sale ${number}` });
    }
    await audit(tx, ctx, { action: "sale.checkout", entityType: "PosSale", entityId: saleId, after: created });
    return created;
  }, TX_OPTIONS);

  publishSaleCreated(ctx, {
    saleId: sale.id, number: sale.number, storeId: sale.storeId, cashierId: sale.cashierId, customerId: sale.customerId,
    total: sale.total, itemCount: sale.lines.reduce((n, l) => n + l.quantity, 0), createdAt: sale.createdAt,
  });
  return sale.id;
}
