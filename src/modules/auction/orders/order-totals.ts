import type { Prisma } from "../../../../generated/prisma/client.ts";
import { Decimal, percentOf, sum, ZERO } from "../shared/money.ts";

type Tx = Prisma.TransactionClient;
type Line = { hammerPrice: Decimal; commission: Decimal; taxRate: Decimal };
type Charge = { amount: Decimal; tax: Decimal };
type OrderType = "bidder" | "consignor" | "credit_note" | "transport_invoice";

export type OrderBreakdown = {
  subtotal: Decimal;
  /** buyer's premium (bidder orders, credit notes) or the house commission (consignor statements) */
  commission: Decimal;
  /** VAT on commissions and charges */
  tax: Decimal;
  charges: Decimal;
  grandTotal: Decimal;
};

/** Transaction types that give money back instead of taking it. */
export const REFUND_TYPES = new Set(["Refund"]);

/**
 * An order's totals from its lines and additional charges. Invoices (bidder, credit notes with negative lines,
 * transport invoices) add premium, VAT and charges to the hammer prices; consignor statements pay the hammer
 * prices out less the house commission, its VAT and the charges.
 */
export function breakdown(type: OrderType, lines: readonly Line[], charges: readonly Charge[]): OrderBreakdown {
  const subtotal = sum(lines.map((l) => l.hammerPrice));
  const commission = sum(lines.map((l) => l.commission));
  const chargeTotal = sum(charges.map((c) => c.amount));
  const tax = sum([...lines.map((l) => percentOf(l.commission, l.taxRate)), ...charges.map((c) => percentOf(c.amount, c.tax))]);
  const grandTotal = type === "consignor"
    ? subtotal.minus(commission).minus(tax).minus(chargeTotal)
    : subtotal.plus(commission).plus(tax).plus(chargeTotal);
  return { subtotal, commission, tax, charges: chargeTotal, grandTotal };
}

/** Signed sum of an order's transactions (refunds count negative). */
export function received(transactions: readonly { transactionType: string; amount: Decimal }[]): Decimal {
  return transactions.reduce((acc, t) => (REFUND_TYPES.has(t.transactionType) ? acc.minus(t.amount) : acc.plus(t.amount)), ZERO);
}

/**
 * Recomputes and stores an order's totals (subtotal, grand total, payment received, amount due) inside the caller's
 * transaction: call it after any change to its lines, charges or transactions so the filterable columns stay right.
 */
export async function recalcOrder(tx: Tx, orderId: number): Promise<OrderBreakdown & { paymentReceived: Decimal; amountDue: Decimal }> {
  const order = await tx.auctionOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      type: true,
      lines: { select: { hammerPrice: true, commission: true, taxRate: true } },
      charges: { select: { amount: true, tax: true } },
      transactions: { select: { transactionType: true, amount: true } },
    },
  });
  const totals = breakdown(order.type, order.lines, order.charges);
  const paymentReceived = received(order.transactions);
  const amountDue = totals.grandTotal.minus(paymentReceived);
  await tx.auctionOrder.update({
    where: { id: orderId },
    data: { subtotal: totals.subtotal, grandTotal: totals.grandTotal, paymentReceived, amountDue },
  });
  return { ...totals, paymentReceived, amountDue };
}

/**
 * The order's shipping weight (kg) as the sum of its items' weights, null when none of them is weighed: call it when
 * lines come or go (create, split, reissue); a weight set by hand on the order stays until its lines change.
 */
export async function refreshShippingWeight(tx: Tx, orderId: number): Promise<Decimal | null> {
  const { _sum, _count } = await tx.auctionItemDimension.aggregate({
    where: { weight: { not: null }, item: { orderLines: { some: { orderId } } } },
    _sum: { weight: true },
    _count: { weight: true },
  });
  const weight = _count.weight ? _sum.weight : null;
  await tx.auctionOrder.update({ where: { id: orderId }, data: { shippingWeight: weight } });
  return weight;
}

export { Decimal };
