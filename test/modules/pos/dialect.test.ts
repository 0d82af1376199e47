import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posTenant, posUser } from "../../support/pos-factory.ts";
import { http, restClient } from "../../support/http.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp({ POS_RATE_LIMIT_PER_MINUTE: "4" }); });
afterAll(() => app?.close());

describe("pos response format and limits", () => {
  test("success {success, data, meta}; errors {success: false, error: {code, message, details[]}}", async () => {
    const tenant = await posTenant(app);
    const admin = await posUser(app, "ADMIN", tenant.id);
    const list = await admin.api.get("/v1/stores?limit=1");
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ success: true, data: [expect.any(Object)], meta: { page: 1, limit: 1, total: 2, totalPages: 2 } });
    const bad = await admin.api.post("/v1/stores", { name: 5, code: "X1" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ success: false, error: { code: "BAD_REQUEST", details: [{ path: "name" }] } });
    const nf = await admin.api.get("/v1/nothing-here");
    expect(nf.status).toBe(404);
    expect(nf.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
  });
  test("a signed-in role without the permission gets 403 before any validation of its body", async () => {
    const tenant = await posTenant(app);
    const admin = await posUser(app, "ADMIN", tenant.id);
    const res = await admin.api.post("/v1/super-admin/admins", {});
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
  });
  test("every call is metered per token: X-RateLimit-* headers, then 429 in the error envelope", async () => {
    const tenant = await posTenant(app);
    const admin = await posUser(app, "ADMIN", tenant.id);
    const remaining: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await admin.api.get("/v1/stores");
      remaining.push(Number(last.headers.get("x-ratelimit-remaining")));
    }
    expect(remaining.slice(0, 4)).toEqual([3, 2, 1, 0]);
    expect(last!.status).toBe(429);
    expect(last!.headers.get("x-ratelimit-limit")).toBe("4");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.body).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
  });
  test("the legacy port serves /api/... as documented, and OpenAPI documents the envelope", async () => {
    const tenant = await posTenant(app);
    const admin = await posUser(app, "ADMIN", tenant.id);
    const res = await restClient(app.legacy.pos!).get("/api/auth/me", { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, data: { id: admin.id, role: "ADMIN" } });
    const doc = (await http("GET", `${app.url}/pos/openapi.json`)).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/auth/login", "/api/v1/sales/checkout"]));
    expect(doc.components.schemas.Error.properties).toHaveProperty("success");
  });
});
