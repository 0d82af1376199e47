import "./env.ts";
import { execute, parse } from "graphql";
import { schema } from "../src/schema.ts";
import { PROJECT_SUMMARY } from "../src/modules/photo/selections.ts";
import { mainThreadCpuMs, registerOperator, seedOperator, startBenchApp } from "./setup.ts";

/**
 * `npx tsx bench/breakdown.ts`: where the CPU of one project-list request goes, part by part, in-process (no sockets):
 * main-thread CPU per call, 10 calls in flight like the load test. Figures quoted in docs/performance.md.
 */
const N = Number(process.env.BREAKDOWN_N ?? 1000);

const app = await startBenchApp();
try {
  const { db, tokens } = app.booted.services;
  const big = await registerOperator(app.url, "bench-operator@bench.test");
  await seedOperator(app.booted, big.id, { photographers: 10, projects: 50, archived: 5 });
  const empty = await registerOperator(app.url, "bench-empty@bench.test");
  const principal = (await tokens.verify(big.token))!;

  const where = (operatorId: string) => ({ status: { not: "archived" as const }, operatorId });
  const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const photographers = { orderBy: { assignedAt: "asc" as const } };
  // what the hand-written handler asks for, and what plugin-prisma asks for (include mode: whole rows)
  const handQuery = (operatorId: string) => db.photoProject.findMany({ where: where(operatorId), orderBy, select: {
    id: true, name: true, type: true, status: true, locationName: true, startAt: true, endAt: true, projectLink: true,
    termsAndConditions: true, timezone: true, createdAt: true, updatedAt: true,
    photographers: { ...photographers, select: { photographer: { select: { id: true, name: true, email: true } } } },
  } });
  const pothosQuery = () => db.photoProject.findMany({ where: where(big.id), orderBy, include: { photographers: { ...photographers, select: { photographer: true } } } });
  const shaped = (rows: Awaited<ReturnType<typeof handQuery>>) => rows.map((p) => ({ ...p, photographers: p.photographers.map((a) => a.photographer) }));

  const rows = await pothosQuery();
  const response = shaped(await handQuery(big.id));
  const document = parse(`{ photoProjects ${PROJECT_SUMMARY} }`);
  const preloaded = { ...app.booted.services, db: { photoProject: { findMany: async () => rows } }, principal, request: new Request("http://bench/"), requestId: "" };
  const auth = { authorization: `Bearer ${big.token}` };

  const parts: [string, () => Promise<unknown>][] = [
    ["tokens.verify (JWT)", () => tokens.verify(big.token)],
    ["Prisma findMany, 0 projects (fixed cost)", () => handQuery(empty.id)],
    ["Prisma findMany, 50 × 3, hand select", () => handQuery(big.id)],
    ["Prisma findMany, 50 × 3, plugin-prisma shape", pothosQuery],
    ["GraphQL execution over preloaded rows", async () => execute({ schema, document, contextValue: preloaded as never })],
    ["JSON.stringify of the response", async () => JSON.stringify(response)],
    ["(c) in-process: verify + findMany + JSON", async () => JSON.stringify(shaped(await handQuery((await tokens.verify(big.token))!.tenantId!)))],
    ["(a) in-process: app.fetch REST", async () => (await app.booted.app.fetch("http://bench/photo/v1/projects", { headers: auth })).text()],
    ["(b) in-process: app.fetch GraphQL", async () => (await app.booted.app.fetch("http://bench/graphql", {
      method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ query: `{ photoProjects ${PROJECT_SUMMARY} }` }),
    })).text()],
  ];
  console.log(`main-thread CPU per call (${N} calls, 10 in flight, after ${N / 5} warm-up calls)`);
  for (const [name, fn] of parts) {
    await inFlight(N / 5, fn);
    const cpu0 = mainThreadCpuMs();
    await inFlight(N, fn);
    console.log(`  ${name.padEnd(46)} ${((mainThreadCpuMs() - cpu0) / N).toFixed(2).padStart(6)} ms`);
  }
} finally {
  await app.close();
}

async function inFlight(total: number, fn: () => Promise<unknown>) {
  await Promise.all(Array.from({ length: 10 }, async () => { for (let i = 0; i < total / 10; i++) await fn(); }));
}
