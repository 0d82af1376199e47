import type { PrintRole } from "../../../../generated/prisma/enums.ts";
import type { Context } from "../../../kernel/context.ts";
import { clearedCookie, issueCsrf, sessionCookie } from "../../../kernel/auth/session-cookie.ts";

/** The print session cookie (module.ts declares the same name to the kernel). */
export const SESSION_COOKIE = "token";

// Set-Cookie values a resolver wants on its REST answer, keyed by the request (the context object may be copied
// by plugins, the request is not). REST handlers take them after running the operation; /graphql ignores them.
const pending = new WeakMap<Request, string[]>();

function queue(ctx: Context, setCookie: string): void {
  const list = pending.get(ctx.request) ?? [];
  list.push(setCookie);
  pending.set(ctx.request, list);
}

/** The Set-Cookie values queued while answering this request (once). */
export function takeCookies(request: Request): string[] {
  const list = pending.get(request) ?? [];
  pending.delete(request);
  return list;
}

const secure = (ctx: Context) => ctx.config.NODE_ENV === "production" || new URL(ctx.request.url).protocol === "https:";

/** `12h` → 43200: the cookie lives as long as the JWT inside it. */
export function ttlSeconds(ttl: string): number {
  const m = /^(\d+)([smhd])$/.exec(ttl);
  if (!m) return 12 * 3600;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s" | "m" | "h" | "d"];
}

export const queueSessionCookie = (ctx: Context, token: string) =>
  queue(ctx, sessionCookie(SESSION_COOKIE, token, ttlSeconds(ctx.config.TOKEN_TTL), secure(ctx)));
export const queueClearedSession = (ctx: Context) => queue(ctx, clearedCookie(SESSION_COOKIE));

/** A double-submit CSRF token; its http-only twin cookie is queued for the REST answer. */
export function issueCsrfToken(ctx: Context): string {
  const { token, setCookie } = issueCsrf("print", secure(ctx));
  queue(ctx, setCookie);
  return token;
}

export type AuthResult = { token: string; role: PrintRole; username: string };

/** Signs the account's JWT and queues it as the http-only session cookie: the answer of every way in. */
export async function startSession(ctx: Context, user: { id: number; role: PrintRole; username: string; tokenVersion?: number }): Promise<AuthResult> {
  const version = user.tokenVersion ?? (await ctx.db.printUser.findUnique({ where: { id: user.id }, select: { tokenVersion: true } }))?.tokenVersion ?? 0;
  const token = await ctx.tokens.sign({ system: "print", id: String(user.id), role: user.role, version });
  queueSessionCookie(ctx, token);
  return { token, role: user.role, username: user.username };
}
