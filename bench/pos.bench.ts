import "./env.ts";
import assert from "node:assert/strict";
import { startBenchApp } from "./setup.ts";
import { load, printTable } from "./load.ts";
import { PRODUCT } from "../src/modules/pos/products/products.rest.ts";

/**
 * pos: the product list a register loads (`GET /pos/api/v1/products?limit=50&storeId=…`, with category, variants and
 * the store's stock) as REST derived by sofa vs the same query over /graphql, SQL statements per request for 5 vs 50
 * products; and checkout throughput (`POST /pos/api/v1/sales/checkout`, one transaction: prices, tax, stock
 * decrement, payment, sale number). See docs/performance.md.
 */
const opts = { connections: 10, warmup: 2, duration: 6 };

const app = await startBenchApp();
try {
  const db = app.booted.services.db;
  const tenantFor = async (slug: string, products: number) => {
    const tenant = await db.posTenant.create({ data: { name: slug, slug, settings: { allowNegativeStock: true } } });
    const store = await db.posStore.create({ data: { tenantId: tenant.id, name: "Main", code: "MAIN" } });
    const admin = await db.posUser.create({ data: { tenantId: tenant.id, email: `${slug}@bench.test`, name: "Bench", role: "ADMIN", passwordHash: "x" } });
    const category = await db.posCategory.create({ data: { tenantId: tenant.id, name: "Drinks" } });
    const ids: string[] = [];
    for (let i = 0; i < products; i++) {
      const p = await db.posProduct.create({ data: { tenantId: tenant.id, categoryId: category.id, name: `Product ${String(i).padStart(3, "0")}`, sku: `${slug}-${i}`, price: 250 + i, cost: 100, taxRate: 1000 } });
      await db.posVariant.create({ data: { tenantId: tenant.id, productId: p.id, name: "Large", sku: `${slug}-${i}-L`, price: 350 + i } });
      await db.posStock.create({ data: { tenantId: tenant.id, storeId: store.id, productId: p.id, quantity: 1_000_000 } });
      ids.push(p.id);
    }
    const token = await app.booted.services.tokens.sign({ system: "pos", id: admin.id, role: "ADMIN", tenantId: tenant.id, version: 0 }, "1h");
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    return {
      store, ids, headers,
      rest: { url: `${app.url}/pos/api/v1/products?limit=50&storeId=${store.id}`, method: "GET" as const, headers },
      graphql: { url: `${app.url}/graphql`, method: "POST" as const, headers,
        body: JSON.stringify({ query: `{ posProducts(limit: 50, storeId: "${store.id}") { items ${PRODUCT} total page limit } }` }) },
    };
  };
  const small = await tenantFor("small", 5);
  const big = await tenantFor("big", 50);

  const sqlPer = async (t: { url: string; method: string; headers: Record<string, string>; body?: string }) => {
    const before = app.counter.count;
    const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
    const body = (await res.json()) as any;
    assert.equal(res.status, 200, JSON.stringify(body));
    const items = body.data?.posProducts?.items ?? body.data;
    return { sql: app.counter.count - before, items: items.length };
  };
  const rows: string[][] = [["pos, 50 products / checkout of 3 lines", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "SQL/req 5 → 50 products"]];
  const sql = { rest: [await sqlPer(small.rest), await sqlPer(big.rest)], graphql: [await sqlPer(small.graphql), await sqlPer(big.graphql)] };
  for (const kind of ["rest", "graphql"] as const) {
    const [s, b] = sql[kind] as [{ sql: number; items: number }, { sql: number; items: number }];
    assert.equal(b.items, 50);
    assert.equal(s.sql, b.sql, `${kind}: SQL statements grow with the list (${s.sql} → ${b.sql})`);
    await load(big[kind], { ...opts, warmup: 0, duration: 2 });
    const r = await load(big[kind], opts);
    if (r.non2xx || r.errors || r.timeouts) throw new Error(`${kind}: failures under load ${JSON.stringify(r)}`);
    rows.push([kind === "rest" ? "(a) GET /v1/products via sofa" : "(b) GraphQL posProducts", r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.cpu.toFixed(2), `${s.sql} → ${b.sql}`]);
  }
  const checkout = {
    url: `${app.url}/pos/api/v1/sales/checkout`, method: "POST" as const, headers: big.headers,
    body: JSON.stringify({ storeId: big.store.id, lines: big.ids.slice(0, 3).map((productId) => ({ productId, quantity: 1 })), payments: [{ method: "CASH", amount: 100 }] }),
  };
  const first = await fetch(checkout.url, { method: "POST", headers: checkout.headers, body: checkout.body });
  assert.equal(first.status, 201, await first.text());
  const before = app.counter.count;
  await fetch(checkout.url, { method: "POST", headers: checkout.headers, body: checkout.body });
  const checkoutSql = app.counter.count - before;
  const r = await load(checkout, opts);
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`checkout: failures under load ${JSON.stringify(r)}`);
  rows.push(["(c) POST /v1/sales/checkout (3 lines, cash)", r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.cpu.toFixed(2), `${checkoutSql} per sale`]);
  console.log("");
  printTable(rows);
  console.log(`a/b p50 latency ratio: ${(Number(rows[1]![2]) / Number(rows[2]![2])).toFixed(2)}`);
} finally {
  await app.close();
}
