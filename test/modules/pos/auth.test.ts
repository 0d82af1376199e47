import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { POS_PASSWORD, posAnon, posTenant, posUser } from "../../support/pos-factory.ts";
import { gql, restClient } from "../../support/http.ts";

let app: TestApp;
let tenant: Awaited<ReturnType<typeof posTenant>>;
const LOGIN_ATTEMPTS = 5;

beforeAll(async () => {
  app = await startTestApp({ POS_LOGIN_ATTEMPTS: String(LOGIN_ATTEMPTS) });
  tenant = await posTenant(app);
});
afterAll(() => app?.close());

const anon = () => posAnon(app);
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const login = (email: string, password = POS_PASSWORD) => anon().post("/auth/login", { body: { email, password } });
const refresh = (refreshToken: string) => anon().post("/auth/refresh", { body: { refreshToken } });
const me = (token: string) => anon().get("/auth/me", { token });
const as = (token: string) => {
  const api = restClient(`${app.url}/pos/api`);
  return { post: (p: string, body?: unknown) => api.post(p, { token, body }), patch: (p: string, body?: unknown) => api.patch(p, { token, body }) };
};
/** A fresh account and a logged-in session of it (through the real login). */
async function session(role: "ADMIN" | "MANAGER" | "CASHIER" | "SUPER_ADMIN" = "CASHIER", tenantId: string | null = tenant.id) {
  const user = await posUser(app, role, tenantId);
  const res = await login(user.email);
  expect(res.status).toBe(200);
  return { user, ...(res.body.data as { accessToken: string; refreshToken: string }) };
}

describe("POST /auth/login", () => {
  test("returns an access token (15 min), a refresh token stored hashed, and the user; stamps lastLoginAt; audited", async () => {
    const user = await posUser(app, "MANAGER", tenant.id, { storeId: tenant.stores[0].id });
    const res = await login(user.email.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    const d = res.body.data;
    expect(d).toMatchObject({ tokenType: "Bearer", expiresIn: 900, user: { id: user.id, email: user.email, name: user.name, role: "MANAGER", tenantId: tenant.id, storeId: tenant.stores[0].id } });
    expect(d.user.permissions).toContain("sale:void");
    expect(d.user.permissions).not.toContain("tenant:manage");
    expect(d.accessToken.split(".")).toHaveLength(3);
    expect(d.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const refreshDays = (new Date(d.refreshExpiresAt).getTime() - Date.now()) / 86_400_000;
    expect(refreshDays).toBeGreaterThan(6.9);
    expect(refreshDays).toBeLessThanOrEqual(7);

    const rows = await app.services.db.posRefreshToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(d.refreshToken));
    expect(rows[0]!.revokedAt).toBeNull();
    const db = await app.services.db.posUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(db.lastLoginAt).not.toBeNull();
    const log = await app.services.db.posAuditLog.findFirst({ where: { action: "auth.login", entityId: user.id } });
    expect(log).toMatchObject({ tenantId: tenant.id, entityType: "PosUser" });

    expect((await me(d.accessToken)).status).toBe(200);
  });

  test("wrong password, unknown e-mail, deactivated user, deleted user and inactive tenant are one 401", async () => {
    const user = await posUser(app, "CASHIER", tenant.id);
    const off = await posUser(app, "CASHIER", tenant.id, { isActive: false });
    const gone = await posUser(app, "CASHIER", tenant.id, { deletedAt: new Date() });
    const closed = await posTenant(app);
    await app.services.db.posTenant.update({ where: { id: closed.id }, data: { isActive: false } });
    const closedUser = await posUser(app, "ADMIN", closed.id);
    const answers = await Promise.all([
      login(user.email, "wrong-password"), login(`nobody-${Date.now()}@example.com`), login(off.email), login(gone.email), login(closedUser.email),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ success: false, error: { code: "UNAUTHENTICATED", message: "Invalid email or password" } });
    }
    expect(await app.services.db.posRefreshToken.count({ where: { userId: { in: [user.id, off.id, gone.id, closedUser.id] } } })).toBe(0);
  });

  test("a platform SUPER_ADMIN logs in without tenant", async () => {
    const s = await session("SUPER_ADMIN", null);
    const res = await me(s.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ role: "SUPER_ADMIN", tenantId: null, tenant: null, permissions: ["report:read"] });
  });

  test("400 with details for a missing or empty field", async () => {
    const missing = await anon().post("/auth/login", { body: { email: "a@example.com" } });
    expect(missing.status).toBe(400);
    expect(missing.body.success).toBe(false);
    const empty = await anon().post("/auth/login", { body: { email: "a@example.com", password: "" } });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "password", message: "is required" }] });
  });

  test(`429 after ${LOGIN_ATTEMPTS} attempts per e-mail and address`, async () => {
    const user = await posUser(app, "CASHIER", tenant.id);
    for (let i = 0; i < LOGIN_ATTEMPTS; i++) expect((await login(user.email, "wrong-password")).status).toBe(401);
    const res = await login(user.email);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe("RATE_LIMITED");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // another account from the same address is not affected
    const other = await posUser(app, "CASHIER", tenant.id);
    expect((await login(other.email)).status).toBe(200);
  });
});

describe("POST /auth/refresh", () => {
  test("rotates: a new pair, the old row revoked and linked to its successor in the same family", async () => {
    const s = await session();
    const res = await refresh(s.refreshToken);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d).toMatchObject({ tokenType: "Bearer", expiresIn: 900, user: { id: s.user.id, role: "CASHIER" } });
    expect(d.refreshToken).not.toBe(s.refreshToken);
    const old = await app.services.db.posRefreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(s.refreshToken) } });
    const next = await app.services.db.posRefreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(d.refreshToken) } });
    expect(old.revokedAt).not.toBeNull();
    expect(old.replacedBy).toBe(next.id);
    expect(next.familyId).toBe(old.familyId);
    expect(next.revokedAt).toBeNull();
    expect((await me(d.accessToken)).body.data.id).toBe(s.user.id);
    // and the new one rotates again
    expect((await refresh(d.refreshToken)).status).toBe(200);
  });

  test("reuse detection: a rotated token presented again revokes the whole family (401)", async () => {
    const s = await session();
    const other = (await login(s.user.email)).body.data; // a second login: another family, unaffected
    const first = (await refresh(s.refreshToken)).body.data;
    const reused = await refresh(s.refreshToken);
    expect(reused.status).toBe(401);
    expect(reused.body.error).toMatchObject({ code: "UNAUTHENTICATED", message: "Invalid or expired refresh token" });
    expect((await refresh(first.refreshToken)).status).toBe(401);
    const family = await app.services.db.posRefreshToken.findMany({ where: { userId: s.user.id, tokenHash: { not: sha256(other.refreshToken) } } });
    expect(family).toHaveLength(2);
    expect(family.every((t) => t.revokedAt)).toBe(true);
    expect(await app.services.db.posAuditLog.count({ where: { action: "auth.refresh_reuse", entityId: s.user.id } })).toBeGreaterThan(0);
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  test("two concurrent refreshes with the same token: exactly one succeeds", async () => {
    const s = await session();
    const answers = await Promise.all([refresh(s.refreshToken), refresh(s.refreshToken), refresh(s.refreshToken)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401, 401]);
    // one row was created by the single rotation
    expect(await app.services.db.posRefreshToken.count({ where: { userId: s.user.id } })).toBe(2);
  });

  test("unknown, expired and deactivated accounts' tokens are 401; a missing token is 400", async () => {
    const s = await session();
    expect((await refresh("not-a-real-token")).status).toBe(401);
    await app.services.db.posRefreshToken.update({ where: { tokenHash: sha256(s.refreshToken) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refresh(s.refreshToken)).status).toBe(401);
    const t = await session();
    await app.services.db.posUser.update({ where: { id: t.user.id }, data: { isActive: false } });
    expect((await refresh(t.refreshToken)).status).toBe(401);
    expect((await anon().post("/auth/refresh", { body: {} })).status).toBe(400);
  });
});

describe("POST /auth/logout and /auth/logout-all", () => {
  test("logout revokes the caller's refresh token; someone else's token is left alone", async () => {
    const s = await session();
    const stranger = await session();
    expect((await anon().post("/auth/logout", { body: { refreshToken: s.refreshToken } })).status).toBe(401);
    const foreign = await as(s.accessToken).post("/auth/logout", { refreshToken: stranger.refreshToken });
    expect(foreign.status).toBe(200);
    expect(foreign.body.data).toEqual({ revoked: false });
    const res = await as(s.accessToken).post("/auth/logout", { refreshToken: s.refreshToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, data: { revoked: true } });
    expect((await refresh(s.refreshToken)).status).toBe(401);
    expect((await refresh(stranger.refreshToken)).status).toBe(200);
    expect(await app.services.db.posAuditLog.count({ where: { action: "auth.logout", userId: s.user.id } })).toBe(1);
  });

  test("logout-all revokes every session and the current access tokens", async () => {
    const s = await session();
    const second = (await login(s.user.email)).body.data;
    expect((await anon().post("/auth/logout-all")).status).toBe(401);
    const res = await as(s.accessToken).post("/auth/logout-all");
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ revoked: 2 });
    expect((await me(s.accessToken)).status).toBe(401);
    expect((await me(second.accessToken)).status).toBe(401);
    expect((await refresh(s.refreshToken)).status).toBe(401);
    expect((await refresh(second.refreshToken)).status).toBe(401);
    const db = await app.services.db.posUser.findUniqueOrThrow({ where: { id: s.user.id } });
    expect(db.tokenVersion).toBe(1);
    // a new login works and carries the new version
    const again = (await login(s.user.email)).body.data;
    expect((await me(again.accessToken)).status).toBe(200);
  });
});

describe("GET /auth/me", () => {
  test("the profile with permissions and tenant; 401 without a token", async () => {
    const s = await session("ADMIN");
    const res = await me(s.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: s.user.id, email: s.user.email, name: s.user.name, phone: null, role: "ADMIN", tenantId: tenant.id, storeId: null, isActive: true, tenant: { id: tenant.id, name: tenant.name } });
    expect(res.body.data.permissions).toContain("tenant:manage");
    expect(res.body.data.lastLoginAt).toMatch(/Z$/);
    expect(res.body.data).not.toHaveProperty("passwordHash");
    expect((await anon().get("/auth/me")).status).toBe(401);
    expect((await me("garbage.token.value")).status).toBe(401);
  });

  test("GraphQL: posMe", async () => {
    const s = await session("CASHIER");
    const res = await gql(app.url, "{ posMe { id role permissions tenant { id } } }", undefined, s.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.posMe).toMatchObject({ id: s.user.id, role: "CASHIER", tenant: { id: tenant.id } });
  });
});

describe("PATCH /auth/change-password", () => {
  test("changes the password, ends every session and returns a fresh pair", async () => {
    const s = await session();
    const other = (await login(s.user.email)).body.data;
    const res = await as(s.accessToken).patch("/auth/change-password", { currentPassword: POS_PASSWORD, newPassword: "brand-new-pass-1" });
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d).toMatchObject({ tokenType: "Bearer", expiresIn: 900, user: { id: s.user.id } });
    expect((await me(s.accessToken)).status).toBe(401);
    expect((await me(other.accessToken)).status).toBe(401);
    expect((await refresh(s.refreshToken)).status).toBe(401);
    expect((await refresh(other.refreshToken)).status).toBe(401);
    expect((await me(d.accessToken)).status).toBe(200);
    expect((await refresh(d.refreshToken)).status).toBe(200);
    expect((await login(s.user.email)).status).toBe(401);
    expect((await login(s.user.email, "brand-new-pass-1")).status).toBe(200);
    expect(await app.services.db.posAuditLog.count({ where: { action: "auth.change_password", entityId: s.user.id } })).toBe(1);
  });

  test("422 for a wrong current password, 400 for a short or unchanged new one, 401 without a token", async () => {
    const s = await session();
    const wrong = await as(s.accessToken).patch("/auth/change-password", { currentPassword: "not-my-password", newPassword: "brand-new-pass-1" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: "UNPROCESSABLE", message: "Current password is incorrect", details: [{ path: "currentPassword" }] });
    const short = await as(s.accessToken).patch("/auth/change-password", { currentPassword: POS_PASSWORD, newPassword: "short" });
    expect(short.status).toBe(400);
    expect(short.body.error.details).toEqual([{ path: "newPassword", message: "must be at least 8 characters" }]);
    const same = await as(s.accessToken).patch("/auth/change-password", { currentPassword: POS_PASSWORD, newPassword: POS_PASSWORD });
    expect(same.status).toBe(400);
    expect(same.body.error.details).toEqual([{ path: "newPassword", message: "must differ from the current password" }]);
    expect((await anon().patch("/auth/change-password", { body: { currentPassword: POS_PASSWORD, newPassword: "brand-new-pass-1" } })).status).toBe(401);
    // nothing changed
    expect((await me(s.accessToken)).status).toBe(200);
    expect((await refresh(s.refreshToken)).status).toBe(200);
  });
});
