import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid, unauthenticated } from "../../../kernel/errors.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from "../../../kernel/auth/password.ts";
import { audit } from "../shared/audit.ts";
import { userIdOf } from "../shared/tenancy.ts";
import { posConfig } from "../config.ts";
import { endAllSessions, hashToken, issueTokens, type AuthPayload } from "./sessions.ts";

const BAD_LOGIN = "Invalid email or password";
const BAD_REFRESH = "Invalid or expired refresh token";

const limiters = new Map<number, (key: string) => Promise<void>>();
/** POS_LOGIN_ATTEMPTS per e-mail and client address per 15 minutes (one limiter per configured budget). */
async function consumeLoginAttempt(ctx: Context, key: string): Promise<void> {
  const points = posConfig(ctx.config).POS_LOGIN_ATTEMPTS;
  let limit = limiters.get(points);
  if (!limit) {
    limit = rateLimiter({ name: `pos-login-${points}`, points, durationSeconds: 15 * 60, message: "Too many login attempts. Please try again later." });
    limiters.set(points, limit);
  }
  await limit(key);
}

const ACCOUNT = { id: true, email: true, name: true, role: true, tenantId: true, storeId: true, tokenVersion: true, isActive: true, deletedAt: true, passwordHash: true, tenant: { select: { isActive: true } } } as const;
type Account = { isActive: boolean; deletedAt: Date | null; tenantId: string | null; tenant: { isActive: boolean } | null };
/** An account may hold a session: active, not deleted, and its tenant (if any) active. */
const mayHoldSession = (u: Account) => u.isActive && !u.deletedAt && (!u.tenantId || !!u.tenant?.isActive);

/** POST /auth/login: one answer for every refusal (unknown e-mail, wrong password, deactivated user or tenant). */
export async function login(ctx: Context, input: { email: string; password: string }): Promise<AuthPayload> {
  const email = input.email.trim().toLowerCase();
  await consumeLoginAttempt(ctx, `${email}|${ctx.clientIp}`);
  const user = await ctx.db.posUser.findUnique({ where: { email }, select: ACCOUNT });
  const ok = await verifyPasswordOrDummy(input.password, user?.passwordHash);
  if (!ok || !user || !mayHoldSession(user)) throw unauthenticated(BAD_LOGIN);
  return ctx.db.$transaction(async (tx) => {
    const { lastLoginAt } = await tx.posUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { lastLoginAt: true } });
    const tokens = await issueTokens(tx, ctx, user);
    await audit(tx, ctx, { action: "auth.login", entityType: "PosUser", entityId: user.id, tenantId: user.tenantId, after: { lastLoginAt, sessionId: tokens.refreshId } });
    return tokens;
  });
}

type TokenRow = { id: string; userId: string; familyId: string; expiresAt: Date | string; revokedAt: Date | string | null; tenantId: string | null };
type RefreshOutcome = { ok: true; payload: AuthPayload } | { ok: false };

/**
 * POST /auth/refresh: rotation. The presented token's row is locked (FOR UPDATE) so two concurrent refreshes with
 * the same token serialize: the first rotates it, the second then finds it already rotated — reuse, so the whole
 * family (every session descended from that login) is revoked and the answer is 401. Revocations commit even though
 * the call fails (the transaction returns an outcome; the 401 is thrown after it).
 */
export async function refresh(ctx: Context, input: { refreshToken: string }): Promise<AuthPayload> {
  const tokenHash = hashToken(input.refreshToken);
  const outcome = await ctx.db.$transaction(async (tx): Promise<RefreshOutcome> => {
    const [row] = await tx.$queryRaw<TokenRow[]>`
      SELECT t.id, t."userId", t."familyId", t."expiresAt", t."revokedAt", u."tenantId"
      FROM pos_refresh_tokens t JOIN pos_users u ON u.id = t."userId"
      WHERE t."tokenHash" = ${tokenHash} FOR UPDATE OF t`;
    if (!row) return { ok: false };
    const now = new Date();
    if (row.revokedAt) {
      const { count } = await tx.posRefreshToken.updateMany({ where: { familyId: row.familyId, revokedAt: null }, data: { revokedAt: now } });
      await audit(tx, ctx, { action: "auth.refresh_reuse", entityType: "PosUser", entityId: row.userId, tenantId: row.tenantId, after: { familyId: row.familyId, revoked: count } });
      return { ok: false };
    }
    if (new Date(row.expiresAt) <= now) return { ok: false };
    const user = await tx.posUser.findUnique({ where: { id: row.userId }, select: ACCOUNT });
    if (!user || !mayHoldSession(user)) {
      await tx.posRefreshToken.update({ where: { id: row.id }, data: { revokedAt: now } });
      return { ok: false };
    }
    const payload = await issueTokens(tx, ctx, user, row.familyId);
    await tx.posRefreshToken.update({ where: { id: row.id }, data: { revokedAt: now, replacedBy: payload.refreshId } });
    await audit(tx, ctx, { action: "auth.refresh", entityType: "PosUser", entityId: user.id, tenantId: user.tenantId, after: { sessionId: payload.refreshId, replaced: row.id } });
    return { ok: true, payload };
  });
  if (!outcome.ok) throw unauthenticated(BAD_REFRESH);
  return outcome.payload;
}

/** POST /auth/logout: revokes the given refresh token when it is a live token of the caller ({revoked: false} otherwise). */
export async function logout(ctx: Context, input: { refreshToken: string }): Promise<{ revoked: boolean }> {
  const userId = userIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const token = await tx.posRefreshToken.findUnique({ where: { tokenHash: hashToken(input.refreshToken) }, select: { id: true, userId: true, revokedAt: true } });
    if (!token || token.userId !== userId) return { revoked: false };
    const { count } = await tx.posRefreshToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count) await audit(tx, ctx, { action: "auth.logout", entityType: "PosUser", entityId: userId, after: { sessionId: token.id } });
    return { revoked: count > 0 };
  });
}

/** POST /auth/logout-all: every refresh token revoked and the token version bumped (current access tokens die too). */
export async function logoutAll(ctx: Context): Promise<{ revoked: number }> {
  const userId = userIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const { revoked, tokenVersion } = await endAllSessions(tx, userId);
    await audit(tx, ctx, { action: "auth.logout_all", entityType: "PosUser", entityId: userId, after: { revoked, tokenVersion } });
    return { revoked };
  });
}

/**
 * PATCH /auth/change-password: the current password must match (422 otherwise; attempts count against the login
 * budget); the new one differs (400). Every session ends (refresh tokens revoked, token version bumped) and a fresh
 * token pair is returned so the device that changed the password stays signed in.
 */
export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }): Promise<AuthPayload> {
  const userId = userIdOf(ctx);
  await consumeLoginAttempt(ctx, `change-password|${userId}`);
  const user = await ctx.db.posUser.findUnique({ where: { id: userId }, select: ACCOUNT });
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError("UNPROCESSABLE", "Current password is incorrect", { fields: [{ path: "currentPassword", message: "is incorrect" }] });
  }
  if (input.newPassword === input.currentPassword) {
    throw invalid("Validation failed", { fields: [{ path: "newPassword", message: "must differ from the current password" }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.$transaction(async (tx) => {
    await tx.posUser.update({ where: { id: userId }, data: { passwordHash } });
    const { tokenVersion, revoked } = await endAllSessions(tx, userId);
    const tokens = await issueTokens(tx, ctx, { ...user, tokenVersion });
    await audit(tx, ctx, { action: "auth.change_password", entityType: "PosUser", entityId: userId, after: { revokedSessions: revoked, tokenVersion } });
    return tokens;
  });
}
