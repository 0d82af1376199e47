import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const TRUE = new Set([true, 1, "1", "true"]);
const FALSE = new Set([false, 0, "0", "false"]);
const parse = (value: unknown): boolean => {
  if (TRUE.has(value as never)) return true;
  if (FALSE.has(value as never)) return false;
  throw new GraphQLError("Flag must be true/false, 1/0 or \"1\"/\"0\"");
};

/** A boolean that legacy clients may also send as 1/0 or "1"/"0" (auction's documented boolean forms). */
export const FlagScalar = new GraphQLScalarType<boolean, boolean>({
  name: "Flag",
  description: "A boolean; input also accepts 1/0 and \"1\"/\"0\".",
  // sofa passes query-string values through serialize: "0" must stay false
  serialize: (v) => (typeof v === "string" || typeof v === "number" ? parse(v) : Boolean(v)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.BOOLEAN) return ast.value;
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError("Flag must be a boolean");
  },
});
