import type { Principal } from "./principal.ts";
import type { Tokens } from "./tokens.ts";
import { bearerToken } from "./tokens.ts";
import { cookiesOf, csrfValid, isSafeMethod, type SessionConfig } from "./session-cookie.ts";

/**
 * Who is calling: the bearer token first; otherwise a system's session cookie, which counts for a state-changing
 * request only with a valid CSRF token (so a cross-site form post is anonymous, never authenticated).
 */
export async function principalOf(request: Request, tokens: Tokens, sessions: SessionConfig[]): Promise<{ principal: Principal | null; csrfRejected: boolean }> {
  const bearer = bearerToken(request);
  if (bearer) return { principal: await tokens.verify(bearer), csrfRejected: false };
  let csrfRejected = false;
  if (sessions.length === 0 || !request.headers.has("cookie")) return { principal: null, csrfRejected };
  const cookies = cookiesOf(request);
  for (const session of sessions) {
    const token = cookies[session.cookie];
    if (!token) continue;
    const principal = await tokens.verify(token);
    if (principal?.system !== session.system) continue;
    // public routes (login with a stale cookie) still work; protected ones answer 403 naming the CSRF token
    if (session.csrf && !isSafeMethod(request.method) && !csrfValid(request, session.system)) { csrfRejected = true; continue; }
    return { principal, csrfRejected: false };
  }
  return { principal: null, csrfRejected };
}
