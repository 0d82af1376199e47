import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/** ₹12.50 → 1250: exact for inputs with at most two decimals (rejects 12.345 instead of rounding it away). */
export function toMinor(major: number): number {
  const minor = Math.round(major * 100);
  if (!Number.isFinite(major) || Math.abs(minor - major * 100) > 1e-6) throw new Error("must be an amount with at most 2 decimals");
  if (!Number.isSafeInteger(minor)) throw new Error("amount out of range");
  return minor;
}
export const toMajor = (minor: number) => minor / 100;
/** "12.50" for texts (mails, CSV): two decimals always. */
export const formatMajor = (minor: number) => (minor / 100).toFixed(2);

const parse = (value: unknown) => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number") throw new GraphQLError("Amount must be a number");
  try { return toMinor(n); } catch (error) { throw new GraphQLError(`Amount ${(error as Error).message}`); }
};

/**
 * Money at the edge as a JSON number in major units with up to two decimals (print: rupees, `25.00` → `25`),
 * and inside the process and the database as integer minor units: resolvers read and write paise, never floats.
 */
export const AmountScalar = new GraphQLScalarType<number, number>({
  name: "Amount",
  description: "A money amount in major units with at most two decimals (e.g. rupees: 25.5 = ₹25.50); integer minor units inside.",
  serialize: (minor) => {
    if (typeof minor !== "number" || !Number.isInteger(minor)) throw new GraphQLError("Amount must be serialized from integer minor units");
    return toMajor(minor);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT && ast.kind !== Kind.STRING) throw new GraphQLError("Amount must be a number");
    return parse(ast.kind === Kind.STRING ? ast.value : Number(ast.value));
  },
});

const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;
const parseMoney = (value: unknown): string => {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "string" ? value.trim() : undefined;
  if (text === undefined || !DECIMAL.test(text)) throw new GraphQLError("Money must be a decimal amount with at most 2 decimals, e.g. \"1250.50\"");
  return text;
};

/**
 * Money as a decimal string with two decimals (`"1250.50"`), for systems that store `Decimal` columns (auction):
 * exact end to end, never a float. Input takes a string or a number with at most two decimals.
 */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: "Money",
  description: "A money amount as a decimal string with two decimals, e.g. \"1250.50\".",
  serialize: (value) => {
    if (value === null || value === undefined) throw new GraphQLError("Money cannot be null");
    const v = value as { toFixed?: (d: number) => string };
    if (typeof v.toFixed === "function") return v.toFixed(2);
    if (typeof value === "string" && DECIMAL.test(value)) return formatDecimal(value);
    throw new GraphQLError("Money must be serialized from a Decimal");
  },
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT && ast.kind !== Kind.STRING) throw new GraphQLError("Money must be a decimal string");
    return parseMoney(ast.value);
  },
});

/** "12.5" → "12.50" without going through a float. */
function formatDecimal(text: string): string {
  const [whole, frac = ""] = text.split(".");
  return `${whole}.${(frac + "00").slice(0, 2)}`;
}
