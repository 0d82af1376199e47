import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { restClient, gql } from "../../support/http.ts";
import { PASSWORD, photoOperator } from "../../support/photo-factory.ts";
import { uniqueEmail } from "../../support/unique.ts";

let app: TestApp;
let api: ReturnType<typeof restClient>;
beforeAll(async () => { app = await startTestApp(); api = restClient(`${app.url}/photo`); });
afterAll(() => app?.close());

describe("POST /v1/auth/register", () => {
  test("creates an operator and answers 201 {token} with audience backoffice and role operator", async () => {
    const res = await api.post("/v1/auth/register", { body: { name: "Ada", email: uniqueEmail(), password: PASSWORD, timezone: "Europe/Berlin" } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(["token"]);
    const claims = JSON.parse(Buffer.from(res.body.token.split(".")[1], "base64url").toString());
    expect(claims).toMatchObject({ aud: "backoffice", role: "operator", sys: "photo" });
    expect(claims.exp).toBeGreaterThan(claims.iat);
  });

  test("a taken e-mail (any case) is 409", async () => {
    const email = uniqueEmail();
    expect((await api.post("/v1/auth/register", { body: { name: "A", email, password: PASSWORD } })).status).toBe(201);
    const dup = await api.post("/v1/auth/register", { body: { name: "B", email: email.toUpperCase(), password: PASSWORD } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("CONFLICT");
  });

  test.each([
    [{ name: "A", email: "not-an-email", password: PASSWORD }, "email"],
    [{ name: "A", email: uniqueEmail(), password: "short" }, "password"],
    [{ name: "", email: uniqueEmail(), password: PASSWORD }, "name"],
    [{ name: "A", email: uniqueEmail(), password: PASSWORD, timezone: "Mars/Olympus" }, "timezone"],
  ])("invalid body %j is 400 naming %s", async (body, field) => {
    const res = await api.post("/v1/auth/register", { body });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
  });

  test("a missing field is 400, malformed JSON is 400", async () => {
    expect((await api.post("/v1/auth/register", { body: { name: "A" } })).status).toBe(400);
    expect((await api.post("/v1/auth/register", { raw: "{nope", headers: { "content-type": "application/json" } })).status).toBe(400);
  });
});

describe("POST /v1/auth/login", () => {
  test("operators and photographers log in with the same endpoint", async () => {
    const op = await photoOperator(app);
    const ok = await api.post("/v1/auth/login", { body: { email: op.email, password: PASSWORD } });
    expect(ok.status).toBe(200);
    expect(typeof ok.body.token).toBe("string");
    const ph = await op.photographer();
    const claims = JSON.parse(Buffer.from(ph.token.split(".")[1]!, "base64url").toString());
    expect(claims).toMatchObject({ role: "photographer", aud: "backoffice", tid: op.id });
  });

  test("a wrong password or unknown e-mail is 401 with the same message", async () => {
    const op = await photoOperator(app);
    const wrong = await api.post("/v1/auth/login", { body: { email: op.email, password: "wrong-password" } });
    const unknown = await api.post("/v1/auth/login", { body: { email: uniqueEmail(), password: PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });
});

describe("POST /v1/auth/register-photographer", () => {
  test("an operator registers a photographer: 201 {id, name, email}", async () => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/auth/register-photographer", { name: "Paula", email: uniqueEmail(), password: PASSWORD });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(["email", "id", "name"]);
  });

  test("401 without or with a bad token, 403 for a photographer, 409 for a taken e-mail", async () => {
    const op = await photoOperator(app);
    const body = { name: "P", email: uniqueEmail(), password: PASSWORD };
    expect((await api.post("/v1/auth/register-photographer", { body })).status).toBe(401);
    expect((await api.post("/v1/auth/register-photographer", { body, token: "garbage" })).status).toBe(401);
    const ph = await op.photographer();
    expect((await ph.api.post("/v1/auth/register-photographer", body)).status).toBe(403);
    expect((await op.api.post("/v1/auth/register-photographer", { ...body, email: op.email })).status).toBe(409);
  });
});

describe("tokens", () => {
  test("an expired or foreign-audience token is 401", async () => {
    const { SignJWT } = await import("jose");
    const key = new TextEncoder().encode("test-secret-test-secret-test-secret-000");
    const expired = await new SignJWT({ sys: "photo", role: "operator", tid: "x" }).setProtectedHeader({ alg: "HS256" })
      .setSubject("x").setAudience("backoffice").setIssuedAt(0).setExpirationTime(1).sign(key);
    const foreign = await new SignJWT({ sys: "photo", role: "operator", tid: "x" }).setProtectedHeader({ alg: "HS256" })
      .setSubject("x").setAudience("someone-else").setExpirationTime("1h").sign(key);
    expect((await api.get("/v1/projects", { token: expired })).status).toBe(401);
    expect((await api.get("/v1/projects", { token: foreign })).status).toBe(401);
  });

  test("GraphQL sees the same auth: UNAUTHENTICATED code without a token", async () => {
    const res = await gql(app.url, "{ photoProjects { id } }");
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("login brute-force brake", () => {
  test("the 11th attempt within a minute for one e-mail is 429 with Retry-After", async () => {
    const op = await photoOperator(app);
    for (let i = 0; i < 10; i++) {
      expect((await api.post("/v1/auth/login", { body: { email: op.email, password: "wrong-password" } })).status).toBe(401);
    }
    const limited = await api.post("/v1/auth/login", { body: { email: op.email, password: PASSWORD } });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
