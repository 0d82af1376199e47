import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { expectOperatorOnly, photoOperator } from "../../support/photo-factory.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const RULE_KEYS = ["compareAtPriceCents", "createdAt", "id", "isActive", "pricePerPhotoCents", "projectId", "updatedAt", "validFrom", "validUntil"];
const MISSING = "00000000-0000-4000-8000-000000000000";

describe("GET /v1/pricing/rules", () => {
  test("lists the operator default and project overrides, newest first, never another operator's", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    await other.pricingRule();
    const project = await op.project();
    const def = await op.pricingRule({ pricePerPhotoCents: 499 });
    const override = await op.pricingRule({ projectId: project.id, pricePerPhotoCents: 299 });
    const res = await op.api.get("/v1/pricing/rules");
    expect(res.status).toBe(200);
    expect(res.body.map((r: { id: string }) => r.id)).toEqual([override.id, def.id]);
    expect(Object.keys(res.body[0]).sort()).toEqual(RULE_KEYS);
    expect(res.body[1]).toMatchObject({ projectId: null, pricePerPhotoCents: 499 });
  });

  test("operator only", async () => {
    await expectOperatorOnly(app, await photoOperator(app), "get", "/v1/pricing/rules");
  });
});

describe("POST /v1/pricing/rules", () => {
  test("without projectId creates the operator default: 201 with the rule", async () => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/pricing/rules", {
      pricePerPhotoCents: 499, compareAtPriceCents: 799, validFrom: "2030-01-01T00:00:00.000Z", validUntil: "2030-12-31T00:00:00.000Z",
    });
    expect(res.status, res.text).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(RULE_KEYS);
    expect(res.body).toMatchObject({
      projectId: null, pricePerPhotoCents: 499, compareAtPriceCents: 799, isActive: true,
      validFrom: "2030-01-01T00:00:00.000Z", validUntil: "2030-12-31T00:00:00.000Z",
    });
  });

  test("with projectId creates an override for the operator's own project; free price 0 is allowed", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const res = await op.api.post("/v1/pricing/rules", { projectId: project.id, pricePerPhotoCents: 0 });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ projectId: project.id, pricePerPhotoCents: 0, compareAtPriceCents: null, validFrom: null, validUntil: null });
  });

  test("another operator's project or an unknown project is 404", async () => {
    const op = await photoOperator(app);
    const foreign = await (await photoOperator(app)).project();
    for (const projectId of [foreign.id, MISSING]) {
      const res = await op.api.post("/v1/pricing/rules", { projectId, pricePerPhotoCents: 100 });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
  });

  test.each([
    [{}, "pricePerPhotoCents"],
    [{ pricePerPhotoCents: -1 }, "pricePerPhotoCents"],
    [{ pricePerPhotoCents: 4.99 }, "pricePerPhotoCents"],
    [{ pricePerPhotoCents: 500, compareAtPriceCents: -5 }, "compareAtPriceCents"],
    [{ pricePerPhotoCents: 500, compareAtPriceCents: 400 }, "compareAtPriceCents"],
    [{ pricePerPhotoCents: 500, validFrom: "2030-02-01T00:00:00Z", validUntil: "2030-01-01T00:00:00Z" }, "validUntil"],
    [{ pricePerPhotoCents: 500, validFrom: "not-a-date" }, "validFrom"],
    [{ pricePerPhotoCents: 500, projectId: "nope" }, "projectId"],
  ])("invalid body %j is 400 naming %s", async (body, field) => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/pricing/rules", body);
    expect(res.status, res.text).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
  });

  test("a second active rule of the same scope with an overlapping window is 409", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    await op.pricingRule({ validFrom: "2030-01-01T00:00:00Z", validUntil: "2030-06-30T00:00:00Z" });
    const clash = await op.api.post("/v1/pricing/rules", { pricePerPhotoCents: 1, validFrom: "2030-06-01T00:00:00Z" });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe("CONFLICT");
    const unbounded = await op.api.post("/v1/pricing/rules", { pricePerPhotoCents: 1 });
    expect(unbounded.status).toBe(409);
    // other windows and other scopes are fine
    await op.pricingRule({ validFrom: "2030-07-01T00:00:00Z" });
    await op.pricingRule({ projectId: project.id });
    const projectClash = await op.api.post("/v1/pricing/rules", { projectId: project.id, pricePerPhotoCents: 1 });
    expect(projectClash.status).toBe(409);
    // another operator's rules never clash
    await (await photoOperator(app)).pricingRule();
  });

  test("an inactive rule does not block a new one", async () => {
    const op = await photoOperator(app);
    const first = await op.pricingRule();
    expect((await op.api.patch(`/v1/pricing/rules/${first.id}`, { isActive: false })).status).toBe(200);
    await op.pricingRule({ pricePerPhotoCents: 599 });
  });

  test("operator only", async () => {
    await expectOperatorOnly(app, await photoOperator(app), "post", "/v1/pricing/rules", { pricePerPhotoCents: 100 });
  });
});

describe("PATCH /v1/pricing/rules/:id", () => {
  test("updates price, compare-at price, dates and isActive: 200 with the rule", async () => {
    const op = await photoOperator(app);
    const rule = await op.pricingRule({ pricePerPhotoCents: 499, compareAtPriceCents: 799 });
    const res = await op.api.patch(`/v1/pricing/rules/${rule.id}`, {
      pricePerPhotoCents: 399, compareAtPriceCents: null, validUntil: "2031-01-01T00:00:00.000Z", isActive: false,
    });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(RULE_KEYS);
    expect(res.body).toMatchObject({ id: rule.id, pricePerPhotoCents: 399, compareAtPriceCents: null, validUntil: "2031-01-01T00:00:00.000Z", isActive: false });
    const partial = await op.api.patch(`/v1/pricing/rules/${rule.id}`, { compareAtPriceCents: 450 });
    expect(partial.body).toMatchObject({ pricePerPhotoCents: 399, compareAtPriceCents: 450, isActive: false });
  });

  test("checks the merged rule: compare-at below the stored price and dates crossing the stored ones are 400", async () => {
    const op = await photoOperator(app);
    const rule = await op.pricingRule({ pricePerPhotoCents: 500, validFrom: "2030-06-01T00:00:00Z" });
    const cheap = await op.api.patch(`/v1/pricing/rules/${rule.id}`, { compareAtPriceCents: 100 });
    expect(cheap.status).toBe(400);
    expect(JSON.stringify(cheap.body.error)).toContain("compareAtPriceCents");
    const crossed = await op.api.patch(`/v1/pricing/rules/${rule.id}`, { validUntil: "2030-01-01T00:00:00Z" });
    expect(crossed.status).toBe(400);
    expect(JSON.stringify(crossed.body.error)).toContain("validUntil");
    expect((await op.api.patch(`/v1/pricing/rules/${rule.id}`, { pricePerPhotoCents: null })).status).toBe(400);
    expect((await op.api.patch(`/v1/pricing/rules/${rule.id}`, { pricePerPhotoCents: -1 })).status).toBe(400);
  });

  test("reactivating or moving a rule into another active rule's window is 409", async () => {
    const op = await photoOperator(app);
    const old = await op.pricingRule();
    await op.api.patch(`/v1/pricing/rules/${old.id}`, { isActive: false });
    await op.pricingRule({ validFrom: "2030-01-01T00:00:00Z" });
    expect((await op.api.patch(`/v1/pricing/rules/${old.id}`, { isActive: true })).status).toBe(409);
    expect((await op.api.patch(`/v1/pricing/rules/${old.id}`, { isActive: true, validUntil: "2029-12-31T00:00:00Z" })).status).toBe(200);
  });

  test("another operator's rule or an unknown id is 404, and stays unchanged", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.pricingRule({ pricePerPhotoCents: 700 });
    expect((await op.api.patch(`/v1/pricing/rules/${foreign.id}`, { pricePerPhotoCents: 1 })).status).toBe(404);
    expect((await op.api.patch(`/v1/pricing/rules/${MISSING}`, { pricePerPhotoCents: 1 })).status).toBe(404);
    expect((await other.api.get("/v1/pricing/rules")).body[0].pricePerPhotoCents).toBe(700);
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    const rule = await op.pricingRule();
    await expectOperatorOnly(app, op, "patch", `/v1/pricing/rules/${rule.id}`, { pricePerPhotoCents: 1 });
  });
});

describe("DELETE /v1/pricing/rules/:id", () => {
  test("deletes: 204 with an empty body, then 404", async () => {
    const op = await photoOperator(app);
    const rule = await op.pricingRule();
    const res = await op.api.delete(`/v1/pricing/rules/${rule.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await op.api.get("/v1/pricing/rules")).body).toEqual([]);
    expect((await op.api.delete(`/v1/pricing/rules/${rule.id}`)).status).toBe(404);
  });

  test("another operator's rule is 404 and survives", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.pricingRule();
    expect((await op.api.delete(`/v1/pricing/rules/${foreign.id}`)).status).toBe(404);
    expect((await other.api.get("/v1/pricing/rules")).body).toHaveLength(1);
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    const rule = await op.pricingRule();
    await expectOperatorOnly(app, op, "delete", `/v1/pricing/rules/${rule.id}`);
  });
});

describe("GraphQL", () => {
  test("createPhotoPricingRule and photoPricingRules, with the override's project", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const created = await gql(app.url, `mutation($input: CreatePhotoPricingRuleInput!) {
      createPhotoPricingRule(input: $input) { id projectId pricePerPhotoCents project { id name } } }`,
    { input: { projectId: project.id, pricePerPhotoCents: 250 } }, op.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createPhotoPricingRule).toMatchObject({ projectId: project.id, pricePerPhotoCents: 250, project: { id: project.id, name: project.name } });
    const list = await gql(app.url, "{ photoPricingRules { id isActive } }", undefined, op.token);
    expect(list.data.photoPricingRules).toEqual([{ id: created.data.createPhotoPricingRule.id, isActive: true }]);
    const dup = await gql(app.url, "mutation { createPhotoPricingRule(input: { projectId: \"" + project.id + "\", pricePerPhotoCents: 1 }) { id } }", undefined, op.token);
    expect(dup.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
