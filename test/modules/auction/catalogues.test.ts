import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let cataloguer: AuctionStaffFixture;
let clerk: AuctionStaffFixture;
let photographer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  cataloguer = await auctionStaff(app, ["cataloguer"]);
  clerk = await auctionStaff(app, ["clerk"]);
  photographer = await auctionStaff(app, ["photographer"]);
});
afterAll(() => app?.close());

const catalog = (label = `Catalog ${Math.random().toString(36).slice(2, 8)}`) => app.services.db.auctionCatalog.create({ data: { label } });
const KEYS = ["catalog", "created", "description", "id", "label", "published", "updated", "weight"];

describe("POST /catalogue-parts", () => {
  test("creates a part (the spec's body) → 201 {data: [part]}", async () => {
    const c = await catalog();
    const res = await cataloguer.api.post("/catalogue-parts", { catalog: String(c.id), label: "Section A: Modern Art", description: "Contemporary paintings and sculptures", weight: 1 });
    expect(res.status).toBe(201);
    const part = res.body.data[0];
    expect(Object.keys(part).sort()).toEqual(KEYS);
    expect(part).toMatchObject({ catalog: String(c.id), label: "Section A: Modern Art", description: "Contemporary paintings and sculptures", weight: 1, published: true });
    expect(part.id).toMatch(/^\d+$/);
    expect(part.created).toMatch(/Z$/);
    expect(await app.services.db.auctionCataloguePart.findUnique({ where: { id: Number(part.id) } })).toMatchObject({ catalogId: c.id, weight: 1 });
  });
  test("label or catalog missing: 400; unknown catalog: 422", async () => {
    const c = await catalog();
    const noLabel = await clerk.api.post("/catalogue-parts", { catalog: String(c.id) });
    expect(noLabel.status).toBe(400);
    expect(noLabel.body).toMatchObject({ status: 400, detail: "The field 'label' is required", errors: { label: ["This field is required"] } });
    const blank = await clerk.api.post("/catalogue-parts", { catalog: String(c.id), label: "  " });
    expect(blank.status).toBe(400);
    const noCatalog = await clerk.api.post("/catalogue-parts", { label: "X" });
    expect(noCatalog.status).toBe(400);
    expect(noCatalog.body.detail).toBe("The field 'catalog' is required");
    for (const bad of ["999999", "abc"]) {
      const unknown = await clerk.api.post("/catalogue-parts", { catalog: bad, label: "X" });
      expect(unknown.status, bad).toBe(422);
      expect(unknown.body.errors).toEqual({ catalog: ["This catalogue does not exist"] });
    }
    expect(await app.services.db.auctionCataloguePart.count({ where: { catalogId: c.id } })).toBe(0);
  });
  test("401 without a token, 403 for a role that may not edit catalogues", async () => {
    const c = await catalog();
    expect((await auctionAnon(app).post("/catalogue-parts", { body: { catalog: String(c.id), label: "X" } })).status).toBe(401);
    const res = await photographer.api.post("/catalogue-parts", { catalog: String(c.id), label: "X" });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
  });
});

describe("GET /catalogue-parts", () => {
  test("filter[catalog] and sort=weight (the spec's example), published filter, fields", async () => {
    const c = await catalog();
    const other = await catalog();
    const db = app.services.db;
    const b = await db.auctionCataloguePart.create({ data: { catalogId: c.id, label: "B", weight: 2 } });
    const a = await db.auctionCataloguePart.create({ data: { catalogId: c.id, label: "A", weight: 1, published: false } });
    const z = await db.auctionCataloguePart.create({ data: { catalogId: c.id, label: "Z", weight: 0 } });
    await db.auctionCataloguePart.create({ data: { catalogId: other.id, label: "Other", weight: 0 } });
    const res = await photographer.api.get(`/catalogue-parts?filter[catalog]=${c.id}&sort=weight`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(3);
    expect(res.body.data.map((p: any) => p.id)).toEqual([z.id, a.id, b.id].map(String));
    expect(Object.keys(res.body.data[0]).sort()).toEqual(KEYS);
    const desc = await clerk.api.get(`/catalogue-parts?filter[catalog]=${c.id}&sort=-weight&fields=id,weight`);
    expect(desc.body.data).toEqual([{ id: String(b.id), weight: 2 }, { id: String(a.id), weight: 1 }, { id: String(z.id), weight: 0 }]);
    const unpublished = await clerk.api.get(`/catalogue-parts?filter[catalog]=${c.id}&filter[published]=0`);
    expect(unpublished.body.data.map((p: any) => p.id)).toEqual([String(a.id)]);
    expect((await clerk.api.get(`/catalogue-parts?filter[catalog]=${c.id}&filter[published]=true`)).body.count).toBe(2);
    expect((await clerk.api.get("/catalogue-parts?filter[published]=maybe")).status).toBe(400);
    expect((await auctionAnon(app).get("/catalogue-parts")).status).toBe(401);
  });
});

describe("PATCH/DELETE /catalogue-parts/:id", () => {
  test("partial update: only the given fields change; published takes 1/0", async () => {
    const c = await catalog();
    const id = (await clerk.api.post("/catalogue-parts", { catalog: String(c.id), label: "Original", description: "Desc", weight: 3 })).body.data[0].id;
    const res = await cataloguer.api.patch(`/catalogue-parts/${id}`, { weight: 7, published: 0 });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ id, label: "Original", description: "Desc", weight: 7, published: false });
    const again = await cataloguer.api.patch(`/catalogue-parts/${id}`, { published: "1", label: "Renamed" });
    expect(again.body.data[0]).toMatchObject({ label: "Renamed", published: true, weight: 7 });
    const moved = await catalog();
    expect((await cataloguer.api.patch(`/catalogue-parts/${id}`, { catalog: String(moved.id) })).body.data[0].catalog).toBe(String(moved.id));
    expect(await app.services.db.auctionCataloguePart.findUnique({ where: { id: Number(id) } })).toMatchObject({ catalogId: moved.id, label: "Renamed", published: true, weight: 7 });
  });
  test("refusals: unknown catalog 422, empty label 400, bad flag 400, missing part 404, 403, 401", async () => {
    const c = await catalog();
    const id = (await clerk.api.post("/catalogue-parts", { catalog: String(c.id), label: "Keep" })).body.data[0].id;
    expect((await clerk.api.patch(`/catalogue-parts/${id}`, { catalog: "999999" })).status).toBe(422);
    expect((await clerk.api.patch(`/catalogue-parts/${id}`, { label: "" })).status).toBe(400);
    expect((await clerk.api.patch(`/catalogue-parts/${id}`, { published: "maybe" })).status).toBe(400);
    const missing = await clerk.api.patch("/catalogue-parts/999999", { label: "X" });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Catalogue part with ID 999999 does not exist");
    expect((await photographer.api.patch(`/catalogue-parts/${id}`, { label: "X" })).status).toBe(403);
    expect((await auctionAnon(app).patch(`/catalogue-parts/${id}`, { body: { label: "X" } })).status).toBe(401);
    expect(await app.services.db.auctionCataloguePart.findUnique({ where: { id: Number(id) } })).toMatchObject({ catalogId: c.id, label: "Keep" });
  });
  test("DELETE → 204 with no body; then 404; 403 and 401 leave it", async () => {
    const c = await catalog();
    const id = (await clerk.api.post("/catalogue-parts", { catalog: String(c.id), label: "Gone" })).body.data[0].id;
    expect((await photographer.api.delete(`/catalogue-parts/${id}`)).status).toBe(403);
    expect((await auctionAnon(app).delete(`/catalogue-parts/${id}`)).status).toBe(401);
    const res = await cataloguer.api.delete(`/catalogue-parts/${id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(await app.services.db.auctionCataloguePart.count({ where: { id: Number(id) } })).toBe(0);
    const again = await cataloguer.api.delete(`/catalogue-parts/${id}`);
    expect(again.status).toBe(404);
  });
  test("GraphQL: create and update through the typed mutations", async () => {
    const c = await catalog();
    const created = await gql(app.url, `mutation($i: CreateAuctionCataloguePartInput!) { createAuctionCataloguePart(input: $i) { id catalog label weight published } }`,
      { i: { catalog: String(c.id), label: "GQL part", weight: 4, published: false } }, cataloguer.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAuctionCataloguePart).toMatchObject({ catalog: String(c.id), label: "GQL part", weight: 4, published: false });
    const updated = await gql(app.url, `mutation($id: ID!) { updateAuctionCataloguePart(id: $id, input: { description: "Now described" }) { description label } }`,
      { id: created.data.createAuctionCataloguePart.id }, cataloguer.token);
    expect(updated.data.updateAuctionCataloguePart).toEqual({ description: "Now described", label: "GQL part" });
  });
});

describe("GET /catalogue-parts-public", () => {
  test("anonymous: only published parts of catalogues of published or closed sales, public fields only", async () => {
    const db = app.services.db;
    const live = await catalog(), closed = await catalog(), draftOnly = await catalog(), unused = await catalog();
    await auctionSale(app, { catalogId: live.id, status: "published" });
    await auctionSale(app, { catalogId: live.id, status: "draft" });
    await auctionSale(app, { catalogId: closed.id, status: "closed" });
    await auctionSale(app, { catalogId: draftOnly.id, status: "draft" });
    const shown = await db.auctionCataloguePart.create({ data: { catalogId: live.id, label: "Shown", description: "Public text", weight: 2 } });
    const first = await db.auctionCataloguePart.create({ data: { catalogId: live.id, label: "First", weight: 1 } });
    await db.auctionCataloguePart.create({ data: { catalogId: live.id, label: "Hidden", published: false } });
    const fromClosed = await db.auctionCataloguePart.create({ data: { catalogId: closed.id, label: "Archive" } });
    await db.auctionCataloguePart.create({ data: { catalogId: draftOnly.id, label: "Draft" } });
    await db.auctionCataloguePart.create({ data: { catalogId: unused.id, label: "Unused" } });

    const anon = auctionAnon(app);
    const res = await anon.get(`/catalogue-parts-public?filter[catalog]=${live.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ count: 2, data: [
      { id: String(first.id), catalog: String(live.id), label: "First", description: "", weight: 1 },
      { id: String(shown.id), catalog: String(live.id), label: "Shown", description: "Public text", weight: 2 },
    ] });
    const desc = await anon.get(`/catalogue-parts-public?filter[catalog]=${live.id}&sort=-weight`);
    expect(desc.body.data.map((p: any) => p.label)).toEqual(["Shown", "First"]);
    const all = await anon.get(`/catalogue-parts-public?range=500&${[live, closed, draftOnly, unused].map((c, i) => `filter[catalog][value][${i}]=${c.id}`).join("&")}&filter[catalog][operator]=IN`);
    expect(all.body.data.map((p: any) => p.id).sort()).toEqual([first.id, shown.id, fromClosed.id].map(String).sort());
    // what the back office filters on is not open to visitors
    expect((await anon.get("/catalogue-parts-public?filter[published]=0")).status).toBe(400);
    expect((await anon.get("/catalogue-parts-public?fields=id,published")).status).toBe(400);
  });
  test("GraphQL: no token needed, no back-office fields", async () => {
    const r = await gql(app.url, `{ auctionPublicCatalogueParts(range: 1) { count data { id label } } }`);
    expect(r.errors).toBeUndefined();
    const hidden = await gql(app.url, `{ auctionPublicCatalogueParts { data { published } } }`);
    expect(hidden.errors?.[0]?.message).toMatch(/published/);
  });
});
