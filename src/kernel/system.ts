import type { Services } from "./context.ts";
import type { SystemId } from "./auth/principal.ts";
import type { SystemRest } from "./rest/route-table.ts";

export type DemoLogin = { system: SystemId; role: string; login: string; password: string };

/** A system's manifest: what the kernel needs to serve, document and seed it. Its GraphQL types register themselves. */
export type SystemModule = {
  id: SystemId;
  /** JWT audience of the system's tokens (photo: `backoffice`). */
  audience: string;
  rest: SystemRest;
  /** Fills a fresh database with demo data; returns the logins to print. */
  seedDemo?: (services: Services) => Promise<DemoLogin[]>;
};
