import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";

type Method = "CASH" | "CARD" | "CREDIT" | "BANK_TRANSFER" | "MOBILE";
type Kind = "SALE" | "DUE_COLLECTION" | "REFUND" | "VOID_REVERSAL";
export type SaleLineRow = { productId: string; variantId?: string; quantity: number; unitPrice: number; unitCost?: number; discount?: number; taxAmount?: number; returnedQuantity?: number };

/**
 * A sale written directly (checkout is tested by its own area): totals follow from the lines — subtotal Σ qty × price,
 * discounts Σ line discounts, tax Σ line tax, total = subtotal − discounts + tax, lineTotal = qty × price − discount + tax.
 * Amounts in cents.
 */
export async function posSaleRow(app: TestApp, s: {
  tenantId: string; storeId: string; cashierId: string; customerId?: string; createdAt?: Date;
  status?: "COMPLETED" | "PARTIALLY_RETURNED" | "RETURNED" | "VOIDED"; refundedTotal?: number;
  lines: SaleLineRow[]; payments?: { method: Method; amount: number; kind?: Kind }[];
}) {
  const lines = s.lines.map((l) => ({
    productId: l.productId, variantId: l.variantId ?? null, name: "Line", sku: "SKU", quantity: l.quantity, unitPrice: l.unitPrice,
    unitCost: l.unitCost ?? 0, discount: l.discount ?? 0, taxAmount: l.taxAmount ?? 0, returnedQuantity: l.returnedQuantity ?? 0,
    lineTotal: l.quantity * l.unitPrice - (l.discount ?? 0) + (l.taxAmount ?? 0),
  }));
  const subtotal = lines.reduce((a, l) => a + l.quantity * l.unitPrice, 0);
  const discountTotal = lines.reduce((a, l) => a + l.discount, 0);
  const taxTotal = lines.reduce((a, l) => a + l.taxAmount, 0);
  const total = subtotal - discountTotal + taxTotal;
  const createdAt = s.createdAt ?? new Date();
  const sale = await app.services.db.posSale.create({
    data: {
      tenantId: s.tenantId, storeId: s.storeId, cashierId: s.cashierId, customerId: s.customerId ?? null, number: unique("S"),
      status: s.status ?? "COMPLETED", subtotal, discountTotal, taxTotal, total, paidTotal: total, refundedTotal: s.refundedTotal ?? 0,
      createdAt, voidedAt: s.status === "VOIDED" ? createdAt : null, lines: { create: lines },
    },
  });
  for (const p of s.payments ?? []) {
    await app.services.db.posPayment.create({
      data: { tenantId: s.tenantId, storeId: s.storeId, saleId: sale.id, method: p.method, kind: p.kind ?? "SALE", amount: p.amount, createdAt },
    });
  }
  return sale;
}

/** A stock row written directly (variantKey follows the variant). */
export function posStockRow(app: TestApp, r: { tenantId: string; storeId: string; productId: string; variantId?: string; quantity: number; lowStockThreshold?: number }) {
  return app.services.db.posStock.create({
    data: { tenantId: r.tenantId, storeId: r.storeId, productId: r.productId, variantId: r.variantId ?? null, variantKey: r.variantId ?? "", quantity: r.quantity, lowStockThreshold: r.lowStockThreshold ?? 0 },
  });
}
