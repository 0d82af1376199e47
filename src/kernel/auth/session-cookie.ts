import { randomBytes, timingSafeEqual } from "node:crypto";
import { parseCookie, stringifySetCookie } from "cookie";
import type { SystemId } from "./principal.ts";

/** A system whose clients may authenticate with an http-only cookie instead of a bearer token. */
export type SessionConfig = { system: SystemId; cookie: string; csrf: boolean };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const isSafeMethod = (method: string) => SAFE_METHODS.has(method.toUpperCase());
export const cookiesOf = (request: Request) => parseCookie(request.headers.get("cookie") ?? "");
const csrfCookie = (system: SystemId) => `${system}_csrf`;

export function sessionCookie(name: string, token: string, maxAgeSeconds: number, secure: boolean): string {
  return stringifySetCookie({ name, value: token, httpOnly: true, sameSite: "lax", path: "/", maxAge: maxAgeSeconds, secure });
}
export const clearedCookie = (name: string) => stringifySetCookie({ name, value: "", httpOnly: true, sameSite: "lax", path: "/", maxAge: 0 });

/**
 * Double-submit CSRF token: a random value in an http-only cookie, returned once in the body; state-changing
 * cookie-authenticated requests must echo it in X-CSRF-Token. A cross-site page can send the cookie but not read it.
 */
export function issueCsrf(system: SystemId, secure: boolean): { token: string; setCookie: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, setCookie: stringifySetCookie({ name: csrfCookie(system), value: token, httpOnly: true, sameSite: "strict", path: "/", secure }) };
}

export function csrfValid(request: Request, system: SystemId): boolean {
  const header = request.headers.get("x-csrf-token") ?? "";
  const cookie = cookiesOf(request)[csrfCookie(system)] ?? "";
  if (!header || header.length !== cookie.length) return false;
  return timingSafeEqual(new TextEncoder().encode(header), new TextEncoder().encode(cookie));
}
