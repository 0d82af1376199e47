import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql } from "../../support/http.ts";
import { posAnon, posProduct, posTenant, posUser, type PosUserFixture } from "../../support/pos-factory.ts";
import { posSaleRow } from "../../support/pos-stores-data.ts";
import { unique } from "../../support/unique.ts";
import { verifyPassword } from "../../../src/kernel/auth/password.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
let root: PosUserFixture;
let admin: PosUserFixture;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await posTenant(app);
  root = await posUser(app, "SUPER_ADMIN", null);
  admin = await posUser(app, "ADMIN", tenant.id);
});
afterAll(() => app?.close());

const db = () => app.services.db;
const MISSING = "00000000-0000-4000-8000-000000000000";
const refreshToken = (userId: string) =>
  db().posRefreshToken.create({ data: { userId, familyId: randomUUID(), tokenHash: unique("h"), expiresAt: new Date(Date.now() + 86_400_000) } });
const liveTokens = (userId: string) => db().posRefreshToken.count({ where: { userId, revokedAt: null } });

const ROUTES: [string, string, unknown?][] = [
  ["GET", "/v1/super-admin/admins"],
  ["POST", "/v1/super-admin/admins", { email: "x@example.com", name: "X", password: "password-1" }],
  ["GET", "/v1/super-admin/stats"],
  ["GET", "/v1/super-admin/users"],
  ["GET", `/v1/super-admin/users/${MISSING}`],
  ["DELETE", `/v1/super-admin/users/${MISSING}`],
  ["PATCH", `/v1/super-admin/users/${MISSING}/restore`],
  ["DELETE", `/v1/super-admin/users/${MISSING}/hard`],
  ["POST", "/v1/super-admin/users/bulk", { action: "activate", userIds: [MISSING] }],
  ["POST", `/v1/super-admin/users/${MISSING}/reset-password`, { newPassword: "password-2" }],
];

describe("auth", () => {
  test("every route: 401 anonymous, 403 for ADMIN and MANAGER", async () => {
    const manager = await posUser(app, "MANAGER", tenant.id);
    const anon = posAnon(app);
    for (const [method, path, body] of ROUTES) {
      const m = method.toLowerCase() as "get" | "post" | "patch" | "delete";
      expect((await anon[m](path, { body })).status, `${method} ${path}`).toBe(401);
      expect((await admin.api[m](path, body as never)).status, `${method} ${path}`).toBe(403);
      expect((await manager.api[m](path, body as never)).status, `${method} ${path}`).toBe(403);
    }
    expect((await admin.api.get("/v1/super-admin/users")).body).toMatchObject({ success: false, error: { code: "FORBIDDEN" } });
  });
});

describe("/v1/super-admin/admins", () => {
  test("creates a super admin: 201, lower-cased e-mail, hashed password, audited without tenant", async () => {
    const email = `${unique("Root")}@Example.com`;
    const res = await root.api.post("/v1/super-admin/admins", { email, name: "Second root", password: "correct-horse-1" });
    expect(res.status).toBe(201);
    const u = res.body.data;
    expect(u).toMatchObject({ email: email.toLowerCase(), name: "Second root", role: "SUPER_ADMIN", tenantId: null, tenant: null, isActive: true, deletedAt: null });
    expect(u).not.toHaveProperty("passwordHash");
    const row = await db().posUser.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword("correct-horse-1", row.passwordHash)).toBe(true);
    const log = await db().posAuditLog.findFirstOrThrow({ where: { entityId: u.id, action: "user.create" } });
    expect(log).toMatchObject({ tenantId: null, userId: root.id, entityType: "user" });
    expect(JSON.stringify(log.after)).not.toContain("passwordHash");

    const list = await root.api.get(`/v1/super-admin/admins?search=${encodeURIComponent(email.toLowerCase())}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([u.id]);
    const all = await root.api.get("/v1/super-admin/admins?limit=100");
    expect(all.body.data.every((x: { role: string }) => x.role === "SUPER_ADMIN")).toBe(true);
    expect(all.body.data.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([u.id, root.id]));
    expect(all.body.data.map((x: { id: string }) => x.id)).not.toContain(admin.id);
  });
  test("409 for an e-mail of any account (case-insensitive), 400 for a short password or bad e-mail", async () => {
    const dup = await root.api.post("/v1/super-admin/admins", { email: admin.email.toUpperCase(), name: "Dup", password: "password-123" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("CONFLICT");
    const short = await root.api.post("/v1/super-admin/admins", { email: `${unique("s")}@example.com`, name: "S", password: "short" });
    expect(short.status).toBe(400);
    expect(short.body.error.details).toEqual([expect.objectContaining({ path: "password" })]);
    expect((await root.api.post("/v1/super-admin/admins", { email: "nope", name: "S", password: "password-123" })).status).toBe(400);
  });
});

describe("GET /v1/super-admin/stats", () => {
  test("platform figures move by exactly what was added", async () => {
    const before = (await root.api.get("/v1/super-admin/stats")).body.data;
    const t = await posTenant(app);
    await db().posTenant.update({ where: { id: t.id }, data: { isActive: false } });
    const cashier = await posUser(app, "CASHIER", t.id);
    await posUser(app, "MANAGER", t.id, { isActive: false });
    await posUser(app, "MANAGER", t.id, { deletedAt: new Date(), isActive: false });
    await posProduct(app, t.id);
    await posProduct(app, t.id, { deletedAt: new Date() });
    await db().posStore.update({ where: { id: t.stores[1].id }, data: { isActive: false } });
    const sale = (total: number, extra: Record<string, unknown> = {}) => posSaleRow(app, { tenantId: t.id, storeId: t.stores[0].id, cashierId: cashier.id, total, ...extra });
    await sale(1250);
    await sale(999, { status: "VOIDED" });
    await sale(5000, { createdAt: new Date(Date.now() - 45 * 86_400_000) });
    const res = await root.api.get("/v1/super-admin/stats");
    expect(res.status).toBe(200);
    const after = res.body.data;
    expect(after.tenants.total - before.tenants.total).toBe(1);
    expect(after.tenants.active - before.tenants.active).toBe(0);
    expect(after.stores.total - before.stores.total).toBe(2);
    expect(after.stores.active - before.stores.active).toBe(1);
    expect(after.users.total - before.users.total).toBe(2);
    expect(after.users.active - before.users.active).toBe(1);
    expect(after.users.deleted - before.users.deleted).toBe(1);
    expect(after.users.byRole.cashier - before.users.byRole.cashier).toBe(1);
    expect(after.users.byRole.manager - before.users.byRole.manager).toBe(1);
    expect(after.users.byRole.superAdmin).toBe(before.users.byRole.superAdmin);
    expect(after.sales.count - before.sales.count).toBe(2);
    expect(Math.round((after.sales.revenue - before.sales.revenue) * 100)).toBe(6250);
    expect(after.sales.last30Days.count - before.sales.last30Days.count).toBe(1);
    expect(Math.round((after.sales.last30Days.revenue - before.sales.last30Days.revenue) * 100)).toBe(1250);
    expect(after.products - before.products).toBe(1);
    expect(after.generatedAt).toMatch(/Z$/);
  });
});

describe("GET /v1/super-admin/users", () => {
  test("lists accounts of every tenant with their tenant; filters by tenant, role, isActive, deleted, search", async () => {
    const t = await posTenant(app);
    const a = await posUser(app, "ADMIN", t.id);
    const c = await posUser(app, "CASHIER", t.id, { isActive: false });
    const d = await posUser(app, "MANAGER", t.id, { deletedAt: new Date(), isActive: false });
    const res = await root.api.get(`/v1/super-admin/users?tenantId=${t.id}`);
    expect(res.status).toBe(200);
    expect(res.body.meta.total).toBe(2);
    expect(res.body.data.map((u: { id: string }) => u.id).sort()).toEqual([a.id, c.id].sort());
    expect(res.body.data[0].tenant).toEqual({ id: t.id, name: t.name });
    const withDeleted = await root.api.get(`/v1/super-admin/users?tenantId=${t.id}&includeDeleted=true`);
    expect(withDeleted.body.meta.total).toBe(3);
    expect((await root.api.get(`/v1/super-admin/users?tenantId=${t.id}&role=CASHIER`)).body.data.map((u: { id: string }) => u.id)).toEqual([c.id]);
    expect((await root.api.get(`/v1/super-admin/users?tenantId=${t.id}&isActive=true`)).body.data.map((u: { id: string }) => u.id)).toEqual([a.id]);
    expect((await root.api.get(`/v1/super-admin/users?search=${encodeURIComponent(a.email)}`)).body.data.map((u: { id: string }) => u.id)).toEqual([a.id]);
    expect((await root.api.get("/v1/super-admin/users?role=OWNER")).status).toBe(400);
    expect((await root.api.get("/v1/super-admin/users?tenantId=x")).status).toBe(400);
    const one = await root.api.get(`/v1/super-admin/users/${d.id}`);
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ id: d.id, role: "MANAGER", tenant: { id: t.id }, isActive: false });
    expect(one.body.data.deletedAt).toMatch(/Z$/);
    expect((await root.api.get(`/v1/super-admin/users/${MISSING}`)).status).toBe(404);
    expect((await root.api.get("/v1/super-admin/users/abc")).status).toBe(404);
  });
});

describe("user lifecycle", () => {
  test("soft delete revokes tokens and sessions, restore brings the account back; audited with the user's tenant", async () => {
    const u = await posUser(app, "ADMIN", tenant.id);
    await refreshToken(u.id);
    expect((await u.api.get("/v1/stores")).status).toBe(200);
    const res = await root.api.delete(`/v1/super-admin/users/${u.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: u.id, isActive: false });
    expect(res.body.data.deletedAt).toMatch(/Z$/);
    const row = await db().posUser.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.tokenVersion).toBe(u.tokenVersion + 1);
    expect(await liveTokens(u.id)).toBe(0);
    expect((await u.api.get("/v1/stores")).status).toBe(401);
    const log = await db().posAuditLog.findFirstOrThrow({ where: { entityId: u.id, action: "user.delete" } });
    expect(log).toMatchObject({ tenantId: tenant.id, userId: root.id, before: { isActive: true, deletedAt: null } });
    // the deleted account is hidden from the default list but found by id
    expect((await root.api.get(`/v1/super-admin/users?search=${encodeURIComponent(u.email)}`)).body.data).toEqual([]);
    const again = await root.api.delete(`/v1/super-admin/users/${u.id}`);
    expect(again.status).toBe(422);
    expect(again.body.error.details.code).toBe("ALREADY_DELETED");

    const restored = await root.api.patch(`/v1/super-admin/users/${u.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.data).toMatchObject({ id: u.id, isActive: true, deletedAt: null });
    expect(await db().posAuditLog.count({ where: { entityId: u.id, action: "user.restore", tenantId: tenant.id } })).toBe(1);
    const twice = await root.api.patch(`/v1/super-admin/users/${u.id}/restore`);
    expect(twice.status).toBe(422);
    expect(twice.body.error.details.code).toBe("NOT_DELETED");
    expect((await root.api.delete(`/v1/super-admin/users/${MISSING}`)).status).toBe(404);
    expect((await root.api.patch(`/v1/super-admin/users/${MISSING}/restore`)).status).toBe(404);
  });
  test("a super admin cannot soft- or hard-delete their own account (422)", async () => {
    const soft = await root.api.delete(`/v1/super-admin/users/${root.id}`);
    expect(soft.status).toBe(422);
    expect(soft.body.error.details.code).toBe("SELF");
    const hard = await root.api.delete(`/v1/super-admin/users/${root.id}/hard`);
    expect(hard.status).toBe(422);
    expect(hard.body).toMatchObject({ success: false, error: { code: "UNPROCESSABLE", details: { code: "SELF" } } });
    expect(await db().posUser.findUnique({ where: { id: root.id } })).not.toBeNull();
  });
  test("hard delete removes the account and its sessions; the audit log keeps its last state", async () => {
    const t = await posTenant(app);
    const u = await posUser(app, "CASHIER", t.id);
    await refreshToken(u.id);
    const res = await root.api.delete(`/v1/super-admin/users/${u.id}/hard`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ id: u.id, email: u.email, role: "CASHIER", tenantId: t.id, deleted: true });
    expect(await db().posUser.findUnique({ where: { id: u.id } })).toBeNull();
    expect(await db().posRefreshToken.count({ where: { userId: u.id } })).toBe(0);
    const log = await db().posAuditLog.findFirstOrThrow({ where: { entityId: u.id, action: "user.hard_delete" } });
    expect(log).toMatchObject({ tenantId: t.id, userId: root.id, after: null, before: { id: u.id, email: u.email, role: "CASHIER" } });
    expect((await root.api.get(`/v1/super-admin/users/${u.id}`)).status).toBe(404);
    expect((await root.api.delete(`/v1/super-admin/users/${u.id}/hard`)).status).toBe(404);
    // it shows in the platform audit log
    const audit = await root.api.get(`/v1/audit/all?entityId=${u.id}&action=user.hard_delete`);
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0]).toMatchObject({ tenantId: t.id, user: { id: root.id } });
  });
  test("another super admin can be hard-deleted while one remains", async () => {
    const other = await posUser(app, "SUPER_ADMIN", null);
    const res = await root.api.delete(`/v1/super-admin/users/${other.id}/hard`);
    expect(res.status).toBe(200);
    expect((await other.api.get("/v1/super-admin/stats")).status).toBe(401);
  });
  test("two super admins deleting each other at once: the platform keeps one (the other gets 422 LAST_SUPER_ADMIN or 401)", async () => {
    // only the two racing accounts are live and active while this runs
    const others = await db().posUser.findMany({ where: { role: "SUPER_ADMIN", isActive: true, deletedAt: null }, select: { id: true } });
    await db().posUser.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { isActive: false } });
    try {
      for (let round = 0; round < 3; round++) {
        const [x, y] = [await posUser(app, "SUPER_ADMIN", null), await posUser(app, "SUPER_ADMIN", null)];
        const [rx, ry] = await Promise.all([x.api.delete(`/v1/super-admin/users/${y.id}/hard`), y.api.delete(`/v1/super-admin/users/${x.id}/hard`)]);
        const statuses = [rx.status, ry.status].sort();
        expect(statuses[0]).toBe(200);
        expect([401, 422]).toContain(statuses[1]);
        const left = await db().posUser.count({ where: { id: { in: [x.id, y.id] } } });
        expect(left).toBe(1);
        // the survivor is now the last one: it cannot be removed by anyone
        const survivor = (await db().posUser.findFirstOrThrow({ where: { id: { in: [x.id, y.id] } } })).id;
        await db().posUser.updateMany({ where: { id: survivor }, data: { isActive: false } });
      }
    } finally {
      await db().posUser.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { isActive: true } });
    }
    expect((await root.api.get("/v1/super-admin/stats")).status).toBe(200);
  });
  test("reset password: new hash, older tokens and refresh tokens revoked", async () => {
    const u = await posUser(app, "MANAGER", tenant.id);
    await refreshToken(u.id);
    await refreshToken(u.id);
    const res = await root.api.post(`/v1/super-admin/users/${u.id}/reset-password`, { newPassword: "brand-new-pass-9" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: u.id, email: u.email });
    const row = await db().posUser.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword("brand-new-pass-9", row.passwordHash)).toBe(true);
    expect(row.tokenVersion).toBe(u.tokenVersion + 1);
    expect(await liveTokens(u.id)).toBe(0);
    expect((await u.api.get("/v1/audit")).status).toBe(401);
    const log = await db().posAuditLog.findFirstOrThrow({ where: { entityId: u.id, action: "user.reset_password" } });
    expect(log.tenantId).toBe(tenant.id);
    expect(JSON.stringify(log)).not.toContain(row.passwordHash);
    expect((await root.api.post(`/v1/super-admin/users/${u.id}/reset-password`, { newPassword: "short" })).status).toBe(400);
    expect((await root.api.post(`/v1/super-admin/users/${MISSING}/reset-password`, { newPassword: "long-enough-1" })).status).toBe(404);
  });
});

describe("POST /v1/super-admin/users/bulk", () => {
  test("per-user report: each account is acted on independently, never yourself", async () => {
    const t = await posTenant(app);
    const [a, b, c] = await Promise.all([posUser(app, "CASHIER", t.id), posUser(app, "CASHIER", t.id), posUser(app, "MANAGER", t.id, { isActive: false })]);
    await refreshToken(a.id);
    const res = await root.api.post("/v1/super-admin/users/bulk", { action: "deactivate", userIds: [a.id, b.id, c.id, root.id, MISSING, a.id.toUpperCase()] });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ action: "deactivate", processed: 5, succeeded: 2, failed: 3 });
    expect(res.body.data.results).toEqual([
      { userId: a.id, ok: true, code: null, error: null },
      { userId: b.id, ok: true, code: null, error: null },
      { userId: c.id, ok: false, code: "ALREADY_INACTIVE", error: expect.any(String) },
      { userId: root.id, ok: false, code: "SELF", error: expect.any(String) },
      { userId: MISSING, ok: false, code: "NOT_FOUND", error: expect.any(String) },
    ]);
    const rows = await db().posUser.findMany({ where: { id: { in: [a.id, b.id, root.id] } } });
    expect(rows.find((r) => r.id === a.id)).toMatchObject({ isActive: false, tokenVersion: a.tokenVersion + 1 });
    expect(rows.find((r) => r.id === b.id)!.isActive).toBe(false);
    expect(rows.find((r) => r.id === root.id)!.isActive).toBe(true);
    expect(await liveTokens(a.id)).toBe(0);
    expect(await db().posAuditLog.count({ where: { entityId: { in: [a.id, b.id] }, action: "user.deactivate", tenantId: t.id } })).toBe(2);

    const act = await root.api.post("/v1/super-admin/users/bulk", { action: "activate", userIds: [a.id, c.id] });
    expect(act.body.data).toMatchObject({ succeeded: 2, failed: 0 });
    const del = await root.api.post("/v1/super-admin/users/bulk", { action: "delete", userIds: [a.id, b.id] });
    expect(del.body.data).toMatchObject({ succeeded: 2, failed: 0 });
    expect(await db().posUser.count({ where: { id: { in: [a.id, b.id] }, deletedAt: { not: null }, isActive: false } })).toBe(2);
    const activateDeleted = await root.api.post("/v1/super-admin/users/bulk", { action: "activate", userIds: [a.id] });
    expect(activateDeleted.body.data.results[0]).toMatchObject({ ok: false, code: "USER_DELETED" });
    const restore = await root.api.post("/v1/super-admin/users/bulk", { action: "restore", userIds: [a.id, b.id, c.id] });
    expect(restore.body.data.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(await db().posUser.count({ where: { id: { in: [a.id, b.id] }, deletedAt: null, isActive: true } })).toBe(2);
  });
  test("400 for a bad action, an empty or oversized list, or malformed ids", async () => {
    const ids = Array.from({ length: 101 }, () => randomUUID());
    for (const body of [
      { action: "explode", userIds: [MISSING] },
      { action: "delete", userIds: [] },
      { action: "delete", userIds: ids },
      { action: "delete", userIds: ["not-a-uuid"] },
      { action: "delete" },
    ]) {
      const res = await root.api.post("/v1/super-admin/users/bulk", body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });
});

test("GraphQL: posPlatformUsers", async () => {
  const res = await gql(app.url, `query($t: String) { posPlatformUsers(tenantId: $t) { items { id tenant { id } } total } }`, { t: tenant.id }, root.token);
  expect(res.errors).toBeUndefined();
  expect(res.data.posPlatformUsers.items.map((u: { id: string }) => u.id)).toContain(admin.id);
  const denied = await gql(app.url, "{ posPlatformStats { products } }", undefined, admin.token);
  expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
});
