import { inject } from "vitest";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { ensureDatabase } from "../../src/kernel/db/embedded-postgres.ts";
import { loadConfig } from "../../src/kernel/config.ts";
import { createLogger } from "../../src/kernel/logger.ts";
import { boot } from "../../src/boot.ts";
import { listen } from "../../src/server.ts";
import type { QueryCounter } from "../../src/kernel/db/prisma.ts";
import type { Services } from "../../src/kernel/context.ts";
import { systems } from "../../src/modules/systems.ts";

export type TestApp = {
  /** main port base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** legacy ports by system, e.g. legacy.photo = http://127.0.0.1:PORT */
  legacy: Record<string, string>;
  counter: QueryCounter;
  services: Services;
  close: () => Promise<void>;
};

/** A real server on a fresh database cloned from the migrated template: one per test file, parallel-safe. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const adminUrl = inject("pgAdminUrl");
  await ensureDatabase(adminUrl, database, inject("pgTemplate"));
  const url = adminUrl.replace(/\/postgres$/, `/${database}`);
  const config = loadConfig({
    NODE_ENV: "test", DATABASE_URL: url, SEED_DEMO: "false", LOG_LEVEL: "silent",
    JWT_SECRET: "test-secret-test-secret-test-secret-000", DATA_DIR: path.join(os.tmpdir(), database),
    ...env,
  });
  const counter: QueryCounter = { count: 0 };
  const booted = await boot(config, createLogger("silent"), { counter });
  const server = await listen(booted.app, { port: 0, host: "127.0.0.1", legacyPorts: Object.fromEntries(systems.map((s) => [s.id, 0])) });
  return {
    url: `http://127.0.0.1:${server.port}`,
    legacy: Object.fromEntries(Object.entries(server.legacyPorts).map(([k, p]) => [k, `http://127.0.0.1:${p}`])),
    counter,
    services: booted.services,
    // a subscription stream a test left open would hold server.close(): end them first
    close: async () => { booted.services.pubsub.close(); await server.close(1_000); await booted.shutdown(); },
  };
}
