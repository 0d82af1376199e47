import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { photoOperator } from "../../support/photo-factory.ts";
import { photoData, type PhotoData } from "../../support/photo-data.ts";

let app: TestApp;
let data: PhotoData;
beforeAll(async () => { app = await startTestApp(); data = photoData(app); });
afterAll(() => app?.close());

const EMPTY = {
  kpis: { membersEnrolled: 0, revenueInCents: 0, photosUploaded: 0, usersTagged: 0, purchasesMade: 0 },
  photosByPhotographer: [],
  revenueByProject: [],
  conversionFunnel: { invited: 0, enrolled: 0, tagged: 0, purchased: 0 },
};

/**
 * Operator A: P1 (members u1 u2 u3), P2 (members u3 u4); photographers X (3 photos in P1) and Y (1 in P1, 3 in P2),
 * one P2 photo without photographer. Invited e-mails: u1 u2 extra (P1), u4 u1 (P2) → 4 distinct.
 * Tags: x1 u1+u2, x2 u1, y1 u3, y2 u4, n1 u3 → 4 distinct users.
 * Purchases P1: u1 paid 1500, u1 paid 300, u2 paid 500, u1 pending 999, u3 refunded 700; P2: u4 paid 2500, u3 failed 300.
 * Operator B (must never show up for A): project Q with u1 as member, a photo by Z tagging u1, a paid purchase 9999.
 */
async function world() {
  const a = await photoOperator(app);
  const b = await photoOperator(app);
  const [p1, p2, q] = [await a.project(), await a.project(), await b.project()];
  const [x, y, z] = [await a.photographer(), await a.photographer(), await b.photographer()];
  const [u1, u2, u3, u4] = await data.users(4);
  await data.member(p1.id, u1!.id, u2!.id, u3!.id);
  await data.member(p2.id, u3!.id, u4!.id);
  for (const email of [u1!.email, u2!.email, "extra-" + randomUUID() + "@example.com"]) await data.invite(p1.id, { email });
  for (const email of [u4!.email, u1!.email]) await data.invite(p2.id, { email });
  const [x1, x2] = await data.photos(p1.id, 3, { photographerId: x.id });
  const [y1] = await data.photos(p1.id, 1, { photographerId: y.id });
  const [y2] = await data.photos(p2.id, 3, { photographerId: y.id });
  const n1 = await data.photo(p2.id);
  await data.tag(x1!.id, u1!.id, u2!.id);
  await data.tag(x2!.id, u1!.id);
  await data.tag(y1!.id, u3!.id);
  await data.tag(y2!.id, u4!.id);
  await data.tag(n1.id, u3!.id);
  await data.purchase(p1.id, u1!.id, { status: "paid", totalCents: 1500, photoIds: [x1!.id, x2!.id] });
  await data.purchase(p1.id, u1!.id, { status: "paid", totalCents: 300 });
  await data.purchase(p1.id, u2!.id, { status: "paid", totalCents: 500 });
  await data.purchase(p1.id, u1!.id, { status: "pending", totalCents: 999 });
  await data.purchase(p1.id, u3!.id, { status: "refunded", totalCents: 700 });
  await data.purchase(p2.id, u4!.id, { status: "paid", totalCents: 2500, photoIds: [y2!.id] });
  await data.purchase(p2.id, u3!.id, { status: "failed", totalCents: 300 });

  await data.member(q.id, u1!.id);
  const zPhoto = await data.photo(q.id, { photographerId: z.id });
  await data.tag(zPhoto.id, u1!.id);
  await data.invite(q.id, { email: u1!.email });
  await data.purchase(q.id, u1!.id, { status: "paid", totalCents: 9999 });
  return { a, b, p1, p2, q, x, y, z };
}

describe("GET /v1/analytics", () => {
  test("computes the documented shape from the operator's rows only", async () => {
    const { a, p1, p2, x, y } = await world();
    const res = await a.api.get("/v1/analytics");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      kpis: { membersEnrolled: 4, revenueInCents: 4800, photosUploaded: 8, usersTagged: 4, purchasesMade: 4 },
      photosByPhotographer: [{ name: y.name, photoCount: 4 }, { name: x.name, photoCount: 3 }],
      revenueByProject: [
        { projectName: p2.name, purchasesMade: 1, revenueInCents: 2500 },
        { projectName: p1.name, purchasesMade: 3, revenueInCents: 2300 },
      ],
      conversionFunnel: { invited: 4, enrolled: 4, tagged: 4, purchased: 3 },
    });
  });

  test("projectIds scopes every figure to those projects", async () => {
    const { a, p2, y } = await world();
    const res = await a.api.get(`/v1/analytics?projectIds=${p2.id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      kpis: { membersEnrolled: 2, revenueInCents: 2500, photosUploaded: 4, usersTagged: 2, purchasesMade: 1 },
      photosByPhotographer: [{ name: y.name, photoCount: 3 }],
      revenueByProject: [{ projectName: p2.name, purchasesMade: 1, revenueInCents: 2500 }],
      conversionFunnel: { invited: 2, enrolled: 2, tagged: 2, purchased: 1 },
    });
  });

  test("photographerIds scopes the photo figures; members, invites and purchases stay per project", async () => {
    const { a, p1, x, y } = await world();
    const onlyX = await a.api.get(`/v1/analytics?photographerIds=${x.id}`);
    expect(onlyX.status, onlyX.text).toBe(200);
    expect(onlyX.body.kpis).toEqual({ membersEnrolled: 4, revenueInCents: 4800, photosUploaded: 3, usersTagged: 2, purchasesMade: 4 });
    expect(onlyX.body.photosByPhotographer).toEqual([{ name: x.name, photoCount: 3 }]);
    expect(onlyX.body.conversionFunnel).toEqual({ invited: 4, enrolled: 4, tagged: 2, purchased: 3 });

    const both = await a.api.get(`/v1/analytics?photographerIds=${x.id},${y.id}&projectIds=${p1.id}`);
    expect(both.body.kpis).toMatchObject({ photosUploaded: 4, usersTagged: 3, membersEnrolled: 3, purchasesMade: 3, revenueInCents: 2300 });
    expect(both.body.photosByPhotographer).toEqual([{ name: x.name, photoCount: 3 }, { name: y.name, photoCount: 1 }]);
  });

  // Ids the operator does not own are not an error: they match nothing, so nothing about them leaks.
  test("another operator's project or photographer ids contribute nothing", async () => {
    const { a, b, p1, q, z } = await world();
    const own = await a.api.get(`/v1/analytics?projectIds=${p1.id}`);
    const mixed = await a.api.get(`/v1/analytics?projectIds=${p1.id},${q.id}`);
    expect(mixed.status).toBe(200);
    expect(mixed.body).toEqual(own.body);
    expect((await a.api.get(`/v1/analytics?projectIds=${q.id}`)).body).toEqual(EMPTY);
    const foreignPhotographer = await a.api.get(`/v1/analytics?photographerIds=${z.id}`);
    expect(foreignPhotographer.body.kpis).toMatchObject({ photosUploaded: 0, usersTagged: 0 });
    expect(foreignPhotographer.body.photosByPhotographer).toEqual([]);
    expect((await a.api.get(`/v1/analytics?projectIds=${randomUUID()}`)).body).toEqual(EMPTY);
    // and B sees only its own project
    const bView = await b.api.get("/v1/analytics");
    expect(bView.body.kpis).toEqual({ membersEnrolled: 1, revenueInCents: 9999, photosUploaded: 1, usersTagged: 1, purchasesMade: 1 });
    expect(bView.body.revenueByProject).toEqual([{ projectName: q.name, purchasesMade: 1, revenueInCents: 9999 }]);
  });

  test("a new operator gets zeros; its projects are listed with zero revenue", async () => {
    const op = await photoOperator(app);
    expect((await op.api.get("/v1/analytics")).body).toEqual(EMPTY);
    const p = await op.project();
    const res = await op.api.get("/v1/analytics");
    expect(res.body).toEqual({ ...EMPTY, revenueByProject: [{ projectName: p.name, purchasesMade: 0, revenueInCents: 0 }] });
  });

  test("blank, duplicated and upper-case ids are accepted", async () => {
    const { a, p2 } = await world();
    const all = await a.api.get("/v1/analytics");
    expect((await a.api.get("/v1/analytics?projectIds=&photographerIds=")).body).toEqual(all.body);
    const only = await a.api.get(`/v1/analytics?projectIds=${p2.id}`);
    expect((await a.api.get(`/v1/analytics?projectIds=${p2.id.toUpperCase()},,${p2.id}`)).body).toEqual(only.body);
  });

  test.each([
    ["projectIds=not-a-uuid", "projectIds"],
    [`projectIds=${randomUUID()},nope`, "projectIds"],
    ["photographerIds=123", "photographerIds"],
    [`projectIds=${Array.from({ length: 101 }, () => randomUUID()).join(",")}`, "projectIds"],
  ])("%s is 400", async (query, field) => {
    const op = await photoOperator(app);
    const res = await op.api.get(`/v1/analytics?${query}`);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(res.body.error.details)).toContain(field);
  });

  test("401 without a token, 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await restClient(`${app.url}/photo`).get("/v1/analytics")).status).toBe(401);
    const res = await ph.api.get("/v1/analytics");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });

  test("a constant number of SQL statements, however much data", async () => {
    const empty = await photoOperator(app);
    const { a } = await world();
    const count = async (op: typeof empty) => {
      const before = app.counter.count;
      expect((await op.api.get("/v1/analytics")).status).toBe(200);
      return app.counter.count - before;
    };
    expect(await count(a)).toBe(await count(empty));
  });
});

describe("Query.photoAnalytics (GraphQL)", () => {
  test("same figures over GraphQL; photographers are FORBIDDEN", async () => {
    const { a, p2, y } = await world();
    const query = `query($ids: String) { photoAnalytics(projectIds: $ids) {
      kpis { photosUploaded revenueInCents } photosByPhotographer { name photoCount } conversionFunnel { enrolled purchased } } }`;
    const res = await gql(app.url, query, { ids: p2.id }, a.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.photoAnalytics).toEqual({
      kpis: { photosUploaded: 4, revenueInCents: 2500 },
      photosByPhotographer: [{ name: y.name, photoCount: 3 }],
      conversionFunnel: { enrolled: 2, purchased: 1 },
    });
    const bad = await gql(app.url, query, { ids: "x" }, a.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const ph = await a.photographer();
    expect((await gql(app.url, query, {}, ph.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
