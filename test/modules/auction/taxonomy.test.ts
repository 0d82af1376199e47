import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let clerk: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  clerk = await auctionStaff(app, ["clerk"]);
});
afterAll(() => app?.close());

const tag = () => Math.random().toString(36).slice(2, 8);
const inIds = (name: string, ids: (number | string)[]) => ids.map((id, i) => `filter[${name}][value][${i}]=${id}`).join("&") + `&filter[${name}][operator]=IN`;
const queries = async (fn: () => Promise<unknown>) => { const before = app.counter.count; await fn(); return app.counter.count - before; };

async function categories(t: string) {
  const db = app.services.db;
  const root = await db.auctionCategory.create({ data: { label: `${t} Ceramics`, weight: 1 } });
  const art = await db.auctionCategory.create({ data: { label: `${t} Modern Art`, weight: 0 } });
  const child = await db.auctionCategory.create({ data: { label: `${t} Vases`, weight: 0, parentId: root.id } });
  const grandchild = await db.auctionCategory.create({ data: { label: `${t} Ming vases`, weight: 0, parentId: child.id } });
  return { root, art, child, grandchild };
}

describe("GET /categories", () => {
  test("lists {id, label, parent, weight} ordered by weight then label, with filters", async () => {
    const t = tag();
    const { root, art, child, grandchild } = await categories(t);
    const res = await clerk.api.get(`/categories?filter[label]=${t}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(4);
    expect(res.body.data).toEqual([
      { id: String(grandchild.id), label: `${t} Ming vases`, parent: String(child.id), weight: 0 },
      { id: String(art.id), label: `${t} Modern Art`, parent: null, weight: 0 },
      { id: String(child.id), label: `${t} Vases`, parent: String(root.id), weight: 0 },
      { id: String(root.id), label: `${t} Ceramics`, parent: null, weight: 1 },
    ]);
    const kids = await clerk.api.get(`/categories?filter[parent]=${root.id}`);
    expect(kids.body.data.map((c: any) => c.id)).toEqual([String(child.id)]);
    const roots = await clerk.api.get(`/categories?filter[label]=${t}&filter[root]=1&sort=-label`);
    expect(roots.status, JSON.stringify(roots.body)).toBe(200);
    expect(roots.body.data.map((c: any) => c.label)).toEqual([`${t} Modern Art`, `${t} Ceramics`]);
    const children = await clerk.api.get(`/categories?filter[label]=${t}&filter[root]=false`);
    expect(children.body.data.map((c: any) => c.id)).toEqual([String(grandchild.id), String(child.id)]);
    const search = await clerk.api.get(`/categories?global_search=${t} vases&fields=id,label`);
    expect(search.body.count).toBe(1);
    expect(Object.keys(search.body.data[0]).sort()).toEqual(["id", "label"]);
  });
  test("401 without a token; unknown filter or sort is a 400", async () => {
    expect((await auctionAnon(app).get("/categories")).status).toBe(401);
    expect((await clerk.api.get("/categories?filter[nope]=1")).status).toBe(400);
    expect((await clerk.api.get("/categories?sort=nope")).status).toBe(400);
    expect((await clerk.api.get("/categories?filter[root]=maybe")).status).toBe(400);
  });
  test("GraphQL: auctionCategories with typed filters", async () => {
    const t = tag();
    const { root, child } = await categories(t);
    const r = await gql(app.url, `query($f: AuctionCategoryFilter) { auctionCategories(filter: $f) { count data { id label parent weight } } }`,
      { f: { parent: { eq: String(root.id) } } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionCategories).toEqual({ count: 1, data: [{ id: String(child.id), label: `${t} Vases`, parent: String(root.id), weight: 0 }] });
  });
});

describe("PATCH /categories/:id", () => {
  test("updates label and weight (the spec's body) → {data: [category]}", async () => {
    const { root } = await categories(tag());
    const res = await admin.api.patch(`/categories/${root.id}`, { label: "Ceramics & Pottery", weight: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ id: String(root.id), label: "Ceramics & Pottery", parent: null, weight: 5 }] });
    expect(await app.services.db.auctionCategory.findUnique({ where: { id: root.id } })).toMatchObject({ label: "Ceramics & Pottery", weight: 5, parentId: null });
  });
  test("moves a category under another parent and back to the root", async () => {
    const { art, child } = await categories(tag());
    const moved = await admin.api.patch(`/categories/${child.id}`, { parent: String(art.id) });
    expect(moved.status).toBe(200);
    expect(moved.body.data[0]).toMatchObject({ id: String(child.id), parent: String(art.id), weight: 0 });
    const top = await admin.api.patch(`/categories/${child.id}`, { parent: null });
    expect(top.body.data[0].parent).toBeNull();
    expect((await app.services.db.auctionCategory.findUnique({ where: { id: child.id } }))!.parentId).toBeNull();
  });
  test("an unknown parent or a cycle is a 422; nothing changes", async () => {
    const { root, child, grandchild } = await categories(tag());
    const unknown = await admin.api.patch(`/categories/${root.id}`, { parent: "999999" });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ status: 422, errors: { parent: ["This category does not exist"] } });
    const self = await admin.api.patch(`/categories/${root.id}`, { parent: String(root.id) });
    expect(self.status).toBe(422);
    const descendant = await admin.api.patch(`/categories/${root.id}`, { parent: String(grandchild.id), label: "Renamed" });
    expect(descendant.status).toBe(422);
    expect(descendant.body.errors.parent).toEqual(["This would create a cycle in the category tree"]);
    const row = await app.services.db.auctionCategory.findUnique({ where: { id: root.id } });
    expect(row).toMatchObject({ parentId: null, label: root.label });
    // a sibling branch is fine
    expect((await admin.api.patch(`/categories/${grandchild.id}`, { parent: String(root.id) })).status).toBe(200);
    expect((await admin.api.patch(`/categories/${root.id}`, { parent: String(child.id) })).status).toBe(422);
  });
  test("an empty label is required (400); a bad weight is refused; unknown id 404", async () => {
    const { art } = await categories(tag());
    const empty = await admin.api.patch(`/categories/${art.id}`, { label: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toBe("The field 'label' is required");
    expect((await admin.api.patch(`/categories/${art.id}`, { weight: 1.5 })).status).toBe(400);
    const missing = await admin.api.patch("/categories/999999", { weight: 1 });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Category with ID 999999 does not exist");
  });
  test("administrators only: 403 for a clerk, 401 without a token", async () => {
    const { art } = await categories(tag());
    expect((await clerk.api.patch(`/categories/${art.id}`, { weight: 9 })).status).toBe(403);
    expect((await auctionAnon(app).patch(`/categories/${art.id}`, { body: { weight: 9 } })).status).toBe(401);
    expect((await app.services.db.auctionCategory.findUnique({ where: { id: art.id } }))!.weight).toBe(0);
  });
});

describe("reference lists", () => {
  test("GET /additional_charges → {id, label, default_amount, default_vat}", async () => {
    const t = tag();
    const term = await app.services.db.auctionChargeTerm.create({ data: { label: `${t} Shipping Fee`, defaultAmount: "25", defaultVat: "21" } });
    await app.services.db.auctionChargeTerm.create({ data: { label: `${t} Insurance`, defaultAmount: "10.5" } });
    const res = await clerk.api.get(`/additional_charges?filter[label]=${t}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.data[1]).toEqual({ id: String(term.id), label: `${t} Shipping Fee`, default_amount: "25.00", default_vat: "21.00" });
    expect(res.body.data[0]).toMatchObject({ label: `${t} Insurance`, default_amount: "10.50", default_vat: "0.00" });
    const range = await clerk.api.get(`/additional_charges?filter[label]=${t}&filter[default_amount][value][from]=20`);
    expect(range.body.data.map((c: any) => c.id)).toEqual([String(term.id)]);
    expect((await auctionAnon(app).get("/additional_charges")).status).toBe(401);
  });
  test("GET /bank_accounts masks account numbers", async () => {
    const t = tag();
    const acc = await app.services.db.auctionBankAccount.create({ data: { name: `${t} Main`, accountNumber: "NL91 ABNA 0417 1612 34", branch: "Amsterdam", currency: "EUR" } });
    await app.services.db.auctionBankAccount.create({ data: { name: `${t} Petty`, accountNumber: "987" } });
    const res = await clerk.api.get(`/bank_accounts?global_search=${t}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: String(acc.id), name: `${t} Main`, account_number: "****1234", branch: "Amsterdam", currency: "EUR" },
      { id: expect.any(String), name: `${t} Petty`, account_number: "****", branch: null, currency: "USD" },
    ]);
    expect(res.text).not.toContain("0417");
    expect((await clerk.api.get(`/bank_accounts?global_search=${t}&filter[currency]=EUR`)).body.count).toBe(1);
    expect((await auctionAnon(app).get("/bank_accounts")).status).toBe(401);
  });
  test("GET /payment_types → {id, label, letter}", async () => {
    const t = tag();
    const pt = await app.services.db.auctionPaymentType.create({ data: { label: `${t} Wire transfer`, letter: `W${t}` } });
    const res = await clerk.api.get(`/payment_types?filter[letter]=W${t}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ id: String(pt.id), label: `${t} Wire transfer`, letter: `W${t}` }], count: 1 });
    expect((await auctionAnon(app).get("/payment_types")).status).toBe(401);
  });
  test("GET /bid_steps → {id, from, step} ordered by from", async () => {
    const db = app.services.db;
    const steps = [await db.auctionBidStep.create({ data: { priceFrom: "1000", step: "100" } }),
      await db.auctionBidStep.create({ data: { priceFrom: "0", step: "5" } }),
      await db.auctionBidStep.create({ data: { priceFrom: "100.5", step: "10" } })];
    const res = await clerk.api.get(`/bid_steps?${inIds("id", steps.map((s) => s.id))}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: String(steps[1]!.id), from: "0.00", step: "5.00" },
      { id: String(steps[2]!.id), from: "100.50", step: "10.00" },
      { id: String(steps[0]!.id), from: "1000.00", step: "100.00" },
    ]);
    const desc = await clerk.api.get(`/bid_steps?${inIds("id", steps.map((s) => s.id))}&sort=-from`);
    expect(desc.body.data[0].from).toBe("1000.00");
    expect((await auctionAnon(app).get("/bid_steps")).status).toBe(401);
  });
  test("GET /catalogs → {id, label, part_count, sale_count} in a fixed number of queries", async () => {
    const t = tag();
    const db = app.services.db;
    const full = await db.auctionCatalog.create({ data: { label: `${t} A Summer`, parts: { create: [{ label: "Part 1" }, { label: "Part 2" }] } } });
    const empty = await db.auctionCatalog.create({ data: { label: `${t} B Winter` } });
    await auctionSale(app, { catalogId: full.id });
    await auctionSale(app, { catalogId: full.id, status: "draft" });
    const res = await clerk.api.get(`/catalogs?filter[label]=${t}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ count: 2, data: [
      { id: String(full.id), label: `${t} A Summer`, part_count: 2, sale_count: 2 },
      { id: String(empty.id), label: `${t} B Winter`, part_count: 0, sale_count: 0 },
    ] });
    // counts come with the page's rows: five catalogues cost what one does
    const one = await queries(() => clerk.api.get(`/catalogs?filter[label]=${t} A`));
    for (let i = 0; i < 4; i++) await db.auctionCatalog.create({ data: { label: `${t} C ${i}`, parts: { create: [{ label: "x" }] } } });
    const six = await clerk.api.get(`/catalogs?filter[label]=${t}`);
    expect(six.body.data.map((c: any) => c.part_count)).toEqual([2, 0, 1, 1, 1, 1]);
    expect(await queries(() => clerk.api.get(`/catalogs?filter[label]=${t}`))).toBe(one);
    expect((await auctionAnon(app).get("/catalogs")).status).toBe(401);
  });
});
