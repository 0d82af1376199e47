import type { Config } from "./kernel/config.ts";
import type { Logger } from "./kernel/logger.ts";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./kernel/db/embedded-postgres.ts";
import { applyMigrations } from "./kernel/db/migrate.ts";
import { createPrisma, type Db, type QueryCounter } from "./kernel/db/prisma.ts";
import { createServices } from "./services.ts";
import { createApp, type App } from "./app.ts";
import { systems } from "./modules/systems.ts";
import type { Services } from "./kernel/context.ts";
import type { DemoLogin } from "./kernel/system.ts";

export type Booted = { app: App; services: Services; db: Db; embedded?: EmbeddedDatabase; demoLogins: DemoLogin[]; shutdown: () => Promise<void> };

/** Database (given or embedded) → migrations → services → app; seeds demo data into a fresh database. */
export async function boot(config: Config, log: Logger, opts: { counter?: QueryCounter } = {}): Promise<Booted> {
  // every system's settings first: a missing production secret stops the start, not the first request needing it
  for (const system of systems) system.checkConfig?.(config);
  let url = config.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, "backoffice");
    url = embedded.url("backoffice");
    log.info({ port: config.EMBEDDED_PG_PORT, dir: config.DATA_DIR, ms: Date.now() - started }, "embedded PostgreSQL started");
  }
  const applied = await applyMigrations(url);
  if (applied.length) log.info({ applied }, "migrations applied");
  const db = createPrisma(url, { counter: opts.counter });
  const services = createServices(config, db, log);
  const demoLogins: DemoLogin[] = [];
  if (config.SEED_DEMO) {
    for (const system of systems) {
      if (!system.seedDemo || !system.isFresh || !(await system.isFresh(services))) continue;
      demoLogins.push(...(await system.seedDemo(services)));
    }
  }
  const app = createApp(services);
  return {
    app, services, db, embedded, demoLogins,
    shutdown: async () => {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
