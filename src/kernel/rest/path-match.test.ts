import { expect, test } from "vitest";
import { RouteMatcher } from "./path-match.ts";
import type { RestRoute } from "./route-table.ts";

const route = (method: RestRoute["method"], path: string): RestRoute => ({ method, path, operation: `Query.${method}${path}` });

test("static segments win over params, params are decoded, methods are reported", () => {
  const m = new RouteMatcher([route("GET", "/v1/photographers/:id"), route("GET", "/v1/photographers/me/projects"), route("PATCH", "/v1/photographers/:id")]);
  expect(m.match("GET", "/v1/photographers/me/projects")).toMatchObject({ route: { path: "/v1/photographers/me/projects" } });
  expect(m.match("GET", "/v1/photographers/a%20b")).toMatchObject({ params: { id: "a b" } });
  expect(m.match("DELETE", "/v1/photographers/x")).toEqual({ allowed: ["GET", "PATCH"] });
  expect(m.match("GET", "/v1/unknown")).toBeNull();
  expect(m.match("GET", "/v1/photographers/x/")).toMatchObject({ params: { id: "x" } });
});
