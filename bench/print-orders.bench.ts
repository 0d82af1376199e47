import "./env.ts";
import assert from "node:assert/strict";
import { startBenchApp } from "./setup.ts";
import { load, printTable } from "./load.ts";

/**
 * print's representative list: a customer's payment orders (`GET /print/my-orders`, documented snake_case shape, the
 * shop name through a relation) as REST derived by sofa vs the same query over /graphql, and the SQL statements per
 * request for 5 vs 50 orders. See docs/performance.md.
 */
const MY_ORDER_FIELDS = `id userId orderId paymentId amount status paymentMethod walletAmount createdAt paidAt razorpayAmount printType
  copies printMode colorMode paperSize shopkeeperId shopName shopkeeperAmount comment refundedAt`;
const opts = { connections: 10, warmup: 2, duration: 6 };

const app = await startBenchApp();
try {
  const db = app.booted.services.db;
  const shop = await db.printUser.create({ data: { username: "benchshop", fullName: "Bench Shop", email: "shop@bench.test", passwordHash: "x", role: "shopkeeper", shopName: "Bench Prints" } });
  const customer = async (name: string, orders: number) => {
    const user = await db.printUser.create({ data: { username: name, fullName: name, email: `${name}@bench.test`, passwordHash: "x" } });
    await db.printPaymentOrder.createMany({ data: Array.from({ length: orders }, (_, i) => ({
      userId: user.id, orderId: `order_${name}_${i}`, amount: 5000 + i, status: "paid" as const, paymentMethod: "wallet" as const,
      walletAmount: 5000 + i, printType: "queue" as const, shopkeeperId: shop.id, shopkeeperAmount: 5000 + i, paidAt: new Date(),
    })) });
    const token = await app.booted.services.tokens.sign({ system: "print", id: String(user.id), role: "customer" });
    return { rest: { url: `${app.url}/print/my-orders`, method: "GET" as const, headers: { authorization: `Bearer ${token}` } },
      graphql: { url: `${app.url}/graphql`, method: "POST" as const, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ query: `{ printMyOrders { ${MY_ORDER_FIELDS} } }` }) } };
  };
  const small = await customer("small", 5);
  const big = await customer("big", 50);

  const sqlPer = async (t: { url: string; method: string; headers: Record<string, string>; body?: string }) => {
    const before = app.counter.count;
    const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
    const body = (await res.json()) as any;
    assert.equal(res.status, 200);
    const list = body.data ? body.data.printMyOrders : body;
    return { sql: app.counter.count - before, items: list.length };
  };
  const rows: string[][] = [["GET /print/my-orders, 50 orders", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "SQL/req 5 → 50 orders"]];
  // count statements before any load runs, so no straggler of a load run is counted
  const sql = { rest: [await sqlPer(small.rest), await sqlPer(big.rest)], graphql: [await sqlPer(small.graphql), await sqlPer(big.graphql)] };
  for (const kind of ["rest", "graphql"] as const) {
    const [s, b] = sql[kind] as [{ sql: number; items: number }, { sql: number; items: number }];
    assert.equal(b.items, 50);
    await load(big[kind], { ...opts, warmup: 0, duration: 2 });
    const r = await load(big[kind], opts);
    if (r.non2xx || r.errors || r.timeouts) throw new Error(`${kind}: failures under load ${JSON.stringify(r)}`);
    rows.push([kind === "rest" ? "(a) REST via sofa" : "(b) GraphQL printMyOrders", r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.cpu.toFixed(2), `${s.sql} → ${b.sql}`]);
  }
  console.log("");
  printTable(rows);
  console.log(`a/b p50 latency ratio: ${(Number(rows[1]![2]) / Number(rows[2]![2])).toFixed(2)}`);
} finally {
  await app.close();
}
