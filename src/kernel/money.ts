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
