import "./env.ts";
import assert from "node:assert/strict";
import { startBenchApp } from "./setup.ts";
import { load, printTable } from "./load.ts";
import { ITEM } from "../src/modules/auction/items/item.rest.ts";

/**
 * auction's central datatable: `GET /auction/api/v1.0/datatable-items?filter[sale]=…&range=50&sort=lot` (the legacy
 * filter grammar translated into typed args, the documented snake_case shape with sale, consignment, category, winner,
 * images and dimensions) as REST derived by sofa vs the same query over /graphql, and the SQL statements per request
 * for a sale of 5 vs 50 items. See docs/performance.md.
 */
const opts = { connections: 10, warmup: 2, duration: 6 };

const app = await startBenchApp();
try {
  const db = app.booted.services.db;
  const staff = await db.auctionStaff.create({ data: { name: "Bench", email: "bench@auction.test", username: "bench", passwordHash: "x", roles: ["clerk"] } });
  const token = await app.booted.services.tokens.sign({ system: "auction", id: String(staff.id), role: "clerk", version: 0 });
  const category = await db.auctionCategory.create({ data: { label: "Ceramics" } });
  const owner = await db.auctionClient.create({ data: { firstName: "Gallery", lastName: "LLC", customerNumber: "C1" } });
  const winner = await db.auctionClient.create({ data: { firstName: "John", lastName: "Doe", customerNumber: "C2" } });
  let consignmentNo = 1;
  const sale = async (label: string, items: number) => {
    const s = await db.auctionSale.create({ data: { label, saleDate: new Date(), status: "published" } });
    const c = await db.auctionConsignment.create({ data: { number: consignmentNo++, symbol: "A", saleId: s.id, ownerId: owner.id } });
    for (let i = 1; i <= items; i++) {
      const item = await db.auctionItem.create({ data: {
        saleId: s.id, consignmentId: c.id, categoryId: category.id, position: i, lot: String(i), lotNumber: i, description: `Lot ${i}`,
        estimateLow: "100.00", estimateHigh: "200.00", reservePrice: "80.00",
        ...(i % 2 ? { status: "sold" as const, hammerPrice: "250.00", winnerId: winner.id, winnerBidderNumber: "12345" } : {}),
      } });
      await db.auctionItemDimension.create({ data: { itemId: item.id, height: "30", width: "15", depth: "15" } });
    }
    const headers = { authorization: `Bearer ${token}` };
    return {
      rest: { url: `${app.url}/auction/api/v1.0/datatable-items?filter[sale]=${s.id}&range=50&sort=lot`, method: "GET" as const, headers },
      graphql: { url: `${app.url}/graphql`, method: "POST" as const, headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ query: `{ auctionItems(filter: {sale: {eq: "${s.id}"}}, range: 50, sort: [{field: lot}]) { data ${ITEM} count } }` }) },
    };
  };
  const small = await sale("small", 5);
  const big = await sale("big", 50);

  const sqlPer = async (t: { url: string; method: string; headers: Record<string, string>; body?: string }) => {
    const before = app.counter.count;
    const res = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
    const body = (await res.json()) as any;
    assert.equal(res.status, 200, JSON.stringify(body));
    const page = body.data?.auctionItems ?? body;
    return { sql: app.counter.count - before, items: page.data.length };
  };
  const rows: string[][] = [["GET /auction/api/v1.0/datatable-items, 50 items", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "SQL/req 5 → 50 items"]];
  const sql = { rest: [await sqlPer(small.rest), await sqlPer(big.rest)], graphql: [await sqlPer(small.graphql), await sqlPer(big.graphql)] };
  for (const kind of ["rest", "graphql"] as const) {
    const [s, b] = sql[kind] as [{ sql: number; items: number }, { sql: number; items: number }];
    assert.equal(b.items, 50);
    assert.equal(s.sql, b.sql, `${kind}: SQL statements grow with the list (${s.sql} → ${b.sql})`);
    await load(big[kind], { ...opts, warmup: 0, duration: 2 });
    const r = await load(big[kind], opts);
    if (r.non2xx || r.errors || r.timeouts) throw new Error(`${kind}: failures under load ${JSON.stringify(r)}`);
    rows.push([kind === "rest" ? "(a) REST via sofa (legacy grammar)" : "(b) GraphQL auctionItems", r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.cpu.toFixed(2), `${s.sql} → ${b.sql}`]);
  }
  console.log("");
  printTable(rows);
  console.log(`a/b p50 latency ratio: ${(Number(rows[1]![2]) / Number(rows[2]![2])).toFixed(2)}`);
} finally {
  await app.close();
}
