import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { expectOperatorOnly, photoOperator, type PhotoOperatorFixture } from "../../support/photo-factory.ts";
import { uniqueEmail } from "../../support/unique.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const CODE_KEYS = ["code", "createdAt", "discountId", "id", "isActive", "maxUses", "maxUsesPerUser", "updatedAt", "usesCount", "validFrom", "validUntil"];
const MISSING = "00000000-0000-4000-8000-000000000000";
const ids = (list: { id: string }[]) => list.map((d) => d.id);

/** Purchases have no create endpoint (checkout lives elsewhere): rows are written directly. */
async function purchasesWith(op: PhotoOperatorFixture, promo: { id: string; code: string }, statuses: ("pending" | "paid" | "failed" | "refunded")[]) {
  const project = await op.project();
  const user = await app.services.db.photoUser.create({ data: { email: uniqueEmail("buyer"), name: "Buyer" } });
  await app.services.db.photoPurchase.createMany({
    data: statuses.map((status) => ({
      projectId: project.id, userId: user.id, status, photoCount: 2, subtotalCents: 1000, discountAppliedCents: 100, totalCents: 900,
      promoCodeId: promo.id, appliedPromoCode: promo.code,
    })),
  });
}

describe("GET /v1/promo-codes", () => {
  test("lists the operator's codes newest first with usesCount (failed purchases excluded), never another operator's", async () => {
    const op = await photoOperator(app);
    await (await photoOperator(app)).promoCode();
    const a = await op.promoCode();
    const b = await op.promoCode();
    await purchasesWith(op, a, ["paid", "pending", "refunded", "failed"]);
    const res = await op.api.get("/v1/promo-codes");
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([b.id, a.id]);
    expect(Object.keys(res.body[0]).sort()).toEqual(CODE_KEYS);
    expect(res.body.map((c: { usesCount: number }) => c.usesCount)).toEqual([0, 3]);
  });

  test("usesCount costs no query per code", async () => {
    const op = await photoOperator(app);
    const first = await op.promoCode();
    await purchasesWith(op, first, ["paid"]);
    const queriesFor = async () => {
      const before = app.counter.count;
      expect((await op.api.get("/v1/promo-codes")).status).toBe(200);
      return app.counter.count - before;
    };
    const one = await queriesFor();
    for (let i = 0; i < 4; i++) await purchasesWith(op, await op.promoCode(), ["paid"]);
    expect(await queriesFor()).toBe(one);
  });

  test("operator only", async () => {
    await expectOperatorOnly(app, await photoOperator(app), "get", "/v1/promo-codes");
  });
});

describe("POST /v1/promo-codes", () => {
  test("creates a code for the operator's discount: 201, stored upper-case", async () => {
    const op = await photoOperator(app);
    const d = await op.discount();
    const res = await op.api.post("/v1/promo-codes", {
      code: "summer_20-x", discountId: d.id, maxUses: 100, maxUsesPerUser: 1, validFrom: "2030-06-01T00:00:00.000Z", validUntil: "2030-09-01T00:00:00.000Z",
    });
    expect(res.status, res.text).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(CODE_KEYS);
    expect(res.body).toMatchObject({
      code: "SUMMER_20-X", discountId: d.id, maxUses: 100, maxUsesPerUser: 1, usesCount: 0, isActive: true,
      validFrom: "2030-06-01T00:00:00.000Z", validUntil: "2030-09-01T00:00:00.000Z",
    });
    const bare = await op.api.post("/v1/promo-codes", { code: "ABC", discountId: d.id });
    expect(bare.body).toMatchObject({ code: "ABC", maxUses: null, maxUsesPerUser: null, validFrom: null, validUntil: null });
  });

  test("another operator's discount or an unknown discount is 404", async () => {
    const op = await photoOperator(app);
    const foreign = await (await photoOperator(app)).discount();
    for (const discountId of [foreign.id, MISSING]) {
      const res = await op.api.post("/v1/promo-codes", { code: "STEAL", discountId });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
  });

  test("a code the operator already has (any case) is 409; another operator may use it", async () => {
    const op = await photoOperator(app);
    await op.promoCode({ code: "WELCOME" });
    const dup = await op.api.post("/v1/promo-codes", { code: "welcome", discountId: (await op.discount()).id });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("CONFLICT");
    await (await photoOperator(app)).promoCode({ code: "WELCOME" });
  });

  test.each([
    [{ code: "AB" }, "code"],
    [{ code: "A".repeat(33) }, "code"],
    [{ code: "SUMMER 20" }, "code"],
    [{ code: "ÄBC" }, "code"],
    [{ code: undefined }, "code"],
    [{ discountId: undefined }, "discountId"],
    [{ maxUses: 0 }, "maxUses"],
    [{ maxUsesPerUser: -1 }, "maxUsesPerUser"],
    [{ maxUses: 5, maxUsesPerUser: 6 }, "maxUsesPerUser"],
    [{ validFrom: "2030-02-01T00:00:00Z", validUntil: "2030-01-01T00:00:00Z" }, "validUntil"],
  ])("invalid body %j is 400 naming %s", async (fields, field) => {
    const op = await photoOperator(app);
    const res = await op.api.post("/v1/promo-codes", { code: "VALID", discountId: (await op.discount()).id, ...fields });
    expect(res.status, res.text).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    await expectOperatorOnly(app, op, "post", "/v1/promo-codes", { code: "NOPE", discountId: (await op.discount()).id });
  });
});

describe("PATCH /v1/promo-codes/:id", () => {
  test("updates isActive, limits and dates: 200; code and discount stay", async () => {
    const op = await photoOperator(app);
    const promo = await op.promoCode({ maxUses: 10 });
    const res = await op.api.patch(`/v1/promo-codes/${promo.id}`, {
      isActive: false, maxUses: 50, maxUsesPerUser: 2, validUntil: "2031-01-01T00:00:00.000Z", code: "CHANGED", discountId: MISSING,
    });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(CODE_KEYS);
    expect(res.body).toMatchObject({ id: promo.id, code: promo.code, discountId: promo.discountId, isActive: false, maxUses: 50, maxUsesPerUser: 2, validUntil: "2031-01-01T00:00:00.000Z" });
    const lifted = await op.api.patch(`/v1/promo-codes/${promo.id}`, { maxUses: null });
    expect(lifted.body).toMatchObject({ maxUses: null, maxUsesPerUser: 2, isActive: false });
  });

  test("checks the merged code: limits or dates crossing the stored ones, and a null isActive, are 400", async () => {
    const op = await photoOperator(app);
    const promo = await op.promoCode({ maxUses: 5, validFrom: "2030-06-01T00:00:00Z" });
    for (const [body, field] of [[{ maxUsesPerUser: 6 }, "maxUsesPerUser"], [{ validUntil: "2030-01-01T00:00:00Z" }, "validUntil"], [{ isActive: null }, "isActive"], [{ maxUses: 0 }, "maxUses"]] as const) {
      const res = await op.api.patch(`/v1/promo-codes/${promo.id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain(field);
    }
  });

  test("another operator's code or an unknown id is 404", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.promoCode();
    expect((await op.api.patch(`/v1/promo-codes/${foreign.id}`, { isActive: false })).status).toBe(404);
    expect((await op.api.patch(`/v1/promo-codes/${MISSING}`, { isActive: false })).status).toBe(404);
    expect((await other.api.get("/v1/promo-codes")).body[0].isActive).toBe(true);
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    const promo = await op.promoCode();
    await expectOperatorOnly(app, op, "patch", `/v1/promo-codes/${promo.id}`, { isActive: false });
  });
});

describe("DELETE /v1/promo-codes/:id", () => {
  test("deletes: 204 with an empty body; purchases keep the code text", async () => {
    const op = await photoOperator(app);
    const promo = await op.promoCode();
    await purchasesWith(op, promo, ["paid"]);
    const res = await op.api.delete(`/v1/promo-codes/${promo.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await op.api.get("/v1/promo-codes")).body).toEqual([]);
    expect((await op.api.delete(`/v1/promo-codes/${promo.id}`)).status).toBe(404);
    const purchase = await app.services.db.photoPurchase.findFirst({ where: { appliedPromoCode: promo.code }, select: { promoCodeId: true } });
    expect(purchase).toEqual({ promoCodeId: null });
  });

  test("another operator's code is 404 and survives", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const foreign = await other.promoCode();
    expect((await op.api.delete(`/v1/promo-codes/${foreign.id}`)).status).toBe(404);
    expect(ids((await other.api.get("/v1/promo-codes")).body)).toEqual([foreign.id]);
  });

  test("deleting the discount removes its codes", async () => {
    const op = await photoOperator(app);
    const d = await op.discount();
    await op.promoCode({ discountId: d.id });
    expect((await op.api.delete(`/v1/discounts/${d.id}`)).status).toBe(204);
    expect((await op.api.get("/v1/promo-codes")).body).toEqual([]);
  });

  test("operator only", async () => {
    const op = await photoOperator(app);
    const promo = await op.promoCode();
    await expectOperatorOnly(app, op, "delete", `/v1/promo-codes/${promo.id}`);
  });
});

describe("GraphQL", () => {
  test("createPhotoPromoCode and photoPromoCodes, with the discount and usesCount", async () => {
    const op = await photoOperator(app);
    const d = await op.discount();
    const created = await gql(app.url, `mutation($input: CreatePhotoPromoCodeInput!) {
      createPhotoPromoCode(input: $input) { id code usesCount discount { id } } }`,
    { input: { code: "gql-code", discountId: d.id, maxUses: 3 } }, op.token);
    expect(created.errors).toBeUndefined();
    const promo = created.data.createPhotoPromoCode;
    expect(promo).toMatchObject({ code: "GQL-CODE", usesCount: 0, discount: { id: d.id } });
    await purchasesWith(op, promo, ["paid", "paid"]);
    const list = await gql(app.url, "{ photoPromoCodes { id usesCount } }", undefined, op.token);
    expect(list.data.photoPromoCodes).toEqual([{ id: promo.id, usesCount: 2 }]);
    const dup = await gql(app.url, `mutation { createPhotoPromoCode(input: { code: "GQL-code", discountId: "${d.id}" }) { id } }`, undefined, op.token);
    expect(dup.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
