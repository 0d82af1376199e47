import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let cashier: PosUserFixture;
let otherAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  // a tenant of its own: the listings below can assert whole lists
  tenant = await posTenant(app);
  admin = await posUser(app, "ADMIN", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id);
  const other = await posTenant(app);
  otherAdmin = await posUser(app, "ADMIN", other.id);
});
afterAll(() => app?.close());

const create = async (body: Record<string, unknown>, as: PosUserFixture = admin) => {
  const res = await as.api.post("/v1/products/categories", body);
  return res;
};
const make = async (name: string, parentId?: string, sortOrder?: number) => {
  const res = await create({ name, parentId, sortOrder });
  expect(res.status).toBe(201);
  return res.body.data as { id: string; name: string };
};

describe("POST /v1/products/categories", () => {
  test("creates roots and children: 201 with parent, children, productCount; audited", async () => {
    const root = await make(unique("Beverages"));
    const res = await create({ name: "Soft drinks", parentId: root.id, sortOrder: 3 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ success: true, data: { name: "Soft drinks", parentId: root.id, sortOrder: 3, parent: { id: root.id, name: root.name }, children: [], productCount: 0 } });
    expect(res.body.data.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await app.services.db.posCategory.findUnique({ where: { id: res.body.data.id } })).toMatchObject({ tenantId: tenant.id, parentId: root.id });
    expect(await app.services.db.posAuditLog.count({ where: { entityId: res.body.data.id, action: "category.create" } })).toBe(1);
  });

  test("names are unique among siblings (case-insensitive: 409) but may repeat under other parents", async () => {
    const a = await make(unique("A"));
    const b = await make(unique("B"));
    await make("Juice", a.id);
    const dup = await create({ name: "juice", parentId: a.id });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details).toEqual([expect.objectContaining({ path: "name" })]);
    expect((await create({ name: "Juice", parentId: b.id })).status).toBe(201);
    const rootName = unique("Root");
    await make(rootName);
    expect((await create({ name: rootName.toUpperCase() })).status).toBe(409);
  });

  test("400 empty name; 404 for another tenant's or unknown parent; 422 beyond 5 levels", async () => {
    expect((await create({ name: "  " })).status).toBe(400);
    const foreign = (await create({ name: unique("F") }, otherAdmin)).body.data;
    expect((await create({ name: "X", parentId: foreign.id })).status).toBe(404);
    expect((await create({ name: "X", parentId: "00000000-0000-0000-0000-000000000000" })).status).toBe(404);
    let parent = await make(unique("L1"));
    for (let level = 2; level <= 5; level++) parent = await make(`L${level}`, parent.id);
    const tooDeep = await create({ name: "L6", parentId: parent.id });
    expect(tooDeep.status).toBe(422);
    expect(tooDeep.body.error.code).toBe("UNPROCESSABLE");
  });

  test("401 without a token, 403 for a cashier", async () => {
    expect((await posAnon(app).post("/v1/products/categories", { body: { name: "x" } })).status).toBe(401);
    expect((await create({ name: unique("C") }, cashier)).status).toBe(403);
  });
});

describe("GET /v1/products/categories", () => {
  let t: Awaited<ReturnType<typeof posTenant>>;
  let a: PosUserFixture;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await posTenant(app);
    a = await posUser(app, "ADMIN", t.id);
    const mk = async (name: string, parentId?: string, sortOrder = 0) => (await a.api.post("/v1/products/categories", { name, parentId, sortOrder })).body.data.id as string;
    const food = await mk("Food", undefined, 1);
    const drinks = await mk("Drinks", undefined, 0);
    const fruit = await mk("Fruit", food);
    const apples = await mk("Apples", fruit);
    const tea = await mk("Tea", drinks);
    ids = { food, drinks, fruit, apples, tea };
    await posProduct(app, t.id, { categoryId: apples });
    await posProduct(app, t.id, { categoryId: apples });
    await posProduct(app, t.id, { categoryId: tea });
    await posProduct(app, t.id, { categoryId: tea, deletedAt: new Date() });
  });

  test("flat (default): every live category, by sortOrder (Food has 1) then name, with live product counts", async () => {
    const res = await a.api.get("/v1/products/categories");
    expect(res.status).toBe(200);
    expect(res.body.meta).toBeUndefined();
    expect(res.body.data.map((c: any) => [c.name, c.depth, c.productCount, c.children.length])).toEqual([
      ["Apples", 3, 2, 0], ["Drinks", 1, 0, 0], ["Fruit", 2, 0, 0], ["Tea", 2, 1, 0], ["Food", 1, 0, 0],
    ]);
    expect(res.body.data.find((c: any) => c.name === "Fruit").parentId).toBe(ids.food);
  });

  test("tree: roots with nested children", async () => {
    const res = await a.api.get("/v1/products/categories?format=tree");
    expect(res.status).toBe(200);
    const shape = (n: any): unknown => ({ name: n.name, productCount: n.productCount, children: n.children.map(shape) });
    expect(res.body.data.map(shape)).toEqual([
      { name: "Drinks", productCount: 0, children: [{ name: "Tea", productCount: 1, children: [] }] },
      { name: "Food", productCount: 0, children: [{ name: "Fruit", productCount: 0, children: [{ name: "Apples", productCount: 2, children: [] }] }] },
    ]);
  });

  test("search: flat matches only; a tree keeps the matches' ancestors; bad format 400", async () => {
    const flat = await a.api.get("/v1/products/categories?search=app");
    expect(flat.body.data.map((c: any) => c.name)).toEqual(["Apples"]);
    const tree = await a.api.get("/v1/products/categories?format=tree&search=app");
    expect(tree.body.data).toHaveLength(1);
    expect(tree.body.data[0].name).toBe("Food");
    expect(tree.body.data[0].children[0].children[0].name).toBe("Apples");
    expect((await a.api.get("/v1/products/categories?format=graph")).status).toBe(400);
  });

  test("a cashier may read; another tenant sees none of them; 401 without a token", async () => {
    const c = await posUser(app, "CASHIER", t.id);
    expect((await c.api.get("/v1/products/categories")).body.data).toHaveLength(5);
    const other = (await otherAdmin.api.get("/v1/products/categories")).body.data.map((x: any) => x.id);
    expect(other).not.toContain(ids.food);
    expect((await posAnon(app).get("/v1/products/categories")).status).toBe(401);
  });

  test("GET /:id: parent, children, product count; another tenant's id is a 404", async () => {
    const res = await a.api.get(`/v1/products/categories/${ids.fruit}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: ids.fruit, name: "Fruit", parent: { id: ids.food, name: "Food" }, children: [{ id: ids.apples, name: "Apples", productCount: 2 }], productCount: 0 });
    expect((await otherAdmin.api.get(`/v1/products/categories/${ids.fruit}`)).status).toBe(404);
    expect((await a.api.get(`/v1/products/categories/nope`)).status).toBe(404);
  });
});

describe("PATCH /v1/products/categories/:id", () => {
  test("rename, reorder and move; null parent makes a root", async () => {
    const a = await make(unique("PA"));
    const b = await make(unique("PB"));
    const c = await make("Child", a.id);
    const moved = await admin.api.patch(`/v1/products/categories/${c.id}`, { parentId: b.id, name: "Moved", sortOrder: 9 });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ name: "Moved", sortOrder: 9, parentId: b.id, parent: { id: b.id } });
    const root = await admin.api.patch(`/v1/products/categories/${c.id}`, { parentId: null });
    expect(root.body.data).toMatchObject({ parentId: null, parent: null });
    expect(await app.services.db.posAuditLog.count({ where: { entityId: c.id, action: "category.update" } })).toBe(2);
  });

  test("a cycle is a 422 (under itself, under a descendant) and nothing changes", async () => {
    const a = await make(unique("CA"));
    const b = await make("CB", a.id);
    const c = await make("CC", b.id);
    const self = await admin.api.patch(`/v1/products/categories/${a.id}`, { parentId: a.id });
    expect(self.status).toBe(422);
    const desc = await admin.api.patch(`/v1/products/categories/${a.id}`, { parentId: c.id });
    expect(desc.status).toBe(422);
    expect(desc.body.error).toMatchObject({ code: "UNPROCESSABLE", details: [expect.objectContaining({ path: "parentId" })] });
    expect((await app.services.db.posCategory.findUnique({ where: { id: a.id } }))!.parentId).toBeNull();
  });

  test("422 when a move makes the tree deeper than 5 levels; 409 on a sibling's name", async () => {
    let deep = await make(unique("D1"));
    for (let level = 2; level <= 4; level++) deep = await make(`D${level}`, deep.id);
    const sub = await make(unique("S1"));
    await make("S2", sub.id);
    expect((await admin.api.patch(`/v1/products/categories/${sub.id}`, { parentId: deep.id })).status).toBe(422);
    const p = await make(unique("Parent"));
    await make("Taken", p.id);
    const other = await make("Other", p.id);
    const clash = await admin.api.patch(`/v1/products/categories/${other.id}`, { name: "TAKEN" });
    expect(clash.status).toBe(409);
  });

  test("403 for a cashier, 404 for another tenant", async () => {
    const a = await make(unique("Z"));
    expect((await cashier.api.patch(`/v1/products/categories/${a.id}`, { name: "x" })).status).toBe(403);
    expect((await otherAdmin.api.patch(`/v1/products/categories/${a.id}`, { name: "x" })).status).toBe(404);
    expect((await app.services.db.posCategory.findUnique({ where: { id: a.id } }))!.name).toBe(a.name);
  });
});

describe("DELETE /v1/products/categories/:id", () => {
  test("soft delete: children move up to its parent, its products become uncategorized, it disappears", async () => {
    const top = await make(unique("Top"));
    const mid = await make("Mid", top.id);
    const leaf = await make("Leaf", mid.id);
    const product = await posProduct(app, tenant.id, { categoryId: mid.id });
    const res = await admin.api.delete(`/v1/products/categories/${mid.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: mid.id, name: "Mid" });
    expect(res.body.data.deletedAt).toMatch(/Z$/);
    expect((await app.services.db.posCategory.findUnique({ where: { id: leaf.id } }))!.parentId).toBe(top.id);
    expect((await app.services.db.posProduct.findUnique({ where: { id: product.id } }))!.categoryId).toBeNull();
    expect((await admin.api.get(`/v1/products/categories/${mid.id}`)).status).toBe(404);
    expect((await admin.api.get("/v1/products/categories")).body.data.map((c: any) => c.id)).not.toContain(mid.id);
    expect((await admin.api.get(`/v1/products/categories/${top.id}`)).body.data.children.map((c: any) => c.id)).toEqual([leaf.id]);
    expect((await admin.api.delete(`/v1/products/categories/${mid.id}`)).status).toBe(404);
    // its name is free again among its former siblings
    expect((await create({ name: "Mid", parentId: top.id })).status).toBe(201);
    expect(await app.services.db.posAuditLog.count({ where: { entityId: mid.id, action: "category.delete" } })).toBe(1);
  });

  test("409 when a child would clash with a name one level up (nothing changes)", async () => {
    const top = await make(unique("T"));
    await make("Same", top.id);
    const mid = await make("M", top.id);
    await make("Same", mid.id);
    const res = await admin.api.delete(`/v1/products/categories/${mid.id}`);
    expect(res.status).toBe(409);
    expect((await app.services.db.posCategory.findUnique({ where: { id: mid.id } }))!.deletedAt).toBeNull();
  });

  test("403 for a cashier, 404 for another tenant", async () => {
    const a = await make(unique("Y"));
    expect((await cashier.api.delete(`/v1/products/categories/${a.id}`)).status).toBe(403);
    expect((await otherAdmin.api.delete(`/v1/products/categories/${a.id}`)).status).toBe(404);
    expect((await app.services.db.posCategory.findUnique({ where: { id: a.id } }))!.deletedAt).toBeNull();
  });
});

describe("routing and GraphQL", () => {
  test("/v1/products/categories is not taken for a product id (static segments first)", async () => {
    const cat = await make(unique("Route"));
    const res = await admin.api.get(`/v1/products/categories/${cat.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe(cat.id);
    const list = await admin.api.get("/v1/products/categories");
    expect(list.status).toBe(200);
    expect(list.body.data.map((c: any) => c.id)).toContain(cat.id);
  });

  test("posCategories over /graphql", async () => {
    const cat = await make(unique("Gql"));
    const res = await gql(app.url, `query($s: String) { posCategories(format: "tree", search: $s) { id name productCount children { id } } }`, { s: cat.name }, cashier.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posCategories).toEqual([{ id: cat.id, name: cat.name, productCount: 0, children: [] }]);
  });
});
