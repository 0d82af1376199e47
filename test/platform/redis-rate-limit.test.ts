import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Redis } from "ioredis";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { photoOperator } from "../support/photo-factory.ts";
import { freePort } from "../support/free-port.ts";

// A real Redis (Debian's redis-server, installed by .ci/run) so the shared-counter path is exercised, not mocked.
// Without the binary the file is skipped locally; CI sets REQUIRE_REDIS=1 so a missing server fails instead.
const hasRedis = (() => { try { execFileSync("redis-server", ["--version"], { stdio: "ignore" }); return true; } catch { return false; } })();
if (!hasRedis && process.env.REQUIRE_REDIS === "1") throw new Error("redis-server is required (REQUIRE_REDIS=1)");

describe.skipIf(!hasRedis)("rate limits shared through Redis", () => {
let redis: ChildProcess;
let url = "";
let app: TestApp;

beforeAll(async () => {
  const port = await freePort();
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  url = `redis://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, "127.0.0.1", () => { sock.end(); resolve(true); }).on("error", () => resolve(false));
    });
    if (up) break;
    if (i > 100) throw new Error("redis-server did not start (is it installed? .ci/run installs it)");
    await new Promise((r) => setTimeout(r, 50));
  }
  process.env.REDIS_URL = url; // read when the first limiter is used
  app = await startTestApp();
});
afterAll(async () => { await app?.close(); redis?.kill(); });

test("with REDIS_URL the login brake counts in Redis (shared by every instance) and still answers 429", async () => {
  const op = await photoOperator(app);
  const api = (body: unknown) => fetch(`${app.url}/photo/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  for (let i = 0; i < 10; i++) expect((await api({ email: op.email, password: "wrong-password" })).status).toBe(401);
  const limited = await api({ email: op.email, password: "correct-horse-battery" });
  expect(limited.status).toBe(429);
  const client = new Redis(url);
  const keys = await client.keys("rl:photo-login*");
  await client.quit();
  expect(keys.some((k) => k.includes(op.email))).toBe(true);
});
});
