import "./env.ts";
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../src/kernel/db/embedded-postgres.ts";
import { loadConfig } from "../src/kernel/config.ts";
import { createLogger } from "../src/kernel/logger.ts";
import { boot, type Booted } from "../src/boot.ts";
import { listen } from "../src/server.ts";
import { freePort } from "../test/support/free-port.ts";
import type { QueryCounter } from "../src/kernel/db/prisma.ts";

export type BenchApp = {
  url: string;
  booted: Booted;
  counter: QueryCounter;
  close: () => Promise<void>;
};

/** The real app, booted like the tests do, on a throwaway embedded PostgreSQL. */
export async function startBenchApp(): Promise<BenchApp> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "backoffice-bench-"));
  await chmod(dir, 0o755); // the embedded server runs as the `postgres` user when we are root
  const pg = await startPostgres(dir);
  const config = loadConfig({
    NODE_ENV: "production", DATABASE_URL: pg.url("bench"), SEED_DEMO: "false", LOG_LEVEL: "silent",
    JWT_SECRET: "bench-secret-bench-secret-bench-secret-0", DATA_DIR: dir,
    // production refuses to boot without the print system's gateway settings; the bench never calls the gateway
    // the load runs far past the per-client REST budgets the legacy contracts publish
    AUCTION_RATE_LIMIT_PER_MINUTE: "100000000", POS_RATE_LIMIT_PER_MINUTE: "100000000",
    RAZORPAY_KEY_ID: "rzp_bench", RAZORPAY_KEY_SECRET: "bench-key-secret", RAZORPAY_WEBHOOK_SECRET: "bench-webhook-secret",
  });
  const counter: QueryCounter = { count: 0 };
  const cleanup = async () => { await pg.stop(); await rm(dir, { recursive: true, force: true }); };
  let booted: Booted | undefined;
  try {
    booted = await boot(config, createLogger("silent"), { counter });
    const server = await listen(booted.app, { port: 0, host: "127.0.0.1" });
    const { shutdown } = booted;
    return {
      url: `http://127.0.0.1:${server.port}`, booted, counter,
      close: async () => { await server.close(); await shutdown(); await cleanup(); },
    };
  } catch (error) {
    await booted?.shutdown();
    await cleanup();
    throw error;
  }
}

/** Registers an operator through the documented REST endpoint and returns its bearer token and id. */
export async function registerOperator(url: string, email: string): Promise<{ token: string; id: string }> {
  const res = await fetch(`${url}/photo/v1/auth/register`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench operator", email, password: "correct-horse-battery" }),
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  const id = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub as string;
  return { token, id };
}

const STATUSES = ["draft", "live", "closed"] as const;

/**
 * `photographers` photographers and `projects` visible projects, each with 3 assigned photographers, plus a few
 * archived projects the list must hide. Timestamps are distinct so every ordering is deterministic.
 */
export async function seedOperator(booted: Booted, operatorId: string, opts: { photographers: number; projects: number; archived?: number }) {
  const db = booted.services.db;
  const t0 = Date.UTC(2025, 0, 1);
  const photographers = Array.from({ length: opts.photographers }, (_, i) => ({
    id: crypto.randomUUID(), operatorId, name: `Photographer ${i + 1}`,
    email: `ph${i + 1}.${operatorId.slice(0, 8)}@bench.test`, passwordHash: "x", createdAt: new Date(t0 + i * 1000),
  }));
  await db.photoPhotographer.createMany({ data: photographers });
  const total = opts.projects + (opts.archived ?? 0);
  const projects = Array.from({ length: total }, (_, i) => ({
    id: crypto.randomUUID(), operatorId, name: `Project ${i + 1}`,
    type: i % 3 === 0 ? ("public" as const) : ("private" as const),
    status: i < opts.projects ? STATUSES[i % 3]! : ("archived" as const),
    locationName: i % 2 ? `Venue ${i}` : null,
    startAt: i % 2 ? new Date(t0 + i * 86_400_000) : null,
    endAt: i % 2 ? new Date(t0 + (i + 1) * 86_400_000) : null,
    projectLink: i % 4 ? `https://example.test/p/${i}` : null,
    termsAndConditions: i % 5 ? "Photos are for personal use only." : null,
    timezone: i % 2 ? "Europe/Berlin" : null,
    createdAt: new Date(t0 + i * 60_000),
  }));
  await db.photoProject.createMany({ data: projects });
  await db.photoProjectPhotographer.createMany({
    data: projects.flatMap((p, i) => [0, 1, 2].map((k) => ({
      projectId: p.id,
      // rotate so the assignment order differs from the photographers' natural order
      photographerId: photographers[(i + (2 - k) * 3) % photographers.length]!.id,
      assignedAt: new Date(t0 + i * 60_000 + k * 1000),
    }))),
  });
}

/** The embedded server, retried: a free port can be taken by a concurrent test run before postgres binds it. */
async function startPostgres(dir: string, attempts = 3): Promise<EmbeddedDatabase> {
  for (let i = 1; ; i++) {
    try {
      return await startEmbeddedPostgres(dir, await freePort(), "bench", { ephemeral: true });
    } catch (error) {
      if (i >= attempts) {
        await rm(dir, { recursive: true, force: true });
        throw new Error(`embedded PostgreSQL did not start (${attempts} attempts): ${String(error)}`);
      }
      await rm(path.join(dir, "pg"), { recursive: true, force: true });
    }
  }
}

/**
 * CPU time (ms) of the main thread, the one that serves every request here: it moves much less than req/s when other
 * processes compete for the cores. Falls back to the whole process where /proc has no schedstat.
 */
export function mainThreadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}
