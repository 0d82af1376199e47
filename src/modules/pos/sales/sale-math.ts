/**
 * Sale arithmetic in integer cents. Products of amounts and rates go through BigInt (a price times a quantity times
 * basis points can pass 2^53); every division rounds half up, once per line.
 */

/** round(a × b / c) half up, for a, b ≥ 0 and c > 0. */
export function mulDiv(a: number, b: number, c: number): number {
  if (c <= 0) throw new Error("mulDiv: divisor must be positive");
  const n = BigInt(a) * BigInt(b) * 2n + BigInt(c);
  return Number(n / (BigInt(c) * 2n));
}

/** floor(a × b / c) for a, b ≥ 0 and c > 0. */
export function mulDivFloor(a: number, b: number, c: number): number {
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/**
 * Splits `amount` over `weights` proportionally (largest remainder): the shares add up to `amount` exactly and each
 * is within one cent of its exact proportion. All weights 0: nothing is split (every share 0).
 */
export function allocate(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (amount === 0 || sum === 0) return weights.map(() => 0);
  const big = weights.map((w) => BigInt(amount) * BigInt(w));
  const shares = big.map((b) => Number(b / BigInt(sum)));
  const rest = big.map((b, i) => ({ i, r: Number(b % BigInt(sum)) })).sort((x, y) => y.r - x.r || x.i - y.i);
  let left = amount - shares.reduce((s, v) => s + v, 0);
  for (const { i } of rest) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

export type PricedLine = { unitPrice: number; quantity: number; lineDiscount: number; taxRate: number };
export type LineFigures = { gross: number; discount: number; taxAmount: number; lineTotal: number };
export type SaleFigures = { lines: LineFigures[]; subtotal: number; discountTotal: number; taxTotal: number; total: number; groupDiscount: number };

/**
 * Prices a basket: gross per line (unit price × quantity) less its own discount; the sale-level discount and then the
 * customer group's percentage (basis points of what is left) are spread over the lines in proportion to their net
 * amounts; tax per line on the discounted amount at the line's rate (basis points), added on top or, with
 * tax-inclusive prices, extracted from it (tax = amount × rate / (10000 + rate)). A line's `discount` is its own plus
 * its share of the sale-level discounts, so `lineTotal = gross − discount (+ tax when exclusive)`.
 * Throws RangeError when a discount exceeds what it discounts.
 */
export function priceSale(lines: PricedLine[], saleDiscount: number, groupBps: number, taxInclusive: boolean): SaleFigures {
  const gross = lines.map((l) => l.unitPrice * l.quantity);
  const net = lines.map((l, i) => {
    if (l.lineDiscount > gross[i]!) throw new RangeError(`line ${i + 1}: the discount exceeds the line amount`);
    return gross[i]! - l.lineDiscount;
  });
  const netSum = net.reduce((s, v) => s + v, 0);
  if (saleDiscount > netSum) throw new RangeError("the sale discount exceeds the sale amount");
  const groupDiscount = groupBps > 0 ? mulDiv(netSum - saleDiscount, groupBps, 10_000) : 0;
  const shares = allocate(saleDiscount + groupDiscount, net);
  const figures = lines.map((l, i): LineFigures => {
    const base = net[i]! - shares[i]!;
    const taxAmount = l.taxRate <= 0 ? 0 : taxInclusive ? mulDiv(base, l.taxRate, 10_000 + l.taxRate) : mulDiv(base, l.taxRate, 10_000);
    return { gross: gross[i]!, discount: l.lineDiscount + shares[i]!, taxAmount, lineTotal: taxInclusive ? base : base + taxAmount };
  });
  const subtotal = gross.reduce((s, v) => s + v, 0);
  const discountTotal = figures.reduce((s, f) => s + f.discount, 0);
  const taxTotal = figures.reduce((s, f) => s + f.taxAmount, 0);
  const total = figures.reduce((s, f) => s + f.lineTotal, 0);
  return { lines: figures, subtotal, discountTotal, taxTotal, total, groupDiscount };
}

/**
 * The amount of `returned` of `quantity` units of a line worth `lineTotal`, cumulative so that partial returns add up
 * to the line total exactly when everything came back: the refund of a return is amountOf(before + now) − amountOf(before).
 */
export const returnedAmount = (lineTotal: number, quantity: number, returned: number) => mulDiv(lineTotal, returned, quantity);
