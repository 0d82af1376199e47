import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { gql, http, restClient } from "../support/http.ts";
import { photoOperator } from "../support/photo-factory.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

describe("serving", () => {
  test("/healthz and /readyz", async () => {
    expect((await http("GET", `${app.url}/healthz`)).body).toEqual({ status: "ok" });
    expect((await http("GET", `${app.url}/readyz`)).body).toEqual({ status: "ready" });
  });

  test("every response carries a request id (kept from X-Request-Id)", async () => {
    const res = await http("GET", `${app.url}/healthz`, { headers: { "x-request-id": "abc-123" } });
    expect(res.headers.get("x-request-id")).toBe("abc-123");
    expect((await http("GET", `${app.url}/photo/v1/projects`)).headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
  });

  test("GraphiQL renders offline (inlined bundle) at /graphql", async () => {
    const res = await http("GET", `${app.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.text).toContain("<html");
    expect(res.text).not.toMatch(/src="https?:\/\/(unpkg|cdn\.jsdelivr)/);
  });
});

describe("photo REST dialect", () => {
  test("undocumented paths under /photo are 404 in the photo error format; wrong methods are 405", async () => {
    const res = await http("GET", `${app.url}/photo/v1/me`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: "NOT_FOUND", message: "Cannot GET /v1/me" } });
    const wrong = await http("PUT", `${app.url}/photo/v1/projects`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toContain("GET");
  });

  test("sofa's generic routes (webhooks, other systems' fields) are not reachable", async () => {
    expect((await http("POST", `${app.url}/photo/webhook`, { body: {} })).status).toBe(404);
    expect((await http("GET", `${app.url}/photo/photo-projects`)).status).toBe(404);
  });

  test("bad JSON and non-object bodies are 400, oversized bodies 413", async () => {
    const op = await photoOperator(app);
    const api = restClient(`${app.url}/photo`);
    expect((await api.post("/v1/projects", { token: op.token, raw: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await api.post("/v1/projects", { token: op.token, body: [1, 2] })).status).toBe(400);
    const huge = await api.post("/v1/projects", { token: op.token, body: { name: "x".repeat(1_100_000) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  test("the OpenAPI document lists exactly the documented routes, and the docs page works offline", async () => {
    const doc = (await http("GET", `${app.url}/photo/openapi.json`)).body;
    const ops = Object.entries(doc.paths).flatMap(([p, o]: [string, any]) => Object.keys(o).map((m) => `${m.toUpperCase()} ${p}`));
    const { photoRest } = await import("../../src/modules/photo/rest.ts");
    expect(ops.sort()).toEqual(photoRest.routes.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`).sort());
    expect(doc.components.schemas.Error).toBeDefined();
    const page = await http("GET", `${app.url}/photo/docs`);
    expect(page.text).toContain('data-url="/photo/openapi.json"');
    const script = await http("GET", `${app.url}/photo/docs/scalar.js`);
    expect(script.status).toBe(200);
    expect(script.text.length).toBeGreaterThan(100_000);
  });
});

describe("legacy port", () => {
  test("PHOTO_PORT serves the same routes at exactly the documented paths", async () => {
    const op = await photoOperator(app);
    const p = await op.project({ name: "Legacy" });
    const legacy = restClient(app.legacy.photo!);
    const res = await legacy.get(`/v1/projects/${p.id}`, { token: op.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual((await op.api.get(`/v1/projects/${p.id}`)).body);
    const login = await legacy.post("/v1/auth/login", { body: { email: op.email, password: "correct-horse-battery" } });
    expect(login.status).toBe(200);
    expect((await legacy.get("/v1/nope")).status).toBe(404);
  });
});

describe("GraphQL limits", () => {
  test("queries deeper than the limit are refused", async () => {
    const op = await photoOperator(app);
    const deep = `{ photoProjects { photographers { projects { photographers { projects { photographers { projects { photographers { projects { photographers { id } } } } } } } } } } }`;
    const res = await gql(app.url, deep, undefined, op.token);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });
});

describe("query counts stay flat as lists grow (N+1 free)", () => {
  async function listing(n: number) {
    const op = await photoOperator(app);
    const photographers = await Promise.all([0, 1, 2].map(() => op.photographer()));
    for (let i = 0; i < n; i++) {
      const p = await op.project();
      await app.services.db.photoProjectPhotographer.createMany({ data: photographers.map((ph) => ({ projectId: p.id, photographerId: ph.id })) });
    }
    return op;
  }
  const count = async (fn: () => Promise<unknown>) => { const before = app.counter.count; await fn(); return app.counter.count - before; };

  test("GET /v1/projects and { photoProjects } with photographers: 5 vs 50 projects", async () => {
    const small = await listing(5);
    const large = await listing(50);
    const restSmall = await count(() => small.api.get("/v1/projects"));
    const restLarge = await count(async () => expect((await large.api.get("/v1/projects")).body).toHaveLength(50));
    const query = `{ photoProjects { id photographers { id name projects { id } } } }`;
    const gqlSmall = await count(() => gql(app.url, query, undefined, small.token));
    const gqlLarge = await count(() => gql(app.url, query, undefined, large.token));
    expect(restLarge).toBe(restSmall);
    expect(gqlLarge).toBe(gqlSmall);
    expect(restLarge).toBeLessThanOrEqual(4);
  });
});
