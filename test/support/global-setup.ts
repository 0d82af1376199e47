import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/kernel/db/embedded-postgres.ts";
import { freePort } from "./free-port.ts";
import { applyMigrations } from "../../src/kernel/db/migrate.ts";

export const TEMPLATE_DB = "backoffice_template";

/** One throwaway PostgreSQL for the whole run; a migrated template database that each test file clones. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "backoffice-test-"));
  await chmod(dir, 0o755); // the embedded server runs as the `postgres` user when we are root
  const port = await freePort();
  const pg: EmbeddedDatabase = await startEmbeddedPostgres(dir, port, TEMPLATE_DB, { ephemeral: true });
  await applyMigrations(pg.url(TEMPLATE_DB));
  project.provide("pgAdminUrl", pg.url("postgres"));
  project.provide("pgTemplate", TEMPLATE_DB);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext { pgAdminUrl: string; pgTemplate: string }
}
