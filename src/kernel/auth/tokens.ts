import { createSecretKey, type KeyObject } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import type { Principal, SystemId } from "./principal.ts";

/** Signed, expiring JWTs (HS256, jose). Each system signs with its own audience; `sys` names the system. */
export class Tokens {
  // a KeyObject, created once: a raw Uint8Array makes jose import the HMAC key again on every call
  private readonly key: KeyObject;
  constructor(secret: string, private readonly ttl: string, private readonly audiences: Partial<Record<SystemId, string>>) {
    this.key = createSecretKey(new TextEncoder().encode(secret));
  }

  sign(principal: Principal, ttl = this.ttl): Promise<string> {
    const audience = this.audiences[principal.system] ?? principal.system;
    return new SignJWT({ sys: principal.system, role: principal.role, tid: principal.tenantId, ver: principal.version })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(principal.id)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(ttl)
      .sign(this.key);
  }

  /** The principal, or null for a missing, forged, expired or foreign-audience token. */
  async verify(token: string | undefined | null): Promise<Principal | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ["HS256"] });
      const system = payload.sys as SystemId;
      const audience = this.audiences[system] ?? system;
      const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!aud.includes(audience) || typeof payload.sub !== "string" || typeof payload.role !== "string") return null;
      return { system, id: payload.sub, role: payload.role, tenantId: payload.tid as string | undefined,
        version: typeof payload.ver === "number" ? payload.ver : undefined };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
