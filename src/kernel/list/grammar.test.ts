import { describe, expect, test } from "vitest";
import { parse } from "qs";
import { defineGrammar } from "./grammar.ts";
import { legacyListArgs } from "./legacy-query.ts";
import { listQuery } from "./where.ts";

const grammar = defineGrammar({
  name: "Thing",
  table: "things",
  filters: {
    id: { kind: "id" },
    status: { kind: "enum", values: ["new", "done"] },
    first_name: { kind: "text" },
    country: { kind: "exact" },
    total: { kind: "number", column: "grandTotal" },
    updated: { kind: "date", column: "updatedAt" },
    sale_name: { kind: "text", column: "sale.label" },
    paid: { kind: "bool" },
    weight: { kind: "number", integer: true },
  },
  sorts: { id: "id", updated: "updatedAt", first_name: "firstName" },
  search: ["firstName", "sale.label"],
  defaultSort: "-updated",
});
const args = (q: string) => legacyListArgs(grammar, parse(q) as never);
const noDb = { $queryRawUnsafe: async () => [{ id: 7 }, { id: 9 }] } as never;
const where = async (q: string) => (await listQuery(noDb, grammar, args(q) as never)).where.AND.slice(1);

describe("legacy query grammar → typed args", () => {
  test("plain values: eq, text as regex search", () => {
    expect(args("filter[status]=new&filter[first_name]=jo").filter).toEqual({ status: { eq: "new" }, firstName: { regexp: "jo" } });
  });
  test("IN with value[0..n], repeated keys, NOT IN, BETWEEN, ranges, LIKE, comparison operators", () => {
    expect(args("filter[id][value][0]=1&filter[id][value][1]=2&filter[id][operator]=IN").filter).toEqual({ id: { in: ["1", "2"] } });
    expect(args("filter[status][0]=new&filter[status][1]=done").filter).toEqual({ status: { in: ["new", "done"] } });
    expect(args("filter[id][value][0]=1&filter[id][operator]=NOT IN").filter).toEqual({ id: { notIn: ["1"] } });
    expect(args("filter[total][value][0]=1&filter[total][value][1]=5&filter[total][operator]=BETWEEN").filter).toEqual({ total: { from: "1", to: "5" } });
    expect(args("filter[total][value][from]=100&filter[total][value][to]=1000").filter).toEqual({ total: { from: "100", to: "1000" } });
    expect(args("filter[first_name][value]=%25an%25&filter[first_name][operator]=LIKE").filter).toEqual({ firstName: { contains: "an" } });
    expect(args("filter[total][value]=5&filter[total][operator]=>=").filter).toEqual({ total: { from: "5" } });
  });
  test("sort, range, page, global_search", () => {
    expect(args("sort=-updated,id&range=50&page=2&global_search=x")).toMatchObject({
      sort: [{ field: "updated", desc: true }, { field: "id", desc: false }], range: 50, page: 2, globalSearch: "x",
    });
  });
  test("unknown filter/sort fields, operators and malformed numbers are 400s", () => {
    for (const q of ["filter[nope]=1", "sort=nope", "range=abc", "filter[id][value]=1&filter[id][operator]=XOR", "filter[id][value][a][b]=1"]) {
      expect(() => args(q), q).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
    }
  });
});

describe("typed args → Prisma where", () => {
  test("each kind becomes a database condition", async () => {
    expect(await where("filter[status]=new")).toEqual([{ status: { equals: "new" } }]);
    expect(await where("filter[id][value][0]=1&filter[id][value][1]=2&filter[id][operator]=IN")).toEqual([{ id: { in: [1, 2] } }]);
    expect(await where("filter[total][value][from]=100.50&filter[total][value][to]=200")).toEqual([{ grandTotal: { gte: "100.50", lte: "200" } }]);
    expect(await where("filter[first_name]=ann")).toEqual([{ firstName: { contains: "ann", mode: "insensitive" } }]);
    expect(await where("filter[sale_name]=summer")).toEqual([{ sale: { label: { contains: "summer", mode: "insensitive" } } }]);
    expect(await where("filter[paid]=1")).toEqual([{ paid: { equals: true } }]);
    expect(await where("filter[weight][value][from]=2")).toEqual([{ weight: { gte: 2 } }]);
  });
  test("a date-only range covers whole days", async () => {
    expect(await where("filter[updated][value][from]=2025-01-01&filter[updated][value][to]=2025-01-31")).toEqual([
      { updatedAt: { gte: new Date("2025-01-01T00:00:00Z"), lt: new Date("2025-02-01T00:00:00Z") } },
    ]);
  });
  test("a real regular expression is matched by the database (ids)", async () => {
    expect(await where("filter[first_name][value]=^a.*n$&filter[first_name][operator]=REGEXP")).toEqual([{ id: { in: [7, 9] } }]);
  });
  test("global search ORs the search fields; sort appends a stable id", async () => {
    const q = await listQuery(noDb, grammar, args("global_search=x&sort=first_name") as never);
    expect(q.where.AND[1]).toEqual({ OR: [{ firstName: { contains: "x", mode: "insensitive" } }, { sale: { label: { contains: "x", mode: "insensitive" } } }] });
    expect(q.orderBy).toEqual([{ firstName: "asc" }, { id: "asc" }]);
    expect(q).toMatchObject({ skip: 0, take: 25 });
  });
  test("bad values are 400s naming the field; range is capped", async () => {
    for (const q of ["filter[id]=abc", "filter[status]=bogus", "filter[total]=12abc", "filter[updated]=notadate", "filter[paid]=maybe", "filter[weight]=2.5", "filter[total][value]=x&filter[total][operator]=REGEXP"]) {
      await expect(where(q), q).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await listQuery(noDb, grammar, args("range=100000") as never)).take).toBe(500);
  });
});
