import { badRequest } from "../errors.ts";
import { camel, type ListGrammar } from "./grammar.ts";
import { parseSort, type Condition } from "./where.ts";

type Raw = string | string[] | { [key: string]: Raw } | undefined;

const bad = (path: string, message: string) => badRequest(`Invalid query parameter '${path}': ${message}`, { fields: [{ path, message }] });

/**
 * The datatable query grammar of a legacy list (`range`, `page`, `sort`, `filter[...]`, `global_search`), already
 * parsed by `qs`, as the typed arguments of the GraphQL list field. Unknown filter or sort fields are refused.
 *
 *   filter[f]=v                                   eq (text fields: regex search)
 *   filter[f][0]=a&filter[f][1]=b                 IN
 *   filter[f][value][0..n]=…&[operator]=IN        IN (NOT IN)
 *   filter[f][value][from]=…&filter[f][value][to]=…  range (also [operator]=BETWEEN with value[0], value[1])
 *   filter[f][value]=…&[operator]=REGEXP|LIKE|=|<>|>=|<=|>|<
 */
export function legacyListArgs(grammar: ListGrammar, query: Record<string, Raw>) {
  const args: Record<string, unknown> = {};
  const int = (key: string) => {
    const raw = query[key];
    if (raw === undefined || raw === "") return undefined;
    if (typeof raw !== "string" || !/^-?\d{1,9}$/.test(raw)) throw bad(key, "must be an integer");
    return Number(raw);
  };
  args.range = int("range");
  args.page = int("page");
  if (query.sort !== undefined && query.sort !== "") {
    if (typeof query.sort !== "string") throw bad("sort", "must be a comma-separated list of fields");
    args.sort = parseSort(query.sort).map(({ field, desc }) => {
      if (!(field in grammar.sorts)) throw badRequest(`Unknown sort field '${field}'`, { fields: [{ path: "sort", message: `cannot sort by '${field}'` }] });
      return { field: camel(field), desc };
    });
  }
  const search = query.global_search;
  if (search !== undefined) {
    if (typeof search !== "string") throw bad("global_search", "must be text");
    args.globalSearch = search;
  }
  if (query.filter !== undefined) {
    if (typeof query.filter !== "object" || Array.isArray(query.filter)) throw bad("filter", "use filter[field]=value");
    const filter: Record<string, Condition> = {};
    for (const [name, raw] of Object.entries(query.filter)) {
      const field = grammar.filters[name];
      if (!field) throw badRequest(`Unknown filter field '${name}'`, { fields: [{ path: `filter[${name}]`, message: "unknown filter field" }] });
      filter[camel(name)] = conditionOf(`filter[${name}]`, field.kind, raw);
    }
    args.filter = filter;
  }
  return args;
}

function conditionOf(path: string, kind: string, raw: Raw): Condition {
  const plain = (value: string): Condition => (kind === "text" ? { regexp: value } : { eq: value });
  if (typeof raw === "string") return plain(raw);
  if (Array.isArray(raw)) return { in: strings(path, raw) };
  if (!raw || typeof raw !== "object") throw bad(path, "missing value");
  const operator = typeof raw.operator === "string" ? raw.operator.trim().toUpperCase() : undefined;
  if (raw.operator !== undefined && typeof raw.operator !== "string") throw bad(`${path}[operator]`, "must be text");
  const value = raw.value;
  if (value === undefined) throw bad(`${path}[value]`, "is required");
  if (typeof value === "string") {
    switch (operator) {
      case undefined: case "=": case "EQ": case "==": return plain(value);
      case "IN": return { in: [value] };
      case "NOT IN": return { notIn: [value] };
      case "<>": case "!=": return { ne: value };
      case "LIKE": case "CONTAINS": return { contains: value.replace(/^%|%$/g, "") };
      case "REGEXP": return { regexp: value };
      case ">=": return { from: value };
      case "<=": return { to: value };
      default: throw bad(`${path}[operator]`, `unsupported operator '${raw.operator}'`);
    }
  }
  if (Array.isArray(value)) {
    const values = strings(`${path}[value]`, value);
    if (operator === "BETWEEN") {
      if (values.length !== 2) throw bad(`${path}[value]`, "BETWEEN takes two values");
      return { from: values[0], to: values[1] };
    }
    if (operator === "NOT IN") return { notIn: values };
    if (operator === undefined || operator === "IN") return { in: values };
    throw bad(`${path}[operator]`, `'${raw.operator}' does not take a list of values`);
  }
  if (typeof value === "object") {
    const { from, to, ...rest } = value as Record<string, Raw>;
    if (Object.keys(rest).length === 0 && (from !== undefined || to !== undefined)) {
      if ((from !== undefined && typeof from !== "string") || (to !== undefined && typeof to !== "string")) throw bad(`${path}[value]`, "from/to must be single values");
      return { from: from || undefined, to: to || undefined };
    }
    // qs keeps sparse indexes (value[0], value[5]) as an object: read it as the list it is
    if (Object.keys(value).every((k) => /^\d+$/.test(k))) return conditionOf(path, kind, { ...raw, value: Object.values(value) as Raw });
  }
  throw bad(`${path}[value]`, "use a value, value[0..n] or value[from]/value[to]");
}

function strings(path: string, values: Raw[]): string[] {
  if (values.length > 1000) throw bad(path, "at most 1000 values");
  return values.map((v) => {
    if (typeof v !== "string") throw bad(path, "values must be scalars");
    return v;
  });
}
