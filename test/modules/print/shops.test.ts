import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { printUser } from "../../support/print-factory.ts";
import { unique } from "../../support/unique.ts";
import { printJobs } from "../../../src/modules/print/jobs.ts";
import { shopSweeperJob, sweepStaleShops } from "../../../src/modules/print/shops/shop-sweeper.ts";
import { shopRoutes } from "../../../src/modules/print/shops/shop.rest.ts";
import { queueRoutes } from "../../../src/modules/print/shops/queue.rest.ts";

let app: TestApp;
let api: ReturnType<typeof restClient>;
beforeAll(async () => { app = await startTestApp(); api = restClient(`${app.url}/print`); });
afterAll(() => app?.close());

const SHOP_KEYS = ["address", "distance", "id", "is_open", "lat", "long", "shop_name", "username"];
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

/** Reference haversine (km), rounded like the API. */
function km(a: { lat: number; long: number }, b: { lat: number; long: number }) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.long - a.long) / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))) * 100) / 100;
}

/** A spot of our own, far from every other test's shops (factory shops sit in Bengaluru). */
function somewhere() {
  return { lat: -60 + Math.random() * 20, long: -170 + Math.random() * 40 };
}

const shopAt = (pos: { lat: number; long: number }, fields: Record<string, unknown> = {}) =>
  printUser(app, "shopkeeper", { lat: pos.lat, long: pos.long, ...fields });

describe("GET /shops", () => {
  test("nearest first from the query origin, in the documented shape, closed shops included", async () => {
    const origin = somewhere();
    const near = await shopAt({ lat: origin.lat + 0.001, long: origin.long }, { address: "Near St" });
    const mid = await shopAt({ lat: origin.lat + 0.05, long: origin.long + 0.05 }, { isOpen: false });
    const far = await shopAt({ lat: origin.lat + 0.3, long: origin.long - 0.2 });
    const customer = await printUser(app, "customer");
    const res = await customer.api.get(`/shops?lat=${origin.lat}&long=${origin.long}&limit=3`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((s: { id: number }) => s.id)).toEqual([near.id, mid.id, far.id]);
    for (const s of res.body) expect(Object.keys(s).sort()).toEqual(SHOP_KEYS);
    expect(res.body[0]).toEqual({
      id: near.id, username: near.username, shop_name: near.shopName, lat: near.lat, long: near.long,
      distance: km(origin, near as { lat: number; long: number }), is_open: true, address: "Near St",
    });
    expect(res.body[0].distance).toBeCloseTo(0.11, 2);
    expect(res.body[1]).toMatchObject({ is_open: false, distance: km(origin, mid as { lat: number; long: number }) });
    expect(res.body[2].distance).toBe(km(origin, far as { lat: number; long: number }));
  });

  test("without query coordinates the caller's own position is the origin", async () => {
    const origin = somewhere();
    const a = await shopAt({ lat: origin.lat + 0.02, long: origin.long });
    const b = await shopAt({ lat: origin.lat - 0.01, long: origin.long });
    const customer = await printUser(app, "customer", { lat: origin.lat, long: origin.long });
    const res = await customer.api.get("/shops?limit=2");
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((s: { id: number }) => s.id)).toEqual([b.id, a.id]);
    expect(res.body[0].distance).toBe(km(origin, b as { lat: number; long: number }));
  });

  test("without any origin: ordered by shop name, distance null; customers and admins are not listed", async () => {
    const tag = unique("zz").replace(/[^a-z0-9]/gi, "");
    const shops = [await shopAt(somewhere(), { shopName: `${tag} B` }), await shopAt(somewhere(), { shopName: `${tag} A` })];
    const nowhere = await printUser(app, "shopkeeper", { shopName: `${tag} C`, lat: null, long: null });
    const customer = await printUser(app, "customer");
    const res = await customer.api.get("/shops?limit=100");
    expect(res.status, res.text).toBe(200);
    expect(res.body.every((s: { distance: unknown }) => s.distance === null)).toBe(true);
    const names = res.body.map((s: { shop_name: string }) => s.shop_name);
    expect(names).toEqual([...names].sort((x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(res.body.filter((s: { shop_name: string }) => s.shop_name.startsWith(tag)).map((s: { id: number }) => s.id))
      .toEqual([shops[1]!.id, shops[0]!.id, nowhere.id]);
    expect(res.body.some((s: { id: number }) => s.id === customer.id)).toBe(false);
  });

  test("shops without coordinates come after every located shop", async () => {
    const origin = somewhere();
    const located = await shopAt({ lat: origin.lat, long: origin.long });
    const nowhere = await printUser(app, "shopkeeper", { lat: null, long: null });
    const res = await (await printUser(app, "customer")).api.get(`/shops?lat=${origin.lat}&long=${origin.long}&limit=100`);
    const distances: (number | null)[] = res.body.map((s: { distance: number | null }) => s.distance);
    expect(res.body[0].id).toBe(located.id);
    const firstNull = distances.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(distances.slice(firstNull).every((d) => d === null)).toBe(true);
    const located_ = distances.slice(0, firstNull) as number[];
    expect(located_).toEqual([...located_].sort((x, y) => x - y));
    expect(nowhere.lat).toBeNull();
  });

  test("limit caps the list", async () => {
    const customer = await printUser(app, "customer");
    await shopAt(somewhere());
    await shopAt(somewhere());
    const res = await customer.api.get("/shops?limit=1");
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
  });

  test.each([
    ["lat=12.9", "lat and long must be given together"],
    ["long=77.5", "lat and long must be given together"],
    ["lat=91&long=0", "lat must be between -90 and 90"],
    ["lat=0&long=-181", "long must be between -180 and 180"],
    ["limit=0", "limit must be between 1 and 100"],
    ["limit=101", "limit must be between 1 and 100"],
  ])("%s is 400 with a plain-text reason", async (query, message) => {
    const res = await (await printUser(app, "customer")).api.get(`/shops?${query}`);
    expect(res.status).toBe(400);
    expect(res.text).toBe(message);
    expect(res.headers.get("content-type")).toContain("text/plain");
  });

  test("any print role may ask; 401 without or with a bad token", async () => {
    for (const role of ["customer", "shopkeeper", "admin"] as const) {
      expect((await (await printUser(app, role)).api.get("/shops")).status).toBe(200);
    }
    expect((await api.get("/shops")).status).toBe(401);
    expect((await api.get("/shops", { token: "garbage" })).status).toBe(401);
    expect((await restClient(app.legacy.print!).get("/shops")).status).toBe(401);
  });

  test("GraphQL printShops answers the same list", async () => {
    const origin = somewhere();
    const shop = await shopAt({ lat: origin.lat, long: origin.long + 0.01 });
    const customer = await printUser(app, "customer");
    const res = await gql(app.url, "query($lat: Float, $long: Float) { printShops(lat: $lat, long: $long, limit: 1) { id shopName distance isOpen } }", origin, customer.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.printShops).toEqual([{ id: shop.id, shopName: shop.shopName, distance: km(origin, shop as { lat: number; long: number }), isOpen: true }]);
  });
});

describe("POST /shop/status", () => {
  test("closes and reopens the caller's shop and records web activity", async () => {
    const shop = await printUser(app, "shopkeeper");
    const closed = await shop.api.post("/shop/status", { is_open: false });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body).toEqual({ ok: true, is_open: false });
    const row = await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } });
    expect(row.isOpen).toBe(false);
    expect(Date.now() - row.lastWebActivityAt!.getTime()).toBeLessThan(10_000);
    expect((await shop.api.post("/shop/status", { is_open: true })).body).toEqual({ ok: true, is_open: true });
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } })).isOpen).toBe(true);
  });

  test("only changes the caller's shop", async () => {
    const [a, b] = [await printUser(app, "shopkeeper"), await printUser(app, "shopkeeper")];
    await a.api.post("/shop/status", { is_open: false });
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: b.id } })).isOpen).toBe(true);
  });

  test.each([[{}], [{ is_open: "yes" }], [{ is_open: null }]])("body %j is 400 naming is_open", async (body) => {
    const res = await (await printUser(app, "shopkeeper")).api.post("/shop/status", body);
    expect(res.status).toBe(400);
    expect(res.text).toContain('"is_open"');
  });

  test("malformed JSON is 400", async () => {
    const shop = await printUser(app, "shopkeeper");
    const res = await api.post("/shop/status", { token: shop.token, raw: "{nope", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(res.text).toBe("Malformed JSON in request body");
  });

  test("401 without a token (even with a bad body), 403 for a customer or an admin", async () => {
    expect((await api.post("/shop/status", { body: { is_open: true } })).status).toBe(401);
    expect((await api.post("/shop/status", { body: {} })).status).toBe(401);
    expect((await api.post("/shop/status", { body: { is_open: true }, token: "garbage" })).status).toBe(401);
    const customer = await printUser(app, "customer");
    const res = await customer.api.post("/shop/status", { is_open: true });
    expect(res.status).toBe(403);
    expect(res.text).toBe("You are not allowed to do this");
    expect((await (await printUser(app, "admin")).api.post("/shop/status", { is_open: true })).status).toBe(403);
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: customer.id } })).isOpen).toBe(false);
  });

  test("cookie sessions need the CSRF token", async () => {
    const shop = await printUser(app, "shopkeeper");
    const csrf = "csrf-" + unique("t").replace(/[^a-z0-9]/gi, "");
    const noCsrf = await api.post("/shop/status", { body: { is_open: false }, headers: { cookie: `token=${shop.token}` } });
    expect(noCsrf.status).toBe(403);
    const ok = await api.post("/shop/status", { body: { is_open: false }, headers: { cookie: `token=${shop.token}; print_csrf=${csrf}`, "x-csrf-token": csrf } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toEqual({ ok: true, is_open: false });
  });

  test("GraphQL updatePrintShopStatus", async () => {
    const shop = await printUser(app, "shopkeeper");
    const res = await gql(app.url, "mutation { updatePrintShopStatus(input: { isOpen: false }) { ok isOpen lastWebActivityAt } }", {}, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePrintShopStatus).toMatchObject({ ok: true, isOpen: false });
    expect(Date.parse(res.data.updatePrintShopStatus.lastWebActivityAt)).toBeGreaterThan(Date.now() - 10_000);
  });
});

describe("POST /shop/heartbeat", () => {
  test("refreshes the heartbeat without a body and answers {ok, is_open}", async () => {
    const shop = await printUser(app, "shopkeeper");
    const res = await shop.api.post("/shop/heartbeat");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ ok: true, is_open: true });
    const row = await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } });
    expect(Date.now() - row.lastHeartbeatAt!.getTime()).toBeLessThan(10_000);
    expect(row.lastWebActivityAt).toBeNull();
  });

  test("does not reopen a closed shop", async () => {
    const shop = await printUser(app, "shopkeeper", { isOpen: false });
    const res = await shop.api.post("/shop/heartbeat", {});
    expect(res.body).toEqual({ ok: true, is_open: false });
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } })).isOpen).toBe(false);
  });

  test("401 without a token, 403 for a customer", async () => {
    expect((await api.post("/shop/heartbeat")).status).toBe(401);
    const res = await (await printUser(app, "customer")).api.post("/shop/heartbeat");
    expect(res.status).toBe(403);
  });

  test("GraphQL recordPrintShopHeartbeat", async () => {
    const shop = await printUser(app, "shopkeeper");
    const res = await gql(app.url, "mutation { recordPrintShopHeartbeat { ok isOpen lastHeartbeatAt } }", {}, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordPrintShopHeartbeat).toMatchObject({ ok: true, isOpen: true });
  });
});

describe("stale-shop sweeper", () => {
  test("closes open shops whose heartbeat and web activity are both stale (or missing), keeps live ones", async () => {
    const db = app.services.db;
    const stale = await printUser(app, "shopkeeper", { lastHeartbeatAt: minutesAgo(30), lastWebActivityAt: minutesAgo(20) });
    const never = await printUser(app, "shopkeeper");
    const appAlive = await printUser(app, "shopkeeper", { lastHeartbeatAt: minutesAgo(2), lastWebActivityAt: minutesAgo(60) });
    const webAlive = await printUser(app, "shopkeeper", { lastWebActivityAt: minutesAgo(1) });
    const closed = await printUser(app, "shopkeeper", { isOpen: false });
    const before = await db.printUser.findUniqueOrThrow({ where: { id: closed.id } });

    const count = await sweepStaleShops(app.services);
    expect(count).toBeGreaterThanOrEqual(2);
    const open = async (id: number) => (await db.printUser.findUniqueOrThrow({ where: { id } })).isOpen;
    expect(await open(stale.id)).toBe(false);
    expect(await open(never.id)).toBe(false);
    expect(await open(appAlive.id)).toBe(true);
    expect(await open(webAlive.id)).toBe(true);
    expect((await db.printUser.findUniqueOrThrow({ where: { id: closed.id } })).updatedAt).toEqual(before.updatedAt);
    expect(await sweepStaleShops(app.services)).toBe(0);
  });

  test("a heartbeat keeps the shop open through the next sweep", async () => {
    const shop = await printUser(app, "shopkeeper", { lastHeartbeatAt: minutesAgo(60) });
    await shop.api.post("/shop/heartbeat");
    await sweepStaleShops(app.services);
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } })).isOpen).toBe(true);
  });

  test("SHOP_STALE_AFTER_MINUTES sets the threshold", async () => {
    const shop = await printUser(app, "shopkeeper", { lastHeartbeatAt: minutesAgo(20) });
    const lenient = { ...app.services, config: { ...app.services.config, env: { ...app.services.config.env, SHOP_STALE_AFTER_MINUTES: "30" } } };
    await sweepStaleShops(lenient);
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } })).isOpen).toBe(true);
    await sweepStaleShops(app.services); // default 10 minutes
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } })).isOpen).toBe(false);
  });

  test("is registered as a print background job running every minute", async () => {
    expect(printJobs).toContain(shopSweeperJob);
    expect(shopSweeperJob.everyMs).toBe(60_000);
    const shop = await printUser(app, "shopkeeper", { lastHeartbeatAt: minutesAgo(15) });
    await shopSweeperJob.run(app.services);
    expect((await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } })).isOpen).toBe(false);
  });
});

describe("GET /shopkeeper/payouts", () => {
  test("the shop's payouts newest first, in rupees, documented keys", async () => {
    const db = app.services.db;
    const [shop, other] = [await printUser(app, "shopkeeper"), await printUser(app, "shopkeeper")];
    const customer = await printUser(app, "customer");
    const order = await db.printPaymentOrder.create({ data: { userId: customer.id, orderId: unique("order"), amount: 5000, status: "paid", printType: "queue", shopkeeperId: shop.id, shopkeeperAmount: 4550 } });
    const old = await db.printPayout.create({ data: { shopkeeperId: shop.id, paymentOrderId: order.id, amount: 4550, status: "paid", reference: "UTR123", paidAt: minutesAgo(5), createdAt: minutesAgo(60) } });
    const recent = await db.printPayout.create({ data: { shopkeeperId: shop.id, amount: 1999, createdAt: minutesAgo(1) } });
    await db.printPayout.create({ data: { shopkeeperId: other.id, amount: 100 } });
    const res = await shop.api.get("/shopkeeper/payouts");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual([
      { id: recent.id, amount: 19.99, status: "pending", payment_order_id: null, reference: null, created_at: recent.createdAt.toISOString(), paid_at: null },
      { id: old.id, amount: 45.5, status: "paid", payment_order_id: order.id, reference: "UTR123", created_at: old.createdAt.toISOString(), paid_at: old.paidAt!.toISOString() },
    ]);
    expect((await shop.api.get("/shopkeeper/payouts?limit=1&offset=1")).body.map((p: { id: number }) => p.id)).toEqual([old.id]);
    expect((await (await printUser(app, "shopkeeper")).api.get("/shopkeeper/payouts")).body).toEqual([]);
  });

  test("limit/offset out of range is 400; 401 without a token; 403 for a customer", async () => {
    const shop = await printUser(app, "shopkeeper");
    const bad = await shop.api.get("/shopkeeper/payouts?limit=501");
    expect(bad.status).toBe(400);
    expect(bad.text).toBe("limit must be between 1 and 500");
    expect((await shop.api.get("/shopkeeper/payouts?offset=-1")).text).toBe("offset must not be negative");
    expect((await api.get("/shopkeeper/payouts")).status).toBe(401);
    expect((await (await printUser(app, "customer")).api.get("/shopkeeper/payouts")).status).toBe(403);
  });

  test("GraphQL printShopPayouts", async () => {
    const shop = await printUser(app, "shopkeeper");
    await app.services.db.printPayout.create({ data: { shopkeeperId: shop.id, amount: 12345 } });
    const res = await gql(app.url, "{ printShopPayouts { amount status } }", {}, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.printShopPayouts).toEqual([{ amount: 123.45, status: "pending" }]);
  });
});

test("the print OpenAPI document lists every shop and queue route", async () => {
  const doc = (await api.get("/openapi.json")).body;
  const ops = Object.entries(doc.paths).flatMap(([p, o]) => Object.keys(o as object).map((m) => `${m.toUpperCase()} ${p}`));
  const mine = [...shopRoutes, ...queueRoutes].map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  expect(mine).toHaveLength(12);
  for (const op of mine) expect(ops).toContain(op);
});
