import type { FilterField } from "../../../kernel/list/grammar.ts";

const TRUE = ["1", "true"];
const VALUES = ["1", "0", "true", "false"] as const;

/**
 * A yes/no filter legacy clients write as `filter[x]=1|0|true|false`. Declared as an enum of those spellings because
 * the kernel's `bool` filter input is a GraphQL Boolean, which the REST query string ("1", "true") cannot reach.
 * `where` gets the Prisma where of "yes" or of "no".
 */
export function flagFilter(where: (yes: boolean) => Record<string, unknown>, description?: string): FilterField {
  return {
    kind: "enum",
    values: VALUES,
    description,
    where: (c) => {
      const values = (Array.isArray(c.in) ? c.in : [c.equals]) as string[];
      const yes = values.some((v) => TRUE.includes(v)), no = values.some((v) => !TRUE.includes(v));
      return yes && no ? {} : where(yes);
    },
  };
}
