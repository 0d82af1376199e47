import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { API, AUCTION_PASSWORD, auctionAnon, auctionStaff } from "../../support/auction-factory.ts";
import { http, restClient } from "../../support/http.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp({ AUCTION_RATE_LIMIT_PER_MINUTE: "5" }); });
afterAll(() => app?.close());

describe("POST /bo_auth", () => {
  test("username or e-mail + password → {data: {access_token, user}}; the token opens the API", async () => {
    const staff = await auctionStaff(app, ["clerk"]);
    for (const username of [staff.username, staff.email.toUpperCase()]) {
      const res = await auctionAnon(app).post("/bo_auth", { body: { username, password: AUCTION_PASSWORD } });
      expect(res.status).toBe(200);
      expect(res.body.data.user).toEqual({ id: String(staff.id), name: staff.name, email: staff.email, roles: ["clerk"] });
      const me = await http("GET", `${app.url}/auction${API}/datatable-clients?range=1`, { token: res.body.data.access_token });
      expect(me.status).toBe(200);
    }
  });
  test("bad credentials 401, blocked accounts 401, missing fields 400", async () => {
    const staff = await auctionStaff(app, ["clerk"]);
    const wrong = await auctionAnon(app).post("/bo_auth", { body: { username: staff.username, password: "nope-nope" } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ title: "Unauthorized", status: 401, detail: "Invalid username or password" });
    const missing = await auctionAnon(app).post("/bo_auth", { body: { username: staff.username } });
    expect(missing.status).toBe(400);
    expect(missing.body.status).toBe(400);
    await app.services.db.auctionStaff.update({ where: { id: staff.id }, data: { status: "blocked" } });
    expect((await auctionAnon(app).post("/bo_auth", { body: { username: staff.username, password: AUCTION_PASSWORD } })).status).toBe(401);
  });
  test("a token stops working when its account is blocked or its roles change", async () => {
    const staff = await auctionStaff(app, ["clerk"]);
    expect((await staff.api.get("/datatable-clients?range=1")).status).toBe(200);
    await app.services.db.auctionStaff.update({ where: { id: staff.id }, data: { roles: ["auctioneer"] } });
    expect((await staff.api.get("/datatable-clients?range=1")).status).toBe(401);
  });
});

describe("dialect", () => {
  test("unknown routes and methods answer in the auction error format", async () => {
    const staff = await auctionStaff(app);
    const nf = await staff.api.get("/no-such-thing");
    expect(nf.status).toBe(404);
    expect(nf.body).toMatchObject({ title: "Resource not found", status: 404 });
    const na = await staff.api.delete("/datatable-clients");
    expect(na.status).toBe(405);
    expect(na.body.status).toBe(405);
  });
  test("a signed-in role without the right gets 403 before any validation of its body", async () => {
    const viewer = await auctionStaff(app, ["auctioneer"]);
    const res = await viewer.api.post("/datatable-clients", { email: "not-an-email" });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
  });
  test("malformed JSON is a 400 in the dialect", async () => {
    const staff = await auctionStaff(app);
    const res = await http("POST", `${app.url}/auction${API}/datatable-clients`, { token: staff.token, raw: "{oops", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: "Validation error", status: 400, detail: "Malformed JSON in request body" });
  });
  test("rate limit: X-RateLimit-* headers count down, then 429 with retry_after", async () => {
    const staff = await auctionStaff(app);
    const seen: number[] = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await staff.api.get("/datatable-clients?range=1");
      seen.push(Number(last.headers.get("x-ratelimit-remaining")));
    }
    expect(seen.slice(0, 5)).toEqual([4, 3, 2, 1, 0]);
    expect(last!.status).toBe(429);
    expect(last!.body).toEqual({ title: "Rate limit exceeded", status: 429, detail: "Too many requests. Please try again later.", retry_after: expect.any(Number) });
    expect(last!.headers.get("x-ratelimit-limit")).toBe("5");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    // another token has its own budget
    expect((await (await auctionStaff(app)).api.get("/datatable-clients?range=1")).status).toBe(200);
  });
  test("the legacy port serves the documented paths as they are", async () => {
    const staff = await auctionStaff(app);
    const res = await restClient(app.legacy.auction!).get(`${API}/datatable-clients?range=1`, { token: staff.token });
    expect(res.status).toBe(200);
    expect(res.body).toHaveProperty("count");
  });
  test("OpenAPI documents the list grammar and the error body", async () => {
    const doc = (await http("GET", `${app.url}/auction/openapi.json`)).body;
    const list = doc.paths["/api/v1.0/datatable-clients"].get;
    const names = list.parameters.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(["range", "page", "sort", "global_search", "fields", "filter[status]", "filter[updated]"]));
    expect(names).not.toContain("filter");
    expect(doc.components.schemas.Error.properties).toHaveProperty("title");
    expect((await http("GET", `${app.url}/auction/docs`)).status).toBe(200);
  });
});
