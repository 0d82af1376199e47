import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { photoOperator } from "../../support/photo-factory.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const DETAIL_KEYS = ["createdAt", "endAt", "id", "locationName", "name", "photographers", "projectLink", "startAt", "status", "termsAndConditions", "timezone", "type", "updatedAt"];
const MISSING = "00000000-0000-4000-8000-000000000000";

describe("POST /v1/projects", () => {
  test("defaults to private/draft and answers 201 with the detail and an empty photographers array", async () => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/projects", { name: "Gala", locationName: "Berlin", startAt: "2026-06-01T18:00:00Z", endAt: "2026-06-01T23:00:00Z", projectLink: "https://example.com/gala", timezone: "Europe/Berlin" });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(DETAIL_KEYS);
    expect(res.body).toMatchObject({ name: "Gala", type: "private", status: "draft", photographers: [], startAt: "2026-06-01T18:00:00.000Z" });
  });

  test("status live publishes immediately; closed/archived cannot be created", async () => {
    const op = await photoOperator(app);
    expect((await op.api.post("/v1/projects", { name: "Live", status: "live", type: "public" })).body).toMatchObject({ status: "live", type: "public" });
    expect((await op.api.post("/v1/projects", { name: "X", status: "closed" })).status).toBe(400);
  });

  test.each([
    [{ name: "" }], [{}], [{ name: "x", type: "secret" }], [{ name: "x", projectLink: "not a url" }],
    [{ name: "x", startAt: "yesterday" }], [{ name: "x", timezone: "Nowhere/Land" }], [{ name: 42 }],
  ])("bad input %j is 400 in the photo error format", async (body) => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/projects", body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  test("endAt before startAt is rejected", async () => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/projects", { name: "x", startAt: "2026-06-02T00:00:00Z", endAt: "2026-06-01T00:00:00Z" });
    expect(res.status).toBe(409);
  });

  test("401 without token, 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await restClient(`${app.url}/photo`).post("/v1/projects", { body: { name: "x" } })).status).toBe(401);
    expect((await ph.api.post("/v1/projects", { name: "x" })).status).toBe(403);
  });
});

describe("GET /v1/projects", () => {
  test("lists only the operator's own non-archived projects, newest first, with photographers", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    await other.project();
    const a = await op.project();
    const b = await op.project();
    const ph = await op.photographer();
    expect((await op.api.post(`/v1/projects/${a.id}/photographers`, { photographerId: ph.id })).status).toBe(204);
    const res = await op.api.get("/v1/projects");
    expect(res.status).toBe(200);
    expect(res.body.map((p: any) => p.id)).toEqual([b.id, a.id]);
    expect(res.body[1].photographers).toEqual([{ id: ph.id, name: ph.name, email: ph.email }]);
  });

  test("archived projects disappear from the list", async () => {
    const op = await photoOperator(app);
    const p = await op.project({ status: "live" });
    await op.api.patch(`/v1/projects/${p.id}/status`, { status: "closed" });
    await op.api.patch(`/v1/projects/${p.id}/status`, { status: "archived" });
    expect((await op.api.get("/v1/projects")).body).toEqual([]);
  });

  test("401 and 403", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await restClient(`${app.url}/photo`).get("/v1/projects")).status).toBe(401);
    expect((await ph.api.get("/v1/projects")).status).toBe(403);
  });
});

describe("GET /v1/projects/:id", () => {
  test("operator gets its project; another operator's or a missing one is 404; a malformed id is 400", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const p = await op.project();
    expect((await op.api.get(`/v1/projects/${p.id}`)).body).toMatchObject({ id: p.id, photographers: [] });
    expect((await other.api.get(`/v1/projects/${p.id}`)).status).toBe(404);
    expect((await op.api.get(`/v1/projects/${MISSING}`)).status).toBe(404);
    expect((await op.api.get(`/v1/projects/abc`)).status).toBe(400);
  });

  test("a photographer sees only projects it is assigned to", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const p = await op.project();
    expect((await ph.api.get(`/v1/projects/${p.id}`)).status).toBe(404);
    await op.api.post(`/v1/projects/${p.id}/photographers`, { photographerId: ph.id });
    expect((await ph.api.get(`/v1/projects/${p.id}`)).body.photographers).toHaveLength(1);
  });

  test("401 without token", async () => {
    expect((await restClient(`${app.url}/photo`).get(`/v1/projects/${MISSING}`)).status).toBe(401);
  });
});

describe("PATCH /v1/projects/:id", () => {
  test("updates the given fields only; null clears an optional field", async () => {
    const op = await photoOperator(app);
    const p = await op.project({ locationName: "Paris", timezone: "Europe/Paris" });
    const res = await op.api.patch(`/v1/projects/${p.id}`, { name: "Renamed", type: "public", locationName: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Renamed", type: "public", locationName: null, timezone: "Europe/Paris", status: "draft" });
  });

  test("status is not changed by PATCH; invalid values are 400; others' projects 404; 401/403", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const ph = await op.photographer();
    const p = await op.project();
    expect((await op.api.patch(`/v1/projects/${p.id}`, { status: "live" })).body.status).toBe("draft");
    expect((await op.api.patch(`/v1/projects/${p.id}`, { name: "" })).status).toBe(400);
    expect((await op.api.patch(`/v1/projects/${p.id}`, { name: null })).status).toBe(400);
    expect((await other.api.patch(`/v1/projects/${p.id}`, { name: "hijack" })).status).toBe(404);
    expect((await ph.api.patch(`/v1/projects/${p.id}`, { name: "x" })).status).toBe(403);
    expect((await restClient(`${app.url}/photo`).patch(`/v1/projects/${p.id}`, { body: { name: "x" } })).status).toBe(401);
  });
});

describe("PATCH /v1/projects/:id/status", () => {
  test("walks draft → live → draft → live → closed → archived", async () => {
    const op = await photoOperator(app);
    const p = await op.project();
    for (const status of ["live", "draft", "live", "closed", "archived"]) {
      const res = await op.api.patch(`/v1/projects/${p.id}/status`, { status });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ id: p.id, status });
      expect(res.body.photographers).toEqual([]);
    }
  });

  test.each([["draft", "closed"], ["draft", "archived"], ["draft", "draft"]])("%s → %s is 409 naming the allowed transitions", async (_from, to) => {
    const op = await photoOperator(app);
    const p = await op.project();
    const res = await op.api.patch(`/v1/projects/${p.id}/status`, { status: to });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(`from draft to ${to}`);
    expect(res.body.error.details.allowed).toEqual(["live"]);
  });

  test("archived is final; unknown status 400; other operator 404; 401/403", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const ph = await op.photographer();
    const p = await op.project({ status: "live" });
    await op.api.patch(`/v1/projects/${p.id}/status`, { status: "closed" });
    await op.api.patch(`/v1/projects/${p.id}/status`, { status: "archived" });
    expect((await op.api.patch(`/v1/projects/${p.id}/status`, { status: "live" })).status).toBe(409);
    expect((await op.api.patch(`/v1/projects/${p.id}/status`, { status: "gone" })).status).toBe(400);
    expect((await other.api.patch(`/v1/projects/${p.id}/status`, { status: "live" })).status).toBe(404);
    expect((await ph.api.patch(`/v1/projects/${p.id}/status`, { status: "live" })).status).toBe(403);
    expect((await restClient(`${app.url}/photo`).patch(`/v1/projects/${p.id}/status`, { body: { status: "live" } })).status).toBe(401);
  });
});

describe("POST /v1/projects/:id/photographers and DELETE …/:photographerId", () => {
  test("assign answers 204 with no body, is idempotent, and unassign answers 204", async () => {
    const op = await photoOperator(app);
    const p = await op.project();
    const ph = await op.photographer();
    const first = await op.api.post(`/v1/projects/${p.id}/photographers`, { photographerId: ph.id });
    expect(first.status).toBe(204);
    expect(first.text).toBe("");
    expect((await op.api.post(`/v1/projects/${p.id}/photographers`, { photographerId: ph.id })).status).toBe(204);
    expect((await op.api.get(`/v1/projects/${p.id}`)).body.photographers).toHaveLength(1);
    const del = await op.api.delete(`/v1/projects/${p.id}/photographers/${ph.id}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
    expect((await op.api.get(`/v1/projects/${p.id}`)).body.photographers).toEqual([]);
    expect((await op.api.delete(`/v1/projects/${p.id}/photographers/${ph.id}`)).status).toBe(404);
  });

  test("another operator's photographer or project is 404; missing photographerId is 400; 401/403", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const p = await op.project();
    const foreign = await other.photographer();
    const mine = await op.photographer();
    expect((await op.api.post(`/v1/projects/${p.id}/photographers`, { photographerId: foreign.id })).status).toBe(404);
    expect((await other.api.post(`/v1/projects/${p.id}/photographers`, { photographerId: foreign.id })).status).toBe(404);
    expect((await op.api.post(`/v1/projects/${p.id}/photographers`, {})).status).toBe(400);
    expect((await mine.api.post(`/v1/projects/${p.id}/photographers`, { photographerId: mine.id })).status).toBe(403);
    expect((await mine.api.delete(`/v1/projects/${p.id}/photographers/${mine.id}`)).status).toBe(403);
    expect((await restClient(`${app.url}/photo`).delete(`/v1/projects/${p.id}/photographers/${mine.id}`)).status).toBe(401);
  });
});

describe("POST /v1/projects/:id/discounts and DELETE …/:discountId", () => {
  test("link and unlink answer 204; others' discounts are 404; 401/403", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const p = await op.project();
    const d = await op.discount();
    const foreign = await other.discount();
    expect((await op.api.post(`/v1/projects/${p.id}/discounts`, { discountId: d.id })).status).toBe(204);
    expect((await op.api.post(`/v1/projects/${p.id}/discounts`, { discountId: foreign.id })).status).toBe(404);
    expect((await other.api.post(`/v1/projects/${p.id}/discounts`, { discountId: foreign.id })).status).toBe(404);
    const ph = await op.photographer();
    expect((await ph.api.post(`/v1/projects/${p.id}/discounts`, { discountId: d.id })).status).toBe(403);
    expect((await restClient(`${app.url}/photo`).post(`/v1/projects/${p.id}/discounts`, { body: { discountId: d.id } })).status).toBe(401);
    expect((await op.api.delete(`/v1/projects/${p.id}/discounts/${d.id}`)).status).toBe(204);
    expect((await op.api.delete(`/v1/projects/${p.id}/discounts/${d.id}`)).status).toBe(404);
    expect((await ph.api.delete(`/v1/projects/${p.id}/discounts/${d.id}`)).status).toBe(403);
  });
});

describe("DELETE /v1/projects/:id", () => {
  test("deletes the project, its photo rows and its stored objects", async () => {
    const op = await photoOperator(app);
    const p = await op.project();
    const db = app.services.db;
    const key = `photo/${p.id}/test.jpg`;
    await app.services.storage.put(key, new TextEncoder().encode("jpeg"));
    await db.photoPhoto.create({ data: { projectId: p.id, storageKey: key } });
    const res = await op.api.delete(`/v1/projects/${p.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(await db.photoPhoto.count({ where: { projectId: p.id } })).toBe(0);
    expect(await app.services.storage.get(key)).toBeNull();
    expect((await op.api.get(`/v1/projects/${p.id}`)).status).toBe(404);
    expect((await op.api.delete(`/v1/projects/${p.id}`)).status).toBe(404);
  });

  test("another operator cannot delete it; 401/403", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const ph = await op.photographer();
    const p = await op.project();
    expect((await other.api.delete(`/v1/projects/${p.id}`)).status).toBe(404);
    expect((await ph.api.delete(`/v1/projects/${p.id}`)).status).toBe(403);
    expect((await restClient(`${app.url}/photo`).delete(`/v1/projects/${p.id}`)).status).toBe(401);
    expect((await op.api.get(`/v1/projects/${p.id}`)).status).toBe(200);
  });
});

describe("GET /v1/photographers/me/projects[/:id]", () => {
  test("a photographer lists and reads only its assigned, non-archived projects", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const assigned = await op.project({ status: "live" });
    const notAssigned = await op.project();
    await op.api.post(`/v1/projects/${assigned.id}/photographers`, { photographerId: ph.id });
    const list = await ph.api.get("/v1/photographers/me/projects");
    expect(list.status).toBe(200);
    expect(list.body.map((p: any) => p.id)).toEqual([assigned.id]);
    expect((await ph.api.get(`/v1/photographers/me/projects/${assigned.id}`)).body.id).toBe(assigned.id);
    expect((await ph.api.get(`/v1/photographers/me/projects/${notAssigned.id}`)).status).toBe(404);
    await op.api.patch(`/v1/projects/${assigned.id}/status`, { status: "closed" });
    await op.api.patch(`/v1/projects/${assigned.id}/status`, { status: "archived" });
    expect((await ph.api.get("/v1/photographers/me/projects")).body).toEqual([]);
  });

  test("operators get 403, anonymous 401", async () => {
    const op = await photoOperator(app);
    const p = await op.project();
    expect((await op.api.get("/v1/photographers/me/projects")).status).toBe(403);
    expect((await op.api.get(`/v1/photographers/me/projects/${p.id}`)).status).toBe(403);
    expect((await restClient(`${app.url}/photo`).get("/v1/photographers/me/projects")).status).toBe(401);
    expect((await restClient(`${app.url}/photo`).get(`/v1/photographers/me/projects/${p.id}`)).status).toBe(401);
  });
});

describe("GraphQL", () => {
  test("the same resolvers serve photoProjects with relations and createPhotoProject", async () => {
    const op = await photoOperator(app);
    const created = await gql(app.url, `mutation($input: CreatePhotoProjectInput!) { createPhotoProject(input: $input) { id status type } }`, { input: { name: "Via GraphQL" } }, op.token);
    expect(created.data.createPhotoProject).toMatchObject({ status: "draft", type: "private" });
    const d = await op.discount();
    await op.api.post(`/v1/projects/${created.data.createPhotoProject.id}/discounts`, { discountId: d.id });
    const list = await gql(app.url, `{ photoProjects { id photographers { id } discounts { id } memberCount photoCount } }`, undefined, op.token);
    expect(list.data.photoProjects).toEqual([{ id: created.data.createPhotoProject.id, photographers: [], discounts: [{ id: d.id }], memberCount: 0, photoCount: 0 }]);
  });

  test("domain errors carry a code and answer 200 with errors (partial data stays usable)", async () => {
    const op = await photoOperator(app);
    const res = await gql(app.url, `{ photoProject(id: "${MISSING}") { id } }`, undefined, op.token);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
