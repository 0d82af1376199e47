import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { PASSWORD, photoOperator } from "../../support/photo-factory.ts";
import { uniqueEmail } from "../../support/unique.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const PROFILE_KEYS = ["address", "billingAddress", "createdAt", "currency", "email", "id", "locale", "name", "profilePictureUrl", "timezone", "updatedAt"];
const anon = () => restClient(`${app.url}/photo`);

describe("GET /v1/operators/me", () => {
  test("200 with the profile and its defaults; never the password hash", async () => {
    const email = uniqueEmail("op");
    const reg = await anon().post("/v1/auth/register", { body: { name: "Studio Ada", email, password: PASSWORD, timezone: "Europe/Berlin" } });
    const token = reg.body.token as string;
    const res = await anon().get("/v1/operators/me", { token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(PROFILE_KEYS);
    expect(res.body).toMatchObject({
      name: "Studio Ada", email, address: null, billingAddress: null, currency: "USD", locale: "en",
      timezone: "Europe/Berlin", profilePictureUrl: null,
    });
    expect(res.body.id).toBe(JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub);
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    expect(res.text).not.toContain("password");
  });

  test("each operator sees only itself", async () => {
    const [a, b] = [await photoOperator(app), await photoOperator(app)];
    expect((await a.api.get("/v1/operators/me")).body).toMatchObject({ id: a.id, email: a.email });
    expect((await b.api.get("/v1/operators/me")).body).toMatchObject({ id: b.id, email: b.email });
  });

  test("401 without or with a bad token; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await anon().get("/v1/operators/me")).status).toBe(401);
    expect((await anon().get("/v1/operators/me", { token: "garbage" })).status).toBe(401);
    const res = await ph.api.get("/v1/operators/me");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });
});

describe("PATCH /v1/operators/me", () => {
  test("updates every profile field: 200 with the profile", async () => {
    const op = await photoOperator(app);
    const body = {
      name: "  Lumen Studio ", address: "Hauptstr. 1, 10115 Berlin", billingAddress: "Postfach 9, 10001 Berlin",
      currency: "EUR", locale: "de-DE", timezone: "Europe/Berlin", profilePictureUrl: "https://cdn.example.com/me.png",
    };
    const res = await op.api.patch("/v1/operators/me", body);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(PROFILE_KEYS);
    expect(res.body).toMatchObject({ ...body, name: "Lumen Studio", id: op.id, email: op.email });
    expect((await op.api.get("/v1/operators/me")).body).toEqual(res.body);
  });

  test("only the fields present change; null clears an optional field but not a required one", async () => {
    const op = await photoOperator(app);
    await op.api.patch("/v1/operators/me", { address: "Somewhere 1", currency: "GBP", timezone: "Europe/London", profilePictureUrl: "http://example.com/p.jpg" });
    const res = await op.api.patch("/v1/operators/me", { address: null, timezone: null, profilePictureUrl: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ address: null, timezone: null, profilePictureUrl: null, currency: "GBP", locale: "en" });
    const required = await op.api.patch("/v1/operators/me", { currency: null });
    expect(required.status).toBe(400);
    expect(required.body.error.details.fields).toEqual([{ path: "currency", message: "must not be null" }]);
  });

  test("locale tags are stored in canonical case", async () => {
    const op = await photoOperator(app);
    expect((await op.api.patch("/v1/operators/me", { locale: "en-us" })).body.locale).toBe("en-US");
    expect((await op.api.patch("/v1/operators/me", { locale: "zh-hant-tw" })).body.locale).toBe("zh-Hant-TW");
    expect((await op.api.patch("/v1/operators/me", { locale: "fr" })).body.locale).toBe("fr");
  });

  test("e-mail and password are not updatable here: extra keys are ignored", async () => {
    const op = await photoOperator(app);
    const res = await op.api.patch("/v1/operators/me", { name: "Renamed", email: uniqueEmail(), password: "another-password-123" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Renamed", email: op.email });
    expect((await anon().post("/v1/auth/login", { body: { email: op.email, password: PASSWORD } })).status).toBe(200);
  });

  test.each([
    [{ currency: "eur" }, "currency"], [{ currency: "EURO" }, "currency"], [{ currency: "E1R" }, "currency"],
    [{ locale: "english" }, "locale"], [{ locale: "en_US" }, "locale"], [{ locale: "" }, "locale"],
    [{ timezone: "Mars/Olympus" }, "timezone"],
    [{ profilePictureUrl: "ftp://example.com/p.png" }, "profilePictureUrl"], [{ profilePictureUrl: "not a url" }, "profilePictureUrl"],
    [{ name: "" }, "name"], [{ address: "x".repeat(1001) }, "address"],
  ])("invalid %j is 400 naming %s, and nothing changes", async (body, field) => {
    const op = await photoOperator(app);
    const res = await op.api.patch("/v1/operators/me", { ...body, address: (body as { address?: string }).address ?? "kept" });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
    expect((await op.api.get("/v1/operators/me")).body).toMatchObject({ address: null, currency: "USD", locale: "en" });
  });

  test("one operator's update does not touch another's profile", async () => {
    const [a, b] = [await photoOperator(app), await photoOperator(app)];
    const before = (await b.api.get("/v1/operators/me")).body;
    await a.api.patch("/v1/operators/me", { name: "Only A", currency: "JPY" });
    expect((await b.api.get("/v1/operators/me")).body).toEqual(before);
  });

  test("401 without or with a bad token; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await anon().patch("/v1/operators/me", { body: { name: "X" } })).status).toBe(401);
    expect((await anon().patch("/v1/operators/me", { body: { name: "X" }, token: "garbage" })).status).toBe(401);
    expect((await ph.api.patch("/v1/operators/me", { name: "X" })).status).toBe(403);
  });
});

describe("GraphQL", () => {
  test("photoCurrentOperator and updatePhotoCurrentOperator; e-mail is not an input field", async () => {
    const op = await photoOperator(app);
    const me = await gql(app.url, "{ photoCurrentOperator { id email currency } }", undefined, op.token);
    expect(me.data).toEqual({ photoCurrentOperator: { id: op.id, email: op.email, currency: "USD" } });
    const update = `mutation($input: UpdatePhotoCurrentOperatorInput!) { updatePhotoCurrentOperator(input: $input) { name locale } }`;
    expect((await gql(app.url, update, { input: { name: "G", locale: "pt-BR" } }, op.token)).data).toEqual({ updatePhotoCurrentOperator: { name: "G", locale: "pt-BR" } });
    expect((await gql(app.url, update, { input: { email: uniqueEmail() } }, op.token)).errors?.length).toBeGreaterThan(0);
    expect((await gql(app.url, update, { input: { currency: "usd" } }, op.token)).errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const ph = await op.photographer();
    expect((await gql(app.url, "{ photoCurrentOperator { id } }", undefined, ph.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
