import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { gql, http } from "../support/http.ts";
import { photoOperator } from "../support/photo-factory.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

describe("input the database would refuse is a 400, never a 500", () => {
  test("NUL characters and year-0 dates over REST and GraphQL", async () => {
    const op = await photoOperator(app);
    const nul = await op.api.post("/v1/projects", { name: "\u0000abc" });
    expect([nul.status, nul.body.error.code]).toEqual([400, "VALIDATION_FAILED"]);
    const year0 = await op.api.post("/v1/projects", { name: "x", startAt: "0000-01-01T00:00:00Z" });
    expect(year0.status).toBe(400);
    const viaGraphql = await gql(app.url, `mutation { createPhotoProject(input: { name: "a\\u0000b" }) { id } }`, undefined, op.token);
    expect(viaGraphql.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  });
});

describe("request bodies", () => {
  test("a chunked body without Content-Length is cut off at the limit with 413", async () => {
    const chunk = new TextEncoder().encode(`{"name":"${"x".repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 4 MB in 64 KB chunks, far above the 1 MB default limit
        if (sent >= 64) { controller.close(); return; }
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${app.url}/photo/v1/auth/login`, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(64);
  });

  test("errors carry the standard reason phrase", async () => {
    const res = await fetch(`${app.url}/photo/v1/nope`);
    expect([res.status, res.statusText]).toEqual([404, "Not Found"]);
  });
});

describe("browser access", () => {
  test("without CORS_ORIGINS any origin may call, but never with credentials", async () => {
    const res = await fetch(`${app.url}/photo/v1/projects`, { headers: { origin: "https://evil.example" } });
    expect(res.headers.get("access-control-allow-credentials")).not.toBe("true");
  });

  test("listed origins get credentials; others do not", async () => {
    const listed = await startTestApp({ CORS_ORIGINS: "https://app.example" });
    try {
      const ok = await fetch(`${listed.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://app.example", "access-control-request-method": "POST" } });
      expect(ok.headers.get("access-control-allow-origin")).toBe("https://app.example");
      expect(ok.headers.get("access-control-allow-credentials")).toBe("true");
      const evil = await fetch(`${listed.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
      expect(evil.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
    } finally {
      await listed.close();
    }
  });

  test("the dev mail outbox is off unless DEV_OUTBOX=true", async () => {
    expect((await http("GET", `${app.url}/dev/outbox`)).status).toBe(404);
  });
});
