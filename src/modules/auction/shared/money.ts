import { Prisma } from "../../../../generated/prisma/client.ts";

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;
export const ZERO = new Prisma.Decimal(0);
type Value = Prisma.Decimal | string | number;

/** Sum of decimals, exactly. */
export const sum = (values: Iterable<Value | null | undefined>) => {
  let total = new Prisma.Decimal(0);
  for (const v of values) if (v !== null && v !== undefined) total = total.plus(v);
  return total;
};

/** A percentage of an amount, rounded half-up to cents. */
export const percentOf = (amount: Value, percent: Value) =>
  new Prisma.Decimal(amount).times(percent).dividedBy(100).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);

/** "$1,250.50" for the spec's `formatted` amounts. */
export function formatMoney(value: Value, currency: string): string {
  const d = new Prisma.Decimal(value).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
  const negative = d.isNegative();
  const [whole, frac] = d.abs().toFixed(2).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const symbol = ({ USD: "$", EUR: "€", GBP: "£", ILS: "₪" } as Record<string, string>)[currency] ?? `${currency} `;
  return `${negative ? "-" : ""}${symbol}${grouped}.${frac}`;
}
