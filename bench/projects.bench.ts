import "./env.ts";
import assert from "node:assert/strict";
import os from "node:os";
import { PROJECT_SUMMARY } from "../src/modules/photo/selections.ts";
import { registerOperator, seedOperator, startBenchApp } from "./setup.ts";
import { load as runLoad, type Load, printTable } from "./load.ts";
import { startHandwritten } from "./handwritten.ts";

/**
 * `npm run bench`: one logical operation — the operator's project list (50 projects × 3 photographers) — served
 * (a) as REST derived by sofa, (b) as the same query over /graphql, (c) by a hand-written node:http + Prisma handler,
 * all in this process, against one embedded PostgreSQL. See docs/performance.md.
 */
const CONNECTIONS = 10;
const WARMUP_S = 2;
const DURATION_S = 8;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

type Key = "a" | "b" | "c";
type Target = { key: Key; label: string; url: string; method: "GET" | "POST"; headers: Record<string, string>; body?: string };

const loadBefore = os.loadavg()[0]!;
const app = await startBenchApp();
const hand = await startHandwritten(app.booted.services);
try {
  // ── seed: the operator through the API, its data through Prisma; a small operator for the flatness check
  const big = await registerOperator(app.url, "bench-operator@bench.test");
  await seedOperator(app.booted, big.id, { photographers: 10, projects: 50, archived: 5 });
  const small = await registerOperator(app.url, "bench-small@bench.test");
  await seedOperator(app.booted, small.id, { photographers: 10, projects: 5 });

  const targets = (token: string): Target[] => {
    const auth = { authorization: `Bearer ${token}` };
    return [
      { key: "a", label: "(a) REST via sofa  GET /photo/v1/projects", url: `${app.url}/photo/v1/projects`, method: "GET", headers: auth },
      { key: "b", label: "(b) GraphQL        POST /graphql", url: `${app.url}/graphql`, method: "POST",
        headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ query: `{ photoProjects ${PROJECT_SUMMARY} }` }) },
      { key: "c", label: "(c) hand-written   node:http + Prisma", url: hand.url, method: "GET", headers: auth },
    ];
  };
  const list = targets(big.token);
  const smallList = targets(small.token);

  // ── the three must answer the very same JSON before any of them is timed
  const fetchList = async (t: Target) => {
    const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
    const body = (await res.json()) as any;
    assert.equal(res.status, 200, `${t.label}: HTTP ${res.status} ${JSON.stringify(body)}`);
    if (t.key !== "b") return body;
    assert.equal(body.errors, undefined, `${t.label}: ${JSON.stringify(body.errors)}`);
    return body.data.photoProjects;
  };
  const [a, b, c] = await Promise.all(list.map(fetchList));
  assert.equal(a.length, 50, "expected the 50 visible projects");
  assert.ok(a.every((p: any) => p.photographers.length === 3), "expected 3 photographers per project");
  assert.deepStrictEqual(b, a, "REST (a) and GraphQL (b) answers differ");
  assert.deepStrictEqual(c, a, "REST (a) and hand-written (c) answers differ");
  console.log(`✓ (a), (b) and (c) return identical JSON: ${a.length} projects, ${Buffer.byteLength(JSON.stringify(a))} bytes`);

  // ── SQL statements per request, counted around one request at a time (5 projects, then 50)
  const sqlPer = async (t: Target) => {
    const before = app.counter.count;
    await fetchList(t);
    return app.counter.count - before;
  };
  const sql = {} as Record<Key, [number, number]>;
  for (const [i, t] of list.entries()) sql[t.key] = [await sqlPer(smallList[i]!), await sqlPer(t)];

  // ── load: one untimed pass to warm the JIT and the pools, then a, b, c one after the other, ROUNDS times; each
  // keeps its best round (other processes on the box can only slow a run down)
  for (const t of list) await load(t, { warmup: 0, duration: 3 });
  const best = {} as Record<Key, Load>;
  const all: Record<Key, Load[]> = { a: [], b: [], c: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    const runs = {} as Record<Key, Load>;
    for (const t of list) {
      const r = (runs[t.key] = await load(t));
      all[t.key].push(r);
      if (r.non2xx || r.errors || r.timeouts || !r.ok) throw new Error(`${t.label}: failures under load ${JSON.stringify(r)}`);
      console.log(`  round ${round} ${t.label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.cpu.toFixed(2)} ms CPU/req`);
      if (!best[t.key] || r.rps > best[t.key].rps) best[t.key] = r;
    }
    console.log(`  round ${round} ratios: a/b p50 ${(runs.a.p50 / runs.b.p50).toFixed(2)}, a/c req/s ${(runs.a.rps / runs.c.rps).toFixed(2)}`);
  }

  // ── report
  const cpus = os.cpus();
  console.log(`\n${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}, ${CONNECTIONS} connections, ` +
    `3 s untimed pass, then ${WARMUP_S} s warm-up + ${DURATION_S} s per run, best of ${ROUNDS}; load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after\n`);
  const rows = [["", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "SQL/req 5 → 50 projects"]];
  for (const t of list) {
    const r = best[t.key];
    rows.push([t.label, r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.cpu.toFixed(2), `${sql[t.key][0]} → ${sql[t.key][1]}`]);
  }
  printTable(rows);

  const latencyAB = best.a.p50 / best.b.p50;
  const throughputAC = best.a.rps / best.c.rps;
  const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");
  console.log(`\na/b p50 latency ratio: ${latencyAB.toFixed(2)}  (target <= 1.10: ${verdict(latencyAB <= 1.1)})`);
  console.log(`a/c throughput ratio:  ${throughputAC.toFixed(2)}  (target >= 0.80: ${verdict(throughputAC >= 0.8)}; by CPU/req c/a = ${(best.c.cpu / best.a.cpu).toFixed(2)})`);
  const flat = (k: Key) => (sql[k][0] === sql[k][1] ? "flat" : "NOT FLAT");
  console.log(`SQL per request from 5 to 50 projects: REST ${flat("a")}, GraphQL ${flat("b")}`);
  const spread = (k: Key) => 1 - Math.min(...all[k].map((r) => r.rps)) / Math.max(...all[k].map((r) => r.rps));
  if (list.some((t) => spread(t.key) > 0.15)) {
    console.log(`\n⚠ req/s varied by more than 15 % between rounds (a ${pct(spread("a"))}, b ${pct(spread("b"))}, c ${pct(spread("c"))}): ` +
      "other processes were probably competing for the cores; rerun on a quiet machine before trusting the ratios.");
  }
} finally {
  await hand.close();
  await app.close();
}

function pct(x: number) {
  return `${(x * 100).toFixed(0)} %`;
}

function load(t: Target, times = { warmup: WARMUP_S, duration: DURATION_S }) {
  return runLoad(t, { connections: CONNECTIONS, ...times });
}
