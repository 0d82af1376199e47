import { loadConfig } from "./kernel/config.ts";
import { createLogger } from "./kernel/logger.ts";
import { boot } from "./boot.ts";
import { listen } from "./server.ts";
import { systems } from "./modules/systems.ts";
import { startJobs } from "./kernel/jobs.ts";

/** `npm start`: one process serving every system; stops cleanly on SIGINT/SIGTERM. */
async function main() {
  let config;
  try { config = loadConfig(); } catch (error) { console.error((error as Error).message); process.exit(1); }
  const log = createLogger(config.LOG_LEVEL);
  const booted = await boot(config, log);
  const env = process.env as Record<string, string | undefined>;
  const legacyPorts = Object.fromEntries(systems.map((s) => [s.id, env[s.rest.legacyPortEnv] ? Number(env[s.rest.legacyPortEnv]) : undefined]));
  const server = await listen(booted.app, { port: config.PORT, host: config.HOST, legacyPorts });
  const stopJobs = startJobs(booted.services, systems);
  const base = `http://localhost:${server.port}`;
  log.info({ graphiql: `${base}/graphql`, docs: systems.map((s) => `${base}/${s.id}/docs`), legacyPorts: server.legacyPorts }, "listening");
  for (const l of booted.demoLogins) log.info(l, `demo login (${l.system} ${l.role})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    const force = setTimeout(() => { log.error("shutdown timed out"); process.exit(1); }, 15_000).unref();
    stopJobs();
    // open subscriptions (SSE) never finish on their own: end them, or server.close() waits for the force timeout
    booted.services.pubsub.close();
    await server.close();
    await booted.shutdown();
    clearTimeout(force);
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => { console.error(error); process.exit(1); });
