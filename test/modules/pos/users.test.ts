import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { POS_PASSWORD, posAnon, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { gql } from "../../support/http.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let other: Awaited<ReturnType<typeof posTenant>>;
let admin: PosUserFixture;
let manager: PosUserFixture;
let cashier: PosUserFixture;
let otherAdmin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  [tenant, other] = await Promise.all([posTenant(app), posTenant(app)]);
  [admin, manager, cashier, otherAdmin] = await Promise.all([
    posUser(app, "ADMIN", tenant.id), posUser(app, "MANAGER", tenant.id), posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id }),
    posUser(app, "ADMIN", other.id),
  ]);
});
afterAll(() => app?.close());

const anon = () => posAnon(app);
const email = (p = "staff") => `${unique(p)}@example.com`.toLowerCase();
const login = (e: string, password = POS_PASSWORD) => anon().post("/auth/login", { body: { email: e, password } });
const me = (token: string) => anon().get("/auth/me", { token });
const db = () => app.services.db;
const USER_KEYS = ["createdAt", "email", "id", "isActive", "lastLoginAt", "name", "phone", "role", "storeId", "tenantId", "updatedAt"];

describe("PATCH /v1/users/me", () => {
  test("any account updates its own name and phone (role and e-mail are not taken from this body)", async () => {
    const c = await posUser(app, "CASHIER", tenant.id);
    const res = await c.api.patch("/v1/users/me", { name: "  Renamed Cashier ", phone: "+1 555 0100", role: "ADMIN", email: "x@example.com" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, name: "Renamed Cashier", phone: "+1 555 0100", role: "CASHIER", email: c.email });
    expect(res.body.data.permissions).toContain("sale:create");
    const row = await db().posUser.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ name: "Renamed Cashier", phone: "+1 555 0100", role: "CASHIER", email: c.email });
    const log = await db().posAuditLog.findFirstOrThrow({ where: { action: "user.update_profile", entityId: c.id } });
    expect(log).toMatchObject({ userId: c.id, tenantId: tenant.id, before: { name: c.name }, after: { name: "Renamed Cashier" } });
    expect(JSON.stringify(log)).not.toContain("passwordHash");
    // the token stays valid (no role change)
    expect((await me(c.token)).status).toBe(200);
    const cleared = await c.api.patch("/v1/users/me", { phone: null });
    expect(cleared.body.data.phone).toBeNull();
  });

  test("a SUPER_ADMIN updates its profile too; 400 for an empty name or bad phone; 401 anonymous", async () => {
    const sa = await posUser(app, "SUPER_ADMIN", null);
    expect((await sa.api.patch("/v1/users/me", { name: "Platform Person" })).body.data).toMatchObject({ name: "Platform Person", tenantId: null });
    const empty = await cashier.api.patch("/v1/users/me", { name: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "name", message: "must not be empty" }] });
    expect((await cashier.api.patch("/v1/users/me", { phone: "call me maybe" })).status).toBe(400);
    expect((await anon().patch("/v1/users/me", { body: { name: "X" } })).status).toBe(401);
  });
});

describe("GET /v1/users", () => {
  test("a page of the tenant's users with meta, newest first, never password hashes", async () => {
    const res = await admin.api.get("/v1/users?limit=100");
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.meta).toMatchObject({ page: 1, limit: 100 });
    const ids = res.body.data.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([admin.id, manager.id, cashier.id]));
    expect(ids).not.toContain(otherAdmin.id);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(USER_KEYS);
    expect(res.text).not.toContain("passwordHash");
    const times = res.body.data.map((u: { createdAt: string }) => u.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(res.body.meta.total).toBe(res.body.data.length);

    const paged = await admin.api.get("/v1/users?limit=1&page=2");
    expect(paged.body.data).toHaveLength(1);
    expect(paged.body.meta).toMatchObject({ page: 2, limit: 1, total: res.body.meta.total, totalPages: res.body.meta.total });
  });

  test("filters: role, isActive, storeId, search; deleted users are not listed", async () => {
    const t = await posTenant(app);
    const a = await posUser(app, "ADMIN", t.id);
    const c1 = await posUser(app, "CASHIER", t.id, { name: "Zelda Counter", storeId: t.stores[1].id });
    const c2 = await posUser(app, "CASHIER", t.id, { isActive: false });
    await posUser(app, "CASHIER", t.id, { deletedAt: new Date() });
    const ids = async (q: string) => ((await a.api.get(`/v1/users${q}`)).body.data as { id: string }[]).map((u) => u.id).sort();
    expect(await ids("")).toEqual([a.id, c1.id, c2.id].sort());
    expect(await ids("?role=CASHIER")).toEqual([c1.id, c2.id].sort());
    expect(await ids("?isActive=false")).toEqual([c2.id]);
    expect(await ids("?isActive=true&role=CASHIER")).toEqual([c1.id]);
    expect(await ids(`?storeId=${t.stores[1].id}`)).toEqual([c1.id]);
    expect(await ids("?search=zELDA")).toEqual([c1.id]);
    expect(await ids(`?search=${encodeURIComponent(c2.email.toUpperCase())}`)).toEqual([c2.id]);
    expect((await a.api.get("/v1/users?role=BOSS")).status).toBe(400);
    expect((await a.api.get("/v1/users?storeId=nope")).status).toBe(400);
  });

  test("managers may list; cashiers 403; anonymous 401", async () => {
    expect((await manager.api.get("/v1/users")).status).toBe(200);
    const res = await cashier.api.get("/v1/users");
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
    expect((await anon().get("/v1/users")).status).toBe(401);
  });

  test("GraphQL: posUsers", async () => {
    const res = await gql(app.url, "{ posUsers(limit: 5, role: \"MANAGER\") { total items { id role } } }", undefined, admin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.posUsers.items.map((u: { id: string }) => u.id)).toContain(manager.id);
    expect(res.data.posUsers.items.every((u: { role: string }) => u.role === "MANAGER")).toBe(true);
  });
});

describe("POST /v1/users", () => {
  test("an admin creates a manager bound to a store: 201, stored with a hash, audited, and it can log in", async () => {
    const e = email("mgr");
    const res = await admin.api.post("/v1/users", { email: e.toUpperCase(), name: "New Manager", phone: "+1 555 0101", role: "MANAGER", storeId: tenant.stores[1].id, password: "manager-pass-1" });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.data).sort()).toEqual(USER_KEYS);
    expect(res.body.data).toMatchObject({ email: e, name: "New Manager", role: "MANAGER", tenantId: tenant.id, storeId: tenant.stores[1].id, isActive: true, lastLoginAt: null });
    const row = await db().posUser.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(row.passwordHash).not.toContain("manager-pass-1");
    const log = await db().posAuditLog.findFirstOrThrow({ where: { action: "user.create", entityId: row.id } });
    expect(log).toMatchObject({ userId: admin.id, tenantId: tenant.id, after: { email: e, role: "MANAGER" } });
    expect(JSON.stringify(log.after)).not.toContain("passwordHash");
    const logged = await login(e, "manager-pass-1");
    expect(logged.status).toBe(200);
    expect(logged.body.data.user).toMatchObject({ role: "MANAGER", storeId: tenant.stores[1].id });
  });

  test("a manager creates cashiers only; nobody creates a SUPER_ADMIN here; cashiers 403", async () => {
    const ok = await manager.api.post("/v1/users", { email: email("cash"), name: "Till Person", role: "CASHIER", password: "cashier-pass-1" });
    expect(ok.status).toBe(201);
    expect(ok.body.data).toMatchObject({ role: "CASHIER", tenantId: tenant.id, storeId: null });
    for (const role of ["MANAGER", "ADMIN"]) {
      const res = await manager.api.post("/v1/users", { email: email(), name: "Nope", role, password: "some-pass-123" });
      expect(res.status).toBe(403);
    }
    expect((await admin.api.post("/v1/users", { email: email(), name: "Nope", role: "SUPER_ADMIN", password: "some-pass-123" })).status).toBe(403);
    expect((await cashier.api.post("/v1/users", { email: email(), name: "Nope", role: "CASHIER", password: "some-pass-123" })).status).toBe(403);
    expect((await anon().post("/v1/users", { body: { email: email(), name: "Nope", role: "CASHIER", password: "some-pass-123" } })).status).toBe(401);
  });

  test("409 for a taken e-mail (any tenant, any case); 404 for another tenant's store; 400 for bad fields", async () => {
    const dup = await admin.api.post("/v1/users", { email: otherAdmin.email.toUpperCase(), name: "Dup", role: "CASHIER", password: "some-pass-123" });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: "CONFLICT", details: [{ path: "email" }] });
    const store = await admin.api.post("/v1/users", { email: email(), name: "X", role: "CASHIER", storeId: other.stores[0].id, password: "some-pass-123" });
    expect(store.status).toBe(404);
    const base = { email: email(), name: "X", role: "CASHIER", password: "some-pass-123" };
    for (const [path, value, message] of [["email", "not-an-email", "must be a valid e-mail address"], ["role", "BOSS", "must be one of ADMIN, MANAGER, CASHIER"], ["password", "short", "must be at least 8 characters"]]) {
      const bad = await admin.api.post("/v1/users", { ...base, [path!]: value });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path, message }] });
    }
    expect((await admin.api.post("/v1/users", { name: "No mail", role: "CASHIER", password: "some-pass-123" })).status).toBe(400);
  });
});

describe("GET /v1/users/:id", () => {
  test("detail; another tenant's user or a malformed id is 404; cashiers 403", async () => {
    const res = await manager.api.get(`/v1/users/${cashier.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: cashier.id, role: "CASHIER", storeId: tenant.stores[0].id });
    const foreign = await otherAdmin.api.get(`/v1/users/${cashier.id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect((await admin.api.get("/v1/users/not-a-uuid")).status).toBe(404);
    expect((await cashier.api.get(`/v1/users/${admin.id}`)).status).toBe(403);
  });
});

describe("PATCH /v1/users/:id", () => {
  test("an admin changes a role: the user's access tokens die, a refresh issues one with the new role; audited", async () => {
    const c = await posUser(app, "CASHIER", tenant.id);
    const session = (await login(c.email)).body.data;
    const res = await admin.api.patch(`/v1/users/${c.id}`, { role: "MANAGER", name: "Promoted", storeId: tenant.stores[1].id });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, role: "MANAGER", name: "Promoted", storeId: tenant.stores[1].id });
    expect((await me(c.token)).status).toBe(401);
    const row = await db().posUser.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.tokenVersion).toBe(1);
    expect((await me(session.accessToken)).status).toBe(401);
    const refreshed = await anon().post("/auth/refresh", { body: { refreshToken: session.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.data.user).toMatchObject({ role: "MANAGER", storeId: tenant.stores[1].id });
    expect((await me(refreshed.body.data.accessToken)).body.data.role).toBe("MANAGER");
    const log = await db().posAuditLog.findFirstOrThrow({ where: { action: "user.update", entityId: c.id } });
    expect(log).toMatchObject({ userId: admin.id, before: { role: "CASHIER" }, after: { role: "MANAGER", name: "Promoted" } });
    // a name-only change keeps the sessions
    const m = await posUser(app, "MANAGER", tenant.id);
    expect((await admin.api.patch(`/v1/users/${m.id}`, { name: "Just Renamed", storeId: null })).body.data).toMatchObject({ name: "Just Renamed", storeId: null });
    expect((await me(m.token)).status).toBe(200);
  });

  test("a manager edits cashiers only and cannot promote them", async () => {
    const c = await posUser(app, "CASHIER", tenant.id);
    const ok = await manager.api.patch(`/v1/users/${c.id}`, { phone: "+1 555 0199", storeId: tenant.stores[0].id });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ phone: "+1 555 0199", storeId: tenant.stores[0].id });
    expect((await manager.api.patch(`/v1/users/${c.id}`, { role: "MANAGER" })).status).toBe(403);
    expect((await manager.api.patch(`/v1/users/${admin.id}`, { name: "Hacked" })).status).toBe(403);
    expect((await manager.api.patch(`/v1/users/${manager.id}`, { name: "Self via id" })).status).toBe(403);
    expect((await db().posUser.findUniqueOrThrow({ where: { id: admin.id } })).name).not.toBe("Hacked");
    expect((await cashier.api.patch(`/v1/users/${c.id}`, { name: "X" })).status).toBe(403);
  });

  test("422: your own role or deactivation; 404: another tenant's user or store; 400: bad role", async () => {
    const self = await admin.api.patch(`/v1/users/${admin.id}`, { role: "MANAGER" });
    expect(self.status).toBe(422);
    expect(self.body.error).toMatchObject({ code: "UNPROCESSABLE", message: "You cannot change your own role" });
    expect((await admin.api.patch(`/v1/users/${admin.id}`, { isActive: false })).status).toBe(422);
    expect((await admin.api.patch(`/v1/users/${admin.id}`, { name: "Admin Renamed Self" })).status).toBe(200);
    expect((await otherAdmin.api.patch(`/v1/users/${cashier.id}`, { name: "X" })).status).toBe(404);
    expect((await admin.api.patch(`/v1/users/${cashier.id}`, { storeId: other.stores[0].id })).status).toBe(404);
    expect((await admin.api.patch(`/v1/users/${cashier.id}`, { role: "SUPER_ADMIN" })).status).toBe(403);
    expect((await admin.api.patch(`/v1/users/${cashier.id}`, { role: "OWNER" })).status).toBe(400);
  });

  test("deactivating through isActive ends the user's sessions; isActive true reactivates", async () => {
    const c = await posUser(app, "CASHIER", tenant.id);
    const session = (await login(c.email)).body.data;
    expect((await admin.api.patch(`/v1/users/${c.id}`, { isActive: false })).body.data.isActive).toBe(false);
    expect((await me(c.token)).status).toBe(401);
    expect((await anon().post("/auth/refresh", { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    expect((await admin.api.patch(`/v1/users/${c.id}`, { isActive: true })).body.data.isActive).toBe(true);
    expect((await login(c.email)).status).toBe(200);
  });

  test("the tenant keeps one active admin: two admins demoting each other at once cannot both succeed", async () => {
    const t = await posTenant(app);
    const [x, y] = await Promise.all([posUser(app, "ADMIN", t.id), posUser(app, "ADMIN", t.id)]);
    const answers = await Promise.all([x.api.patch(`/v1/users/${y.id}`, { role: "CASHIER" }), y.api.patch(`/v1/users/${x.id}`, { role: "CASHIER" })]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([401, 422]).toContain(statuses[1]);
    expect(await db().posUser.count({ where: { tenantId: t.id, role: "ADMIN", isActive: true } })).toBe(1);
  });
});

describe("POST /v1/users/:id/reset-password", () => {
  test("sets the password and ends the user's sessions", async () => {
    const c = await posUser(app, "CASHIER", tenant.id);
    const session = (await login(c.email)).body.data;
    const res = await manager.api.post(`/v1/users/${c.id}/reset-password`, { newPassword: "reset-pass-123" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, role: "CASHIER" });
    expect((await me(c.token)).status).toBe(401);
    expect((await me(session.accessToken)).status).toBe(401);
    expect((await anon().post("/auth/refresh", { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    expect((await login(c.email)).status).toBe(401);
    expect((await login(c.email, "reset-pass-123")).status).toBe(200);
    const log = await db().posAuditLog.findFirstOrThrow({ where: { action: "user.reset_password", entityId: c.id } });
    expect(log).toMatchObject({ userId: manager.id, after: { revokedSessions: 1 } });
  });

  test("manager: cashiers only (403); other tenant 404; short password 400; cashier 403", async () => {
    expect((await manager.api.post(`/v1/users/${admin.id}/reset-password`, { newPassword: "reset-pass-123" })).status).toBe(403);
    expect((await otherAdmin.api.post(`/v1/users/${cashier.id}/reset-password`, { newPassword: "reset-pass-123" })).status).toBe(404);
    expect((await admin.api.post(`/v1/users/${cashier.id}/reset-password`, { newPassword: "short" })).status).toBe(400);
    expect((await cashier.api.post(`/v1/users/${cashier.id}/reset-password`, { newPassword: "reset-pass-123" })).status).toBe(403);
    expect((await me(cashier.token)).status).toBe(200);
  });
});

describe("DELETE /v1/users/:id and PATCH /v1/users/:id/restore", () => {
  test("deactivates (sessions end, login refused) and restores (login works again); both audited", async () => {
    const c = await posUser(app, "CASHIER", tenant.id);
    const session = (await login(c.email)).body.data;
    const res = await admin.api.delete(`/v1/users/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, isActive: false });
    expect((await me(c.token)).status).toBe(401);
    expect((await anon().post("/auth/refresh", { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    expect((await login(c.email)).status).toBe(401);
    expect((await admin.api.get(`/v1/users/${c.id}`)).body.data.isActive).toBe(false);
    // deactivating again is harmless
    expect((await admin.api.delete(`/v1/users/${c.id}`)).status).toBe(200);

    const restored = await manager.api.patch(`/v1/users/${c.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.data).toMatchObject({ id: c.id, isActive: true });
    expect((await login(c.email)).status).toBe(200);
    expect(await db().posAuditLog.count({ where: { entityId: c.id, action: { in: ["user.deactivate", "user.restore"] } } })).toBe(2);
  });

  test("not yourself (422); manager: cashiers only (403); other tenant 404; cashier 403; anonymous 401", async () => {
    const res = await admin.api.delete(`/v1/users/${admin.id}`);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe("You cannot deactivate yourself");
    const m = await posUser(app, "MANAGER", tenant.id);
    expect((await manager.api.delete(`/v1/users/${m.id}`)).status).toBe(403);
    expect((await manager.api.patch(`/v1/users/${m.id}/restore`)).status).toBe(403);
    expect((await otherAdmin.api.delete(`/v1/users/${cashier.id}`)).status).toBe(404);
    expect((await otherAdmin.api.patch(`/v1/users/${cashier.id}/restore`)).status).toBe(404);
    expect((await cashier.api.delete(`/v1/users/${m.id}`)).status).toBe(403);
    expect((await anon().delete(`/v1/users/${m.id}`)).status).toBe(401);
    expect((await db().posUser.findUniqueOrThrow({ where: { id: m.id } })).isActive).toBe(true);
  });

  test("an admin deactivates another admin while one remains", async () => {
    const t = await posTenant(app);
    const [x, y] = await Promise.all([posUser(app, "ADMIN", t.id), posUser(app, "ADMIN", t.id)]);
    expect((await x.api.delete(`/v1/users/${y.id}`)).status).toBe(200);
    expect((await me(y.token)).status).toBe(401);
  });
});
