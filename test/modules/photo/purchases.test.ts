import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { photoOperator, type PhotoOperatorFixture } from "../../support/photo-factory.ts";
import { daysAgo, photoData, type PhotoData } from "../../support/photo-data.ts";

let app: TestApp;
let data: PhotoData;
beforeAll(async () => { app = await startTestApp(); data = photoData(app); });
afterAll(() => app?.close());

const ITEM_KEYS = ["appliedPromoCode", "createdAt", "discountAppliedCents", "id", "photoCount", "project", "status", "stripePaymentIntentId", "subtotalCents", "totalCents", "user"];

/** Operator A: purchases a…e (a oldest) over P1 and P2; operator B: purchase f in Q, newer than all of A's. */
async function world() {
  const a = await photoOperator(app);
  const b = await photoOperator(app);
  const [p1, p2, q] = [await a.project(), await a.project(), await b.project()];
  const [u1, u2, u3] = await data.users(3);
  const [ph1, ph2] = await data.photos(p1.id, 2);
  const a1 = await data.purchase(p1.id, u1!.id, {
    status: "paid", photoIds: [ph1!.id, ph2!.id], subtotalCents: 1000, discountAppliedCents: 200,
    appliedPromoCode: "SUMMER10", stripePaymentIntentId: "pi_a", createdAt: daysAgo(5),
  });
  const b1 = await data.purchase(p1.id, u2!.id, { status: "pending", photoCount: 1, createdAt: daysAgo(4) });
  const c1 = await data.purchase(p2.id, u3!.id, { status: "failed", photoCount: 2, createdAt: daysAgo(3) });
  const d1 = await data.purchase(p2.id, u1!.id, { status: "refunded", photoCount: 1, createdAt: daysAgo(2) });
  const e1 = await data.purchase(p1.id, u3!.id, { status: "paid", photoCount: 3, stripePaymentIntentId: "pi_e", createdAt: daysAgo(1) });
  const f1 = await data.purchase(q.id, u1!.id, { status: "paid", photoCount: 1, createdAt: daysAgo(0.5) });
  return { a, b, p1, p2, q, u1: u1!, u3: u3!, photos: [ph1!, ph2!], ids: { a: a1.id, b: b1.id, c: c1.id, d: d1.id, e: e1.id, f: f1.id } };
}
const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);

describe("GET /v1/purchases", () => {
  test("lists the operator's purchases newest first in the documented envelope", async () => {
    const w = await world();
    const res = await w.a.api.get("/v1/purchases");
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["items", "limit", "page", "total"]);
    expect(res.body).toMatchObject({ total: 5, page: 1, limit: 50 });
    expect(ids(res)).toEqual([w.ids.e, w.ids.d, w.ids.c, w.ids.b, w.ids.a]);
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
    expect(res.body.items[4]).toEqual({
      id: w.ids.a, status: "paid", photoCount: 2, subtotalCents: 1000, discountAppliedCents: 200, totalCents: 800,
      appliedPromoCode: "SUMMER10", stripePaymentIntentId: "pi_a", createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      project: { id: w.p1.id, name: w.p1.name },
      user: { id: w.u1.id, email: w.u1.email, name: w.u1.name },
    });
    expect(res.body.items[0]).toMatchObject({ status: "paid", photoCount: 3, subtotalCents: 1500, totalCents: 1500, appliedPromoCode: null, stripePaymentIntentId: "pi_e" });
  });

  test("filters by status and projectId; another operator's projectId matches nothing", async () => {
    const w = await world();
    const paid = await w.a.api.get("/v1/purchases?status=paid");
    expect(ids(paid)).toEqual([w.ids.e, w.ids.a]);
    expect(paid.body.total).toBe(2);
    const p2 = await w.a.api.get(`/v1/purchases?projectId=${w.p2.id}`);
    expect(ids(p2)).toEqual([w.ids.d, w.ids.c]);
    expect(ids(await w.a.api.get(`/v1/purchases?projectId=${w.p1.id}&status=pending`))).toEqual([w.ids.b]);
    const foreign = await w.a.api.get(`/v1/purchases?projectId=${w.q.id}`);
    expect(foreign.status).toBe(200);
    expect(foreign.body).toEqual({ items: [], total: 0, page: 1, limit: 50 });
    expect(ids(await w.b.api.get("/v1/purchases"))).toEqual([w.ids.f]);
  });

  test("pages are 1-indexed; total counts every page", async () => {
    const w = await world();
    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      const res = await w.a.api.get(`/v1/purchases?page=${page}&limit=2`);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ total: 5, page, limit: 2 });
      pages.push(ids(res));
    }
    expect(pages).toEqual([[w.ids.e, w.ids.d], [w.ids.c, w.ids.b], [w.ids.a], []]);
    expect((await w.a.api.get("/v1/purchases?limit=100")).body.limit).toBe(100);
    // "max 100": a larger limit is capped, as the legacy API did, and the envelope says so
    expect((await w.a.api.get("/v1/purchases?limit=101")).body.limit).toBe(100);
  });

  test.each([
    "status=bogus", "projectId=not-a-uuid", "limit=0", "limit=abc", "page=0", "page=-1",
  ])("%s is 400", async (query) => {
    const op = await photoOperator(app);
    const res = await op.api.get(`/v1/purchases?${query}`);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.code).toMatch(/^(BAD_REQUEST|VALIDATION_FAILED)$/);
  });

  test("401 without a token, 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await restClient(`${app.url}/photo`).get("/v1/purchases")).status).toBe(401);
    expect((await ph.api.get("/v1/purchases")).status).toBe(403);
  });

  test("the same number of SQL statements for 5 and for 50 purchases", async () => {
    const seed = async (op: PhotoOperatorFixture, count: number) => {
      const projects = [await op.project(), await op.project(), await op.project()];
      const users = await data.users(count);
      const photos = await Promise.all(projects.map((p) => data.photos(p.id, 2)));
      for (let i = 0; i < count; i++) {
        const p = i % projects.length;
        await data.purchase(projects[p]!.id, users[i]!.id, { photoIds: photos[p]!.map((ph) => ph.id), createdAt: daysAgo(i / 100) });
      }
    };
    const [small, large] = [await photoOperator(app), await photoOperator(app)];
    await seed(small, 5);
    await seed(large, 50);
    const statements = async (op: PhotoOperatorFixture) => {
      const before = app.counter.count;
      const res = await op.api.get("/v1/purchases?limit=100");
      const gqlRes = await gql(app.url, "{ photoPurchases(limit: 100) { items { id project { name } user { email } downloads { photoId } } total } }", {}, op.token);
      expect(gqlRes.errors).toBeUndefined();
      return { items: res.body.items.length, gqlItems: gqlRes.data.photoPurchases.items.length, sql: app.counter.count - before };
    };
    const s = await statements(small);
    const l = await statements(large);
    expect([s.items, s.gqlItems, l.items, l.gqlItems]).toEqual([5, 5, 50, 50]);
    expect(l.sql).toBe(s.sql);
  });
});

describe("GET /v1/purchases/:id", () => {
  test("the documented detail with the purchased photo ids", async () => {
    const w = await world();
    const res = await w.a.api.get(`/v1/purchases/${w.ids.a}`);
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([...ITEM_KEYS, "downloads"].sort());
    expect(res.body).toMatchObject({
      id: w.ids.a, status: "paid", photoCount: 2, subtotalCents: 1000, discountAppliedCents: 200, totalCents: 800,
      appliedPromoCode: "SUMMER10", stripePaymentIntentId: "pi_a",
      project: { id: w.p1.id, name: w.p1.name }, user: { id: w.u1.id, email: w.u1.email, name: w.u1.name },
    });
    expect(res.body.downloads).toEqual(w.photos.map((p) => ({ photoId: p.id })).sort((x, y) => x.photoId.localeCompare(y.photoId)));
    expect((await w.a.api.get(`/v1/purchases/${w.ids.b}`)).body.downloads).toEqual([]);
  });

  test("403 for another operator's purchase (documented), 404 for an unknown id, 400 for a malformed id", async () => {
    const w = await world();
    const foreign = await w.a.api.get(`/v1/purchases/${w.ids.f}`);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("FORBIDDEN");
    expect((await w.b.api.get(`/v1/purchases/${w.ids.f}`)).status).toBe(200);
    const unknown = await w.a.api.get(`/v1/purchases/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    expect((await w.a.api.get("/v1/purchases/not-a-uuid")).status).toBe(400);
  });

  test("401 without a token, 403 for a photographer of the owning operator", async () => {
    const w = await world();
    const ph = await w.a.photographer();
    expect((await restClient(`${app.url}/photo`).get(`/v1/purchases/${w.ids.a}`)).status).toBe(401);
    expect((await ph.api.get(`/v1/purchases/${w.ids.a}`)).status).toBe(403);
  });
});

describe("Query.photoPurchases / Query.photoPurchase (GraphQL)", () => {
  test("the same data and rules over GraphQL", async () => {
    const w = await world();
    const list = await gql(app.url, `{ photoPurchases(status: paid, limit: 1, page: 2) {
      items { id status project { name } user { email } downloads { photoId } } total page limit } }`, {}, w.a.token);
    expect(list.errors).toBeUndefined();
    expect(list.data.photoPurchases).toEqual({
      items: [{ id: w.ids.a, status: "paid", project: { name: w.p1.name }, user: { email: w.u1.email }, downloads: expect.any(Array) }],
      total: 2, page: 2, limit: 1,
    });
    expect(list.data.photoPurchases.items[0].downloads).toHaveLength(2);
    const one = `query($id: UUID!) { photoPurchase(id: $id) { id totalCents } }`;
    expect((await gql(app.url, one, { id: w.ids.e }, w.a.token)).data.photoPurchase).toEqual({ id: w.ids.e, totalCents: 1500 });
    expect((await gql(app.url, one, { id: w.ids.f }, w.a.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(app.url, one, { id: randomUUID() }, w.a.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const capped = await gql(app.url, "{ photoPurchases(limit: 500) { limit } }", {}, w.a.token);
    expect(capped.data.photoPurchases.limit).toBe(100);
    const zero = await gql(app.url, "{ photoPurchases(limit: 0) { total } }", {}, w.a.token);
    expect(zero.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  });
});
