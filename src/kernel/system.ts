import type { Services } from "./context.ts";
import type { Principal, SystemId } from "./auth/principal.ts";
import type { SystemRest } from "./rest/route-table.ts";
import type { SessionConfig } from "./auth/session-cookie.ts";
import type { Config } from "./config.ts";

/** Work a system does in the background, every `everyMs`, in the serving process (started by main, not by tests). */
export type BackgroundJob = { name: string; everyMs: number; run: (services: Services) => Promise<void> };

export type DemoLogin = { system: SystemId; role: string; login: string; password: string };

/** A system's manifest: what the kernel needs to serve, document and seed it. Its GraphQL types register themselves. */
export type SystemModule = {
  id: SystemId;
  /** JWT audience of the system's tokens (photo: `backoffice`). */
  audience: string;
  rest: SystemRest;
  /** Rejects a validly signed token that the system has revoked since (e.g. after a password reset). */
  validatePrincipal?: (principal: Principal, services: Services) => Promise<boolean>;
  /** Cookie sessions (and their CSRF rule) besides bearer tokens. */
  session?: SessionConfig;
  jobs?: BackgroundJob[];
  /** Fills a fresh database with demo data; returns the logins to print. */
  seedDemo?: (services: Services) => Promise<DemoLogin[]>;
  /** True while the system has no accounts yet (then the demo seed runs). */
  isFresh?: (services: Services) => Promise<boolean>;
  /** Validates the system's own settings at start (throws naming the variable), so a bad deploy fails before serving. */
  checkConfig?: (config: Config) => void;
};
