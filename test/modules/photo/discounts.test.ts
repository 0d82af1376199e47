import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { expectOperatorOnly, photoOperator } from "../../support/photo-factory.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const DISCOUNT_KEYS = ["bundleMinPhotos", "createdAt", "id", "isActive", "name", "type", "updatedAt", "validFrom", "validUntil", "value"];
const MISSING = "00000000-0000-4000-8000-000000000000";
const ids = (list: { id: string }[]) => list.map((d) => d.id);

describe("GET /v1/discounts", () => {
  test("lists the operator's discounts newest first, never another operator's", async () => {
    const op = await photoOperator(app);
    await (await photoOperator(app)).discount();
    const a = await op.discount();
    const b = await op.discount({ type: "fixed", value: 500 });
    const res = await op.api.get("/v1/discounts");
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([b.id, a.id]);
    expect(Object.keys(res.body[0]).sort()).toEqual(DISCOUNT_KEYS);
  });

  test("operator only", async () => {
    await expectOperatorOnly(app, await photoOperator(app), "get", "/v1/discounts");
  });
});

describe("POST /v1/discounts", () => {
  test("percentage: 201 with the discount; bundleMinPhotos is ignored", async () => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/discounts", {
      name: " Summer ", type: "percentage", value: 20, bundleMinPhotos: 5, validFrom: "2030-06-01T00:00:00.000Z", validUntil: "2030-08-31T00:00:00.000Z",
    });
    expect(res.status, res.text).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(DISCOUNT_KEYS);
    expect(res.body).toMatchObject({
      name: "Summer", type: "percentage", value: 20, bundleMinPhotos: null, isActive: true,
      validFrom: "2030-06-01T00:00:00.000Z", validUntil: "2030-08-31T00:00:00.000Z",
    });
  });

  test("fixed takes cents; bundle takes percentage points and a threshold", async () => {
    const op = await photoOperator(app);
    const fixed = await op.api.post("/v1/discounts", { name: "Five off", type: "fixed", value: 500, bundleMinPhotos: 3 });
    expect(fixed.status, fixed.text).toBe(201);
    expect(fixed.body).toMatchObject({ type: "fixed", value: 500, bundleMinPhotos: null, validFrom: null, validUntil: null });
    const bundle = await op.api.post("/v1/discounts", { name: "Five for less", type: "bundle", value: 30, bundleMinPhotos: 5 });
    expect(bundle.status, bundle.text).toBe(201);
    expect(bundle.body).toMatchObject({ type: "bundle", value: 30, bundleMinPhotos: 5 });
  });

  test.each([
    [{ type: "percentage", value: 0 }, "value"],
    [{ type: "percentage", value: 101 }, "value"],
    [{ type: "bundle", value: 150, bundleMinPhotos: 3 }, "value"],
    [{ type: "fixed", value: 0 }, "value"],
    [{ type: "fixed", value: -100 }, "value"],
    [{ type: "bundle", value: 10 }, "bundleMinPhotos"],
    [{ type: "bundle", value: 10, bundleMinPhotos: 1 }, "bundleMinPhotos"],
    [{ type: "bogus", value: 10 }, "type"],
    [{ type: "percentage" }, "value"],
    [{ type: "percentage", value: 10, name: "  " }, "name"],
    [{ type: "percentage", value: 10, validFrom: "2030-02-01T00:00:00Z", validUntil: "2030-01-01T00:00:00Z" }, "validUntil"],
  ])("invalid body %j is 400 naming %s", async (fields, field) => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/discounts", { name: "D", ...fields });
    expect(res.status, res.text).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
  });

  test("operator only", async () => {
    await expectOperatorOnly(app, await photoOperator(app), "post", "/v1/discounts", { name: "D", type: "percentage", value: 10 });
  });
});

describe("PATCH /v1/discounts/:id", () => {
  test("updates name, dates and isActive: 200; type and value stay as created", async () => {
    const op = await photoOperator(app);
    const d = await op.discount({ value: 15 });
    const res = await op.api.patch(`/v1/discounts/${d.id}`, {
      name: "Renamed", validUntil: "2031-01-01T00:00:00.000Z", isActive: false, type: "fixed", value: 99,
    });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(DISCOUNT_KEYS);
    expect(res.body).toMatchObject({ id: d.id, name: "Renamed", validUntil: "2031-01-01T00:00:00.000Z", isActive: false, type: "percentage", value: 15 });
    const cleared = await op.api.patch(`/v1/discounts/${d.id}`, { validUntil: null });
    expect(cleared.body).toMatchObject({ name: "Renamed", validUntil: null, isActive: false });
  });

  test("a null name, an empty name or dates crossing the stored ones are 400", async () => {
    const op = await photoOperator(app);
    const d = await op.discount({ validFrom: "2030-06-01T00:00:00Z" });
    for (const body of [{ name: null }, { name: "" }, { isActive: null }, { validUntil: "2030-01-01T00:00:00Z" }]) {
      const res = await op.api.patch(`/v1/discounts/${d.id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
  });

  test("another operator's discount or an unknown id is 404", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.discount({ name: "Theirs" });
    expect((await op.api.patch(`/v1/discounts/${foreign.id}`, { name: "Mine" })).status).toBe(404);
    expect((await op.api.patch(`/v1/discounts/${MISSING}`, { name: "Mine" })).status).toBe(404);
    expect((await other.api.get("/v1/discounts")).body[0].name).toBe("Theirs");
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    const d = await op.discount();
    await expectOperatorOnly(app, op, "patch", `/v1/discounts/${d.id}`, { name: "X" });
  });
});

describe("DELETE /v1/discounts/:id", () => {
  test("deletes an unlinked discount: 204 with an empty body, then 404", async () => {
    const op = await photoOperator(app);
    const d = await op.discount();
    const res = await op.api.delete(`/v1/discounts/${d.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await op.api.get("/v1/discounts")).body).toEqual([]);
    expect((await op.api.delete(`/v1/discounts/${d.id}`)).status).toBe(404);
  });

  test("is 409 while linked to a project, and succeeds once unlinked", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const d = await op.discount();
    expect((await op.api.post(`/v1/projects/${project.id}/discounts`, { discountId: d.id })).status).toBe(204);
    const res = await op.api.delete(`/v1/discounts/${d.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "CONFLICT", details: { projectIds: [project.id] } });
    expect(res.body.error.message).toMatch(/still linked to a project/);
    expect((await op.api.delete(`/v1/projects/${project.id}/discounts/${d.id}`)).status).toBe(204);
    expect((await op.api.delete(`/v1/discounts/${d.id}`)).status).toBe(204);
  });

  test("another operator's discount is 404 and survives", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.discount();
    expect((await op.api.delete(`/v1/discounts/${foreign.id}`)).status).toBe(404);
    expect(ids((await other.api.get("/v1/discounts")).body)).toEqual([foreign.id]);
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    const d = await op.discount();
    await expectOperatorOnly(app, op, "delete", `/v1/discounts/${d.id}`);
  });
});

describe("GET /v1/projects/:id/discounts", () => {
  test("lists only the discounts linked to the project, newest first", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const elsewhere = await op.project();
    const [a, b, unlinked, other] = [await op.discount(), await op.discount({ type: "bundle", value: 20, bundleMinPhotos: 3 }), await op.discount(), await op.discount()];
    for (const d of [a, b]) await op.api.post(`/v1/projects/${project.id}/discounts`, { discountId: d.id });
    await op.api.post(`/v1/projects/${elsewhere.id}/discounts`, { discountId: other.id });
    const res = await op.api.get(`/v1/projects/${project.id}/discounts`);
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([b.id, a.id]);
    expect(ids(res.body)).not.toContain(unlinked.id);
    expect(Object.keys(res.body[0]).sort()).toEqual(DISCOUNT_KEYS);
    expect((await op.api.get(`/v1/projects/${(await op.project()).id}/discounts`)).body).toEqual([]);
  });

  test("another operator's project or an unknown project is 404", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const project = await other.project();
    await other.api.post(`/v1/projects/${project.id}/discounts`, { discountId: (await other.discount()).id });
    for (const id of [project.id, MISSING]) {
      const res = await op.api.get(`/v1/projects/${id}/discounts`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    await expectOperatorOnly(app, op, "get", `/v1/projects/${(await op.project()).id}/discounts`);
  });
});

describe("GraphQL", () => {
  test("createPhotoDiscount and photoDiscounts, with the projects a discount is linked to", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const created = await gql(app.url, `mutation($input: CreatePhotoDiscountInput!) {
      createPhotoDiscount(input: $input) { id type value bundleMinPhotos } }`,
    { input: { name: "Bundle", type: "bundle", value: 25, bundleMinPhotos: 4 } }, op.token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createPhotoDiscount.id;
    expect(created.data.createPhotoDiscount).toEqual({ id, type: "bundle", value: 25, bundleMinPhotos: 4 });
    await op.api.post(`/v1/projects/${project.id}/discounts`, { discountId: id });
    const list = await gql(app.url, "{ photoDiscounts { id projects { id } } }", undefined, op.token);
    expect(list.data.photoDiscounts).toEqual([{ id, projects: [{ id: project.id }] }]);
    const invalid = await gql(app.url, `mutation { createPhotoDiscount(input: { name: "X", type: percentage, value: 0 }) { id } }`, undefined, op.token);
    expect(invalid.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  });
});
