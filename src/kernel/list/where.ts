import { badRequest } from "../errors.ts";
import type { Db } from "../db/prisma.ts";
import { camel, DEFAULT_RANGE, MAX_RANGE, type FilterField, type ListGrammar } from "./grammar.ts";

/** One field's condition as GraphQL clients type it (the REST layer translates the legacy operators into it). */
export type Condition = {
  eq?: string | boolean | null;
  ne?: string | null;
  in?: readonly string[] | null;
  notIn?: readonly string[] | null;
  contains?: string | null;
  regexp?: string | null;
  from?: string | null;
  to?: string | null;
};
export type ListArgs = {
  filter?: Record<string, Condition | null | undefined> | null;
  sort?: readonly { field: string; desc?: boolean | null }[] | null;
  range?: number | null;
  page?: number | null;
  globalSearch?: string | null;
};
type Where = Record<string, unknown>;

const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/;
const fieldError = (field: string, message: string) => badRequest(`Invalid filter on '${field}': ${message}`, { fields: [{ path: `filter[${field}]`, message }] });

/** Prisma `where`, `orderBy`, `skip` and `take` for a list call; every filter runs in the database. */
export async function listQuery(db: Db, grammar: ListGrammar, args: ListArgs, base: Where = {}) {
  const and: Where[] = [base];
  for (const [key, condition] of Object.entries(args.filter ?? {})) {
    if (!condition) continue;
    const name = Object.keys(grammar.filters).find((f) => f === key || camel(f) === key);
    if (!name) throw fieldError(key, "unknown filter field");
    and.push(...(await conditionsOf(db, grammar, name, grammar.filters[name]!, condition)));
  }
  const term = args.globalSearch?.trim();
  if (term && grammar.search?.length) {
    and.push({ OR: grammar.search.map((path) => at(path, { contains: term, mode: "insensitive" })) });
  }
  const range = args.range ?? grammar.defaultRange ?? DEFAULT_RANGE;
  const page = args.page ?? 0;
  if (!Number.isInteger(range) || range < 1) throw badRequest("range must be a positive integer", { fields: [{ path: "range", message: "must be 1 or more" }] });
  if (!Number.isInteger(page) || page < 0 || page > 1_000_000) throw badRequest("page must be 0 or more", { fields: [{ path: "page", message: "must be 0 or more" }] });
  const take = Math.min(range, grammar.maxRange ?? MAX_RANGE);
  return { where: { AND: and }, orderBy: orderByOf(grammar, args.sort), skip: page * take, take };
}

/** `-created,id` → the typed sort list; unknown fields are refused by the caller. */
export function parseSort(expression: string): { field: string; desc: boolean }[] {
  return expression.split(",").map((s) => s.trim()).filter(Boolean).map((s) => ({ field: s.replace(/^[-+]/, ""), desc: s.startsWith("-") }));
}

export function orderByOf(grammar: ListGrammar, sort: ListArgs["sort"]): Where[] {
  const list = sort?.length ? sort : parseSort(grammar.defaultSort);
  const order: Where[] = [];
  for (const { field, desc } of list) {
    const name = Object.keys(grammar.sorts).find((f) => f === field || camel(f) === field);
    if (!name) throw badRequest(`Unknown sort field '${field}'`, { fields: [{ path: "sort", message: `cannot sort by '${field}'` }] });
    const spec = grammar.sorts[name]!;
    const direction = desc ? "desc" : "asc";
    const o = typeof spec === "function" ? spec(direction) : at(spec, direction);
    order.push(...(Array.isArray(o) ? o : [o]));
  }
  // a stable order, so pages neither repeat nor skip rows
  if (!list.some((s) => s.field === "id")) order.push({ id: list[0]?.desc ? "desc" : "asc" });
  return order;
}

/** `sale.label` + condition → `{ sale: { label: condition } }`. */
function at(path: string, condition: unknown): Where {
  return path.split(".").reduceRight<unknown>((inner, key) => ({ [key]: inner }), condition) as Where;
}

async function conditionsOf(db: Db, grammar: ListGrammar, name: string, field: FilterField, c: Condition): Promise<Where[]> {
  const put = (condition: unknown): Where => (field.where ? field.where(condition as Where) : at(field.column ?? camel(name), condition));
  const value = (raw: unknown) => coerce(name, field, raw);
  const out: Where[] = [];
  if (c.eq !== undefined && c.eq !== null) {
    if (field.kind === "date") out.push(put(dayRange(name, String(c.eq))));
    else if (field.kind === "text") out.push(put({ equals: value(c.eq), mode: "insensitive" }));
    else out.push(put({ equals: value(c.eq) }));
  }
  if (c.ne !== undefined && c.ne !== null) out.push({ NOT: put({ equals: value(c.ne) }) });
  if (c.in) {
    if (c.in.length === 0 || c.in.length > 1000) throw fieldError(name, "IN takes 1 to 1000 values");
    out.push(put({ in: c.in.map(value) }));
  }
  if (c.notIn?.length) out.push({ NOT: put({ in: c.notIn.map(value) }) });
  if (c.contains) {
    if (field.kind !== "text" && field.kind !== "exact") throw fieldError(name, "LIKE applies to text fields");
    out.push(put({ contains: c.contains, mode: "insensitive" }));
  }
  if (c.regexp) {
    if (field.kind !== "text") throw fieldError(name, "REGEXP applies to text fields");
    if (!REGEX_SYNTAX.test(c.regexp)) out.push(put({ contains: c.regexp, mode: "insensitive" }));
    else out.push({ id: { in: await regexIds(db, grammar, name, field, c.regexp) } });
  }
  if (c.from || c.to) {
    if (field.kind !== "number" && field.kind !== "date" && field.kind !== "id") throw fieldError(name, "ranges apply to numbers and dates");
    const range: Where = {};
    if (c.from) range.gte = field.kind === "date" ? dayRange(name, c.from).gte : value(c.from);
    if (c.to) range[field.kind === "date" && isDateOnly(c.to) ? "lt" : "lte"] = field.kind === "date" ? dayRange(name, c.to)[isDateOnly(c.to) ? "lt" : "gte"] : value(c.to);
    out.push(put(range));
  }
  return out;
}

/** Reads one value of a field as its column type; a bad value is a 400 naming the field. */
function coerce(name: string, field: FilterField, raw: unknown): unknown {
  const text = String(raw).trim();
  switch (field.kind) {
    case "id": {
      if (!/^\d{1,9}$/.test(text)) throw fieldError(name, `'${text}' is not an id`);
      return Number(text);
    }
    case "number": {
      if (field.integer) {
        if (!/^-?\d{1,9}$/.test(text)) throw fieldError(name, `'${text}' is not a whole number`);
        return Number(text);
      }
      if (!/^-?\d{1,12}(\.\d+)?$/.test(text)) throw fieldError(name, `'${text}' is not a number`);
      return text;
    }
    case "enum": {
      if (!field.values!.includes(text)) throw fieldError(name, `'${text}' is not one of ${field.values!.join(", ")}`);
      return text;
    }
    case "bool": {
      if (["true", "1"].includes(text)) return true;
      if (["false", "0"].includes(text)) return false;
      throw fieldError(name, `'${text}' is not a boolean`);
    }
    case "date":
      return dayRange(name, text).gte;
    case "exact":
      if (field.uuid && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) throw fieldError(name, `'${text}' is not a UUID`);
      return text;
    default:
      return text;
  }
}

const isDateOnly = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text.trim());

/** `2025-01-01` → that UTC day; a timestamp → that instant. */
function dayRange(name: string, text: string): { gte: Date; lt?: Date } {
  const start = new Date(isDateOnly(text) ? `${text.trim()}T00:00:00Z` : text.trim());
  // years outside 1–9999 are valid in JavaScript but not in PostgreSQL (or Prisma's DateTime): a 400, not a 500
  const year = start.getUTCFullYear();
  if (Number.isNaN(start.getTime()) || year < 1 || year > 9999) throw fieldError(name, `'${text}' is not a date (YYYY-MM-DD or ISO 8601)`);
  if (!isDateOnly(text)) return { gte: start };
  return { gte: start, lt: new Date(start.getTime() + 86_400_000) };
}

/** True regular expressions (PostgreSQL `~*`) where Prisma has no operator: the matching ids, found by the database. */
async function regexIds(db: Db, grammar: ListGrammar, name: string, field: FilterField, pattern: string): Promise<number[]> {
  if (pattern.length > 200) throw fieldError(name, "the pattern is longer than 200 characters");
  const sql = field.regexSql ?? (grammar.table && !field.where && !(field.column ?? "").includes(".")
    ? `SELECT id FROM "${grammar.table}" WHERE "${field.column ?? camel(name)}" ~* $1` : undefined);
  if (!sql) throw fieldError(name, "REGEXP is not supported on this field");
  try {
    const rows = await db.$queryRawUnsafe<{ id: number }[]>(sql, pattern);
    return rows.map((r) => r.id);
  } catch (error) {
    if (/invalid regular expression|2201B/i.test(String((error as Error).message) + JSON.stringify(error))) throw fieldError(name, "invalid regular expression");
    throw error;
  }
}
