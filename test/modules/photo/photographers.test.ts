import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { PASSWORD, photoOperator } from "../../support/photo-factory.ts";
import { uniqueEmail } from "../../support/unique.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const MISSING = "00000000-0000-4000-8000-000000000000";
const KEYS = ["email", "id", "name", "projects"];
const anon = () => restClient(`${app.url}/photo`);

describe("GET /v1/photographers", () => {
  test("lists only the operator's photographers, in registration order, each with its projects [{id, name}]", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    await other.photographer();
    const [p1, p2] = [await op.photographer(), await op.photographer()];
    const [a, b] = [await op.project(), await op.project()];
    for (const [project, ph] of [[a, p1], [b, p1], [b, p2]] as const) {
      expect((await op.api.post(`/v1/projects/${project.id}/photographers`, { photographerId: ph.id })).status).toBe(204);
    }
    const res = await op.api.get("/v1/photographers");
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: p1.id, name: p1.name, email: p1.email, projects: [{ id: a.id, name: a.name }, { id: b.id, name: b.name }] },
      { id: p2.id, name: p2.name, email: p2.email, projects: [{ id: b.id, name: b.name }] },
    ]);
  });

  test("an operator without photographers gets []", async () => {
    const op = await photoOperator(app);
    expect((await op.api.get("/v1/photographers")).body).toEqual([]);
  });

  test("the query count does not grow with photographers and their projects (no N+1)", async () => {
    const count = async (fn: () => Promise<unknown>) => { const before = app.counter.count; await fn(); return app.counter.count - before; };
    async function roster(n: number) {
      const op = await photoOperator(app);
      const projects = [await op.project(), await op.project()];
      for (let i = 0; i < n; i++) {
        const ph = await op.photographer();
        await app.services.db.photoProjectPhotographer.createMany({ data: projects.map((p) => ({ projectId: p.id, photographerId: ph.id })) });
      }
      return op;
    }
    const [small, large] = [await roster(1), await roster(8)];
    const restSmall = await count(() => small.api.get("/v1/photographers"));
    const restLarge = await count(async () => expect((await large.api.get("/v1/photographers")).body).toHaveLength(8));
    const query = "{ photoPhotographers { id projects { id name photographers { id } } } }";
    const gqlSmall = await count(() => gql(app.url, query, undefined, small.token));
    const gqlLarge = await count(() => gql(app.url, query, undefined, large.token));
    expect(restLarge).toBe(restSmall);
    expect(gqlLarge).toBe(gqlSmall);
  });

  test("401 without or with a bad token; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await anon().get("/v1/photographers")).status).toBe(401);
    expect((await anon().get("/v1/photographers", { token: "garbage" })).status).toBe(401);
    expect((await ph.api.get("/v1/photographers")).status).toBe(403);
  });
});

describe("PATCH /v1/photographers/:id", () => {
  test("updates name and e-mail (normalised): 200 {id, name, email, projects}; the new e-mail logs in", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const project = await op.project();
    await op.api.post(`/v1/projects/${project.id}/photographers`, { photographerId: ph.id });
    const email = uniqueEmail("renamed");
    const res = await op.api.patch(`/v1/photographers/${ph.id}`, { name: "  Paula Lens ", email: ` ${email.toUpperCase()} ` });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(KEYS);
    expect(res.body).toEqual({ id: ph.id, name: "Paula Lens", email, projects: [{ id: project.id, name: project.name }] });
    expect((await anon().post("/v1/auth/login", { body: { email, password: PASSWORD } })).status).toBe(200);
    expect((await anon().post("/v1/auth/login", { body: { email: ph.email, password: PASSWORD } })).status).toBe(401);
  });

  test("only the fields present change; keeping its own e-mail is fine", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    expect((await op.api.patch(`/v1/photographers/${ph.id}`, { name: "Only Name" })).body).toMatchObject({ name: "Only Name", email: ph.email });
    expect((await op.api.patch(`/v1/photographers/${ph.id}`, { email: ph.email.toUpperCase() })).body).toMatchObject({ name: "Only Name", email: ph.email });
    expect((await op.api.patch(`/v1/photographers/${ph.id}`, {})).status).toBe(200);
    // null cannot clear a required field
    const cleared = await op.api.patch(`/v1/photographers/${ph.id}`, { name: null, email: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.error.details.fields.map((f: any) => f.path).sort()).toEqual(["email", "name"]);
  });

  test("an e-mail taken by any operator or photographer (any operator, any case) is 409", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const ph = await op.photographer();
    const sibling = await op.photographer();
    const foreign = await other.photographer();
    for (const email of [op.email, other.email.toUpperCase(), sibling.email, foreign.email]) {
      const res = await op.api.patch(`/v1/photographers/${ph.id}`, { email });
      expect(res.status, email).toBe(409);
      expect(res.body.error.code).toBe("CONFLICT");
    }
    expect((await app.services.db.photoPhotographer.findUniqueOrThrow({ where: { id: ph.id } })).email).toBe(ph.email);
  });

  test.each([[{ email: "not-an-email" }], [{ email: "" }], [{ name: "" }], [{ name: "   " }], [{ name: 42 }]])("bad input %j is 400", async (body) => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const res = await op.api.patch(`/v1/photographers/${ph.id}`, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  test("another operator's or a missing photographer is 404; malformed id 400; 401; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.photographer();
    expect((await op.api.patch(`/v1/photographers/${foreign.id}`, { name: "Stolen" })).status).toBe(404);
    expect((await op.api.patch(`/v1/photographers/${MISSING}`, { name: "X" })).status).toBe(404);
    expect((await op.api.patch(`/v1/photographers/nope`, { name: "X" })).status).toBe(400);
    expect((await anon().patch(`/v1/photographers/${foreign.id}`, { body: { name: "X" } })).status).toBe(401);
    expect((await foreign.api.patch(`/v1/photographers/${foreign.id}`, { name: "Self" })).status).toBe(403);
    expect((await app.services.db.photoPhotographer.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe(foreign.name);
  });
});

describe("DELETE /v1/photographers/:id", () => {
  test("204 with no body; the photographer is gone and can no longer log in", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const res = await op.api.delete(`/v1/photographers/${ph.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await op.api.get("/v1/photographers")).body).toEqual([]);
    expect((await anon().post("/v1/auth/login", { body: { email: ph.email, password: PASSWORD } })).status).toBe(401);
    expect((await op.api.delete(`/v1/photographers/${ph.id}`)).status).toBe(404);
  });

  test("409 'Photographer is assigned to a project' while assigned (any project status); 204 after unassigning", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const project = await op.project({ status: "live" });
    await op.api.post(`/v1/projects/${project.id}/photographers`, { photographerId: ph.id });
    await op.api.patch(`/v1/projects/${project.id}/status`, { status: "closed" });
    const res = await op.api.delete(`/v1/photographers/${ph.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "CONFLICT", message: "Photographer is assigned to a project" });
    expect((await op.api.delete(`/v1/projects/${project.id}/photographers/${ph.id}`)).status).toBe(204);
    expect((await op.api.delete(`/v1/photographers/${ph.id}`)).status).toBe(204);
  });

  test("photos the photographer uploaded stay, without a photographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const project = await op.project();
    const photo = await app.services.db.photoPhoto.create({ data: { projectId: project.id, photographerId: ph.id, storageKey: `k/${ph.id}` } });
    expect((await op.api.delete(`/v1/photographers/${ph.id}`)).status).toBe(204);
    expect((await app.services.db.photoPhoto.findUniqueOrThrow({ where: { id: photo.id } })).photographerId).toBeNull();
  });

  test("another operator's or a missing photographer is 404; 401; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.photographer();
    expect((await op.api.delete(`/v1/photographers/${foreign.id}`)).status).toBe(404);
    expect((await op.api.delete(`/v1/photographers/${MISSING}`)).status).toBe(404);
    expect((await anon().delete(`/v1/photographers/${foreign.id}`)).status).toBe(401);
    expect((await foreign.api.delete(`/v1/photographers/${foreign.id}`)).status).toBe(403);
    expect(await app.services.db.photoPhotographer.count({ where: { id: foreign.id } })).toBe(1);
  });
});

describe("GraphQL", () => {
  test("photoPhotographers { projects { name } }, updatePhotoPhotographer and deletePhotoPhotographer", async () => {
    const op = await photoOperator(app);
    const ph = await op.photographer();
    const project = await op.project();
    await op.api.post(`/v1/projects/${project.id}/photographers`, { photographerId: ph.id });
    const list = await gql(app.url, "{ photoPhotographers { id projects { name } } }", undefined, op.token);
    expect(list.data).toEqual({ photoPhotographers: [{ id: ph.id, projects: [{ name: project.name }] }] });

    const update = `mutation($id: UUID!, $input: UpdatePhotoPhotographerInput!) { updatePhotoPhotographer(id: $id, input: $input) { name } }`;
    expect((await gql(app.url, update, { id: ph.id, input: { name: "New" } }, op.token)).data).toEqual({ updatePhotoPhotographer: { name: "New" } });
    expect((await gql(app.url, update, { id: ph.id, input: { email: op.email } }, op.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const del = `mutation($id: UUID!) { deletePhotoPhotographer(id: $id) }`;
    expect((await gql(app.url, del, { id: ph.id }, op.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await op.api.delete(`/v1/projects/${project.id}/photographers/${ph.id}`);
    expect((await gql(app.url, del, { id: ph.id }, op.token)).data).toEqual({ deletePhotoPhotographer: ph.id });
  });

  test("a photographer cannot read a co-photographer's projects through photoProject { photographers { projects } }: 403", async () => {
    const op = await photoOperator(app);
    const [me, colleague] = [await op.photographer(), await op.photographer()];
    const shared = await op.project({ status: "live" });
    const [hidden, archived] = [await op.project({ name: "Hidden draft" }), await op.project({ status: "live" })];
    for (const [project, ph] of [[shared, me], [shared, colleague], [hidden, colleague], [archived, colleague]] as const) {
      expect((await op.api.post(`/v1/projects/${project.id}/photographers`, { photographerId: ph.id })).status).toBe(204);
    }
    await op.api.patch(`/v1/projects/${archived.id}/status`, { status: "closed" });
    await op.api.patch(`/v1/projects/${archived.id}/status`, { status: "archived" });

    const nested = "photographers { id projects { id name status } }";
    for (const query of [
      `query($id: UUID!) { photoProject(id: $id) { id ${nested} } }`,
      `query($id: UUID!) { photoAssignedProject(id: $id) { id ${nested} } }`,
      `{ photoAssignedProjects { id ${nested} } }`,
    ]) {
      const res = await gql(app.url, query, { id: shared.id }, me.token);
      expect(res.errors?.map((e) => e.extensions?.code), JSON.stringify(res)).toContain("FORBIDDEN");
      const text = JSON.stringify(res);
      expect(text).not.toContain(hidden.id);
      expect(text).not.toContain(archived.id);
      expect(text).not.toContain("Hidden draft");
    }
    // the photographers themselves stay visible to a project's photographer, as GET /v1/projects/:id shows them
    const brief = await gql(app.url, "query($id: UUID!) { photoProject(id: $id) { photographers { id } } }", { id: shared.id }, me.token);
    expect(brief.data).toEqual({ photoProject: { photographers: [{ id: me.id }, { id: colleague.id }] } });
    // discounts (and so their projects) are the operator's alone
    const discounts = await gql(app.url, "query($id: UUID!) { photoProject(id: $id) { discounts { projects { id } } } }", { id: shared.id }, me.token);
    expect(discounts.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // the operator still sees every project of its photographers
    const own = await gql(app.url, `query($id: UUID!) { photoProject(id: $id) { ${nested} } }`, { id: shared.id }, op.token);
    expect(own.errors).toBeUndefined();
    expect(own.data.photoProject.photographers[1].projects.map((p: any) => p.id)).toEqual([shared.id, hidden.id, archived.id]);
  });
});
