import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { posConfig } from "../config.ts";
import { permissionsOf } from "../permissions.ts";

type Tx = Prisma.TransactionClient;
export type SessionAccount = { id: string; email: string; name: string; role: string; tenantId: string | null; storeId: string | null; tokenVersion: number };
export type SessionUser = Omit<SessionAccount, "tokenVersion"> & { permissions: string[] };
export type AuthPayload = {
  accessToken: string; refreshToken: string; tokenType: "Bearer"; expiresIn: number; refreshExpiresAt: Date; user: SessionUser;
  /** id of the stored refresh token (not exposed) */
  refreshId: string;
};

/** Refresh tokens are stored only as their SHA-256 (a leaked table does not leak usable tokens). */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const UNITS: Record<string, number> = { s: 1, sec: 1, secs: 1, second: 1, seconds: 1, m: 60, min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400 };
/** "15m" → 900: the access token's lifetime in seconds, as the login answer's `expiresIn`. */
export function secondsOf(ttl: string): number {
  const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(ttl);
  if (!m) return 900;
  const unit = m[2] ? UNITS[m[2].toLowerCase()] : 1;
  return unit ? Number(m[1]) * unit : 900;
}

export const sessionUser = (u: SessionAccount): SessionUser => ({
  id: u.id, email: u.email, name: u.name, role: u.role, tenantId: u.tenantId, storeId: u.storeId, permissions: permissionsOf(u.role),
});

/**
 * A new access token (15 min, carries the account's token version) and a new opaque refresh token (7 days) stored
 * hashed in the caller's transaction. `familyId` links the rotations of one login (a new login starts a family).
 */
export async function issueTokens(tx: Tx, ctx: Context, user: SessionAccount, familyId: string = randomUUID()): Promise<AuthPayload> {
  const cfg = posConfig(ctx.config);
  const accessToken = await ctx.tokens.sign(
    { system: "pos", id: user.id, role: user.role, tenantId: user.tenantId ?? undefined, version: user.tokenVersion },
    cfg.POS_ACCESS_TTL,
  );
  const refreshToken = randomBytes(32).toString("base64url");
  const refreshExpiresAt = new Date(Date.now() + cfg.POS_REFRESH_TTL_DAYS * 86_400_000);
  const row = await tx.posRefreshToken.create({
    data: {
      userId: user.id, familyId, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt,
      userAgent: ctx.request?.headers.get("user-agent")?.slice(0, 255) ?? null,
    },
    select: { id: true },
  });
  return { accessToken, refreshToken, tokenType: "Bearer", expiresIn: secondsOf(cfg.POS_ACCESS_TTL), refreshExpiresAt, user: sessionUser(user), refreshId: row.id };
}

/** Revokes every live refresh token of an account (logout-all, password changes, deactivation); returns how many. */
export async function revokeRefreshTokens(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.posRefreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/**
 * Ends every session of an account: refresh tokens revoked and the token version bumped, so access tokens already
 * issued stop working at once (the pos module checks the version on every request). Returns the new version and count.
 */
export async function endAllSessions(tx: Tx, userId: string): Promise<{ tokenVersion: number; revoked: number }> {
  const revoked = await revokeRefreshTokens(tx, userId);
  const { tokenVersion } = await tx.posUser.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } }, select: { tokenVersion: true } });
  return { tokenVersion, revoked };
}
