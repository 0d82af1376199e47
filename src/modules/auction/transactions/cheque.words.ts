import { Decimal } from "../shared/money.ts";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", "thousand", "million", "billion", "trillion"];

/** 0..999 in words ("two hundred fifty-three"); empty for 0. */
function hundreds(n: number): string {
  const words: string[] = [];
  if (n >= 100) words.push(`${ONES[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : ""));
  else if (rest > 0) words.push(ONES[rest]!);
  return words.join(" ");
}

/** A whole number (as digits, up to 15 of them) in words: "one thousand two hundred fifty". */
export function numberInWords(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  if (!/^\d{1,15}$/.test(trimmed)) throw new Error(`cannot write ${digits} in words`);
  if (/^0+$/.test(trimmed)) return ONES[0]!;
  const groups: number[] = [];
  for (let end = trimmed.length; end > 0; end -= 3) groups.unshift(Number(trimmed.slice(Math.max(0, end - 3), end)));
  return groups
    .map((g, i) => (g ? [hundreds(g), SCALES[groups.length - 1 - i]].filter(Boolean).join(" ") : ""))
    .filter(Boolean)
    .join(" ");
}

/**
 * The amount line of a cheque: "One thousand two hundred fifty and 50/100" (cents as a fraction, as cheques write
 * them). Exact from the decimal, rounded half-up to cents; negative amounts cannot be written on a cheque.
 */
export function amountInWords(amount: Decimal | string): string {
  const d = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (d.isNegative()) throw new Error("a cheque amount cannot be negative");
  const [whole, cents] = d.toFixed(2).split(".");
  const words = numberInWords(whole!);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} and ${cents}/100`;
}
