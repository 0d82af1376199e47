import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { posAnon, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let other: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let otherAdmin: PosUserFixture;
let superAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  other = await posTenant(app);
  admin = await posUser(app, "ADMIN", tenant.id);
  manager = await posUser(app, "MANAGER", tenant.id);
  cashier = await posUser(app, "CASHIER", tenant.id);
  otherAdmin = await posUser(app, "ADMIN", other.id);
  superAdmin = await posUser(app, "SUPER_ADMIN", null);
});
afterAll(() => app?.close());

const code = () => unique("A").replace(/[^A-Za-z0-9]/g, "").slice(-16);
const createStore = async (as: PosUserFixture, name = "Audited") => {
  const res = await as.api.post("/v1/stores", { name, code: code() });
  expect(res.status).toBe(201);
  return res.body.data as { id: string; code: string };
};

describe("GET /v1/audit", () => {
  test("writes made through the API appear, newest first, with the acting user and before/after", async () => {
    const s = await createStore(admin, "First name");
    expect((await admin.api.patch(`/v1/stores/${s.id}`, { name: "Second name" })).status).toBe(200);
    const res = await manager.api.get(`/v1/audit?entityType=store&entityId=${s.id}`);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, limit: 20, total: 2, totalPages: 1 });
    const [update, create] = res.body.data;
    expect(update).toMatchObject({
      action: "store.update", entityType: "store", entityId: s.id, userId: admin.id, tenantId: tenant.id,
      user: { id: admin.id, name: admin.name, email: admin.email },
      before: { name: "First name" }, after: { name: "Second name" },
    });
    expect(update.ip).toEqual(expect.any(String));
    expect(update.createdAt).toMatch(/Z$/);
    expect(create).toMatchObject({ action: "store.create", before: null, after: { id: s.id, code: s.code } });
    expect(new Date(update.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(create.createdAt).getTime());
  });
  test("filters by action, userId and date range", async () => {
    const t = await posTenant(app);
    const a1 = await posUser(app, "ADMIN", t.id);
    const a2 = await posUser(app, "ADMIN", t.id);
    const s1 = await createStore(a1);
    await createStore(a2);
    await a1.api.patch(`/v1/stores/${s1.id}`, { name: "Renamed" });
    const byAction = await a1.api.get("/v1/audit?action=store.create");
    expect(byAction.body.data).toHaveLength(2);
    const byUser = await a1.api.get(`/v1/audit?userId=${a1.id}`);
    expect(byUser.body.data.map((r: { action: string }) => r.action)).toEqual(["store.update", "store.create"]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await a1.api.get(`/v1/audit?from=${today}&to=${today}`)).body.meta.total).toBe(3);
    expect((await a1.api.get("/v1/audit?to=2000-01-01")).body.meta.total).toBe(0);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await a1.api.get(`/v1/audit?from=${encodeURIComponent(future)}`)).body.meta.total).toBe(0);
    const page2 = await a1.api.get("/v1/audit?limit=2&page=2");
    expect(page2.body.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect(page2.body.data).toHaveLength(1);
  });
  test("another tenant's rows never appear", async () => {
    const mine = await createStore(admin);
    const res = await otherAdmin.api.get(`/v1/audit?entityId=${mine.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
  });
  test("400 for malformed filters", async () => {
    expect((await admin.api.get("/v1/audit?from=yesterday")).status).toBe(400);
    expect((await admin.api.get("/v1/audit?userId=42")).status).toBe(400);
    const res = await admin.api.get("/v1/audit?from=2024-02-01&to=2024-01-01");
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: "from" })]);
  });
  test("401 anonymous, 403 for a CASHIER (no report:read) and for a SUPER_ADMIN (no tenant: /audit/all)", async () => {
    expect((await posAnon(app).get("/v1/audit")).status).toBe(401);
    expect((await cashier.api.get("/v1/audit")).status).toBe(403);
    expect((await superAdmin.api.get("/v1/audit")).status).toBe(403);
  });
  test("the acting users of a page are loaded in one query (no N+1)", async () => {
    const count = async (fn: () => Promise<unknown>) => { const before = app.counter.count; await fn(); return app.counter.count - before; };
    async function tenantWith(n: number) {
      const t = await posTenant(app);
      const users = await Promise.all(Array.from({ length: n }, () => posUser(app, "ADMIN", t.id)));
      for (const u of users) await createStore(u);
      return users[0]!;
    }
    const small = await tenantWith(1);
    const large = await tenantWith(6);
    const q1 = await count(() => small.api.get("/v1/audit"));
    const q6 = await count(async () => {
      const res = await large.api.get("/v1/audit");
      expect(new Set(res.body.data.map((r: { user: { id: string } }) => r.user.id)).size).toBe(6);
    });
    expect(q6).toBe(q1);
  });
});

describe("GET /v1/audit/all", () => {
  test("SUPER_ADMIN sees every tenant's rows and can filter by tenant", async () => {
    const mine = await createStore(admin);
    const theirs = await createStore(otherAdmin);
    const all = await superAdmin.api.get("/v1/audit/all?entityType=store&limit=100");
    expect(all.status).toBe(200);
    const ids = all.body.data.map((r: { entityId: string }) => r.entityId);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const one = await superAdmin.api.get(`/v1/audit/all?tenantId=${other.id}&entityType=store&limit=100`);
    expect(one.body.data.every((r: { tenantId: string }) => r.tenantId === other.id)).toBe(true);
    expect(one.body.data.map((r: { entityId: string }) => r.entityId)).toContain(theirs.id);
    expect(one.body.data.map((r: { entityId: string }) => r.entityId)).not.toContain(mine.id);
    expect((await superAdmin.api.get("/v1/audit/all?tenantId=nope")).status).toBe(400);
  });
  test("401 anonymous, 403 for a tenant ADMIN", async () => {
    expect((await posAnon(app).get("/v1/audit/all")).status).toBe(401);
    expect((await admin.api.get("/v1/audit/all")).status).toBe(403);
    expect((await manager.api.get("/v1/audit/all")).status).toBe(403);
  });
});

test("GraphQL: posAuditLogs", async () => {
  const s = await createStore(admin);
  const res = await gql(app.url, `query($id: String) { posAuditLogs(entityId: $id) { items { action entityId user { id } } total } }`, { id: s.id }, admin.token);
  expect(res.errors).toBeUndefined();
  expect(res.data.posAuditLogs).toEqual({ items: [{ action: "store.create", entityId: s.id, user: { id: admin.id } }], total: 1 });
});
