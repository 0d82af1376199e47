import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { systems } from "../../src/modules/systems.ts";

type CatalogEntry = { system: string; method: string; path: string };
const catalog = (system: string): CatalogEntry[] =>
  JSON.parse(readFileSync(new URL(`../../../shared/specs/catalog/${system}.json`, import.meta.url), "utf8"));
// parameter names do not matter to a client: compare /a/:id and /a/:x as the same path
const shape = (method: string, path: string) => `${method} ${path.replace(/:\w+/g, ":")}`;

describe.each(systems.map((s) => [s.id, s] as const))("route table of %s", (id, sys) => {
  const routes = sys.rest.routes.map((r) => shape(r.method, r.path));

  test("every documented endpoint has exactly one route", () => {
    const missing = catalog(id).map((e) => shape(e.method, e.path)).filter((k) => routes.filter((r) => r === k).length !== 1);
    expect(missing).toEqual([]);
  });

  test("no route is undocumented", () => {
    const documented = new Set(catalog(id).map((e) => shape(e.method, e.path)));
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });

  test("each GraphQL operation backs one route (sofa routes a field once)", () => {
    const ops = sys.rest.routes.map((r) => r.operation);
    expect(ops.filter((o, i) => ops.indexOf(o) !== i)).toEqual([]);
  });
});
