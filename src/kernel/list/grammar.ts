/**
 * A list grammar: what a legacy "datatable" list lets a client filter, sort and search, declared once per entity.
 * The same declaration gives GraphQL its typed filter/sort inputs, the REST layer its query-string translation
 * (`filter[f][value][0]=…&filter[f][operator]=IN`) and the resolver its Prisma `where`/`orderBy`.
 */

/** How a field filters: the operators it accepts and how its values are read. */
export type FilterKind =
  /** free text: a plain value is a case-insensitive regex search (contains when it has no regex syntax) */
  | "text"
  /** a code compared exactly (country, uuid, customer number) */
  | "exact"
  /** a numeric id shown as a string ("123") */
  | "id"
  /** one of `values` */
  | "enum"
  /** a decimal: exact, IN, or a from/to range */
  | "number"
  /** a date or timestamp: exact day or a from/to range (a date-only `to` includes that whole day) */
  | "date"
  | "bool";

type Where = Record<string, unknown>;

export type FilterField = {
  kind: FilterKind;
  /** Prisma field (dotted for a to-one relation: `sale.label`) the condition applies to; default: the filter's name in camelCase. */
  column?: string;
  /** For conditions a column path cannot express (to-many relations, arrays): the Prisma where of one condition. */
  where?: (condition: Where) => Where;
  values?: readonly string[];
  /** exact: the column is a UUID (other values are a 400 naming the filter, not a database error) */
  uuid?: boolean;
  /** number: the column is an integer (values must be whole numbers, passed as numbers) */
  integer?: boolean;
  /** text: SQL returning the ids whose value matches `$1` case-insensitively (true REGEXP beyond `contains`). */
  regexSql?: string;
  description?: string;
};

export type SortField = string | ((direction: "asc" | "desc") => Where | Where[]);

export type ListGrammar = {
  /** GraphQL name prefix: `AuctionClient` gives `AuctionClientFilter`, `AuctionClientSortField`. */
  name: string;
  /** The database table (for the default regex SQL of a direct text column). */
  table?: string;
  filters: Record<string, FilterField>;
  sorts: Record<string, SortField>;
  /** Prisma fields (dotted for to-one relations) `global_search` looks in, case-insensitively. */
  search?: string[];
  /** Legacy sort expression used when none is given, e.g. `-updated`. */
  defaultSort: string;
  /** Page size when `range` is absent, and the largest one allowed (bigger is capped). */
  defaultRange?: number;
  maxRange?: number;
};

export function defineGrammar<G extends ListGrammar>(grammar: G): G {
  for (const [name, field] of Object.entries(grammar.filters)) {
    if (field.kind === "enum" && !field.values?.length) throw new Error(`${grammar.name}: enum filter ${name} needs values`);
  }
  return grammar;
}

export const DEFAULT_RANGE = 25;
export const MAX_RANGE = 500;

export const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
