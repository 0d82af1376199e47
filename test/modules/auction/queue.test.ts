import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PDFDocument } from "pdf-lib";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { API, auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";
import { runAuctionQueueOnce } from "../../../src/modules/auction/queue/queue.worker.ts";
import { auctionJobs } from "../../../src/modules/auction/queue/queue.jobs.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let clerk: AuctionStaffFixture;
let photographer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  clerk = await auctionStaff(app, ["clerk"]);
  photographer = await auctionStaff(app, ["photographer"]);
});
afterAll(() => app?.close());

const job = async (id: string) => (await admin.api.get(`/advancedqueue_item?filter[item_id]=${id}`)).body.data[0];
const download = async (fid: string) => {
  const res = await fetch(`${app.url}/auction${API}/get-file/${fid}?download=1`, { headers: { authorization: `Bearer ${admin.token}` } });
  return { type: res.headers.get("content-type"), bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe("POST /bulk-dispatcher", () => {
  test("print_labels: 202 {data: {item_id, state: queued, ...}}; the worker builds one PDF with a label per item", async () => {
    const sale = await auctionSale(app, { label: "Label Sale ✓" });
    const items = await auctionItems(app, sale.id, 15, { description: "A Ming vase with a very long description that needs wrapping over several lines of the label" });
    const res = await clerk.api.post("/bulk-dispatcher", { operation: "print_labels", entity_type: "item", ids: items.map((i) => String(i.id)) });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ data: { item_id: expect.stringMatching(/^\d+$/), state: "queued", operation: "print_labels", entity_type: "item", count: 15 } });
    const id = res.body.data.item_id;
    expect(await job(id)).toMatchObject({ item_id: id, queue: "bulk", state: "queued", attempts: 0, result: null, processed: null, ids: items.map((i) => String(i.id)) });

    expect(await runAuctionQueueOnce(app.services)).toBeGreaterThanOrEqual(1);
    const done = await job(id);
    expect(done).toMatchObject({ state: "success", attempts: 1, message: "15 labels printed", processed: expect.stringMatching(/Z$/) });
    expect(done.result).toMatchObject({ fid: expect.stringMatching(/^\d+$/), count: 15, url: expect.stringContaining(`/get-file/${done.result.fid}?download=1`) });
    const pdf = await download(done.result.fid);
    expect(pdf.type).toBe("application/pdf");
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(2); // 14 labels a page
  });

  test("export_csv of clients: a CSV file of the given rows, formulas neutralised", async () => {
    const a = await auctionClient(app, { firstName: "=HYPERLINK(\"x\")", lastName: "O'Brien, Jr." });
    const b = await auctionClient(app, { firstName: "Bea" });
    const res = await photographer.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "client", ids: [String(b.id), String(a.id)] });
    expect(res.status).toBe(202);
    await runAuctionQueueOnce(app.services);
    const done = await job(res.body.data.item_id);
    expect(done).toMatchObject({ state: "success", message: "2 clients exported", result: { count: 2 } });
    const csv = await download(done.result.fid);
    expect(csv.type).toBe("text/csv");
    const lines = new TextDecoder().decode(csv.bytes).trim().split("\r\n");
    expect(lines[0]).toBe("id,customer_number,first_name,last_name,email,phone,status,country,city,created");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${a.id},${a.customerNumber},"'=HYPERLINK(""x"")","O'Brien, Jr.",`);
    expect(lines[2]).toMatch(new RegExp(`^${b.id},${b.customerNumber},Bea,`));
  });

  test("recalculate_totals: stored totals of the orders are recomputed", async () => {
    const client = await auctionClient(app);
    const sale = await auctionSale(app);
    const items = await auctionItems(app, sale.id, 2);
    const order = await auctionOrder(app, { ownerId: client.id, saleId: sale.id, itemIds: items.map((i) => i.id), hammer: "100.00" });
    expect(order.grandTotal.toFixed(2)).toBe("240.00");
    await app.services.db.auctionOrder.update({ where: { id: order.id }, data: { grandTotal: "1.00", amountDue: "1.00" } });
    const res = await clerk.api.post("/bulk-dispatcher", { operation: "recalculate_totals", entity_type: "order", ids: [String(order.id)] });
    expect(res.status).toBe(202);
    await runAuctionQueueOnce(app.services);
    expect((await job(res.body.data.item_id)).state).toBe("success");
    const again = await app.services.db.auctionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect([again.grandTotal.toFixed(2), again.amountDue.toFixed(2)]).toEqual(["240.00", "240.00"]);
  });

  test("unknown operation or entity: 400; missing ids 400; unknown or too many ids: 422; nothing queued", async () => {
    const before = await app.services.db.auctionJob.count();
    const op = await clerk.api.post("/bulk-dispatcher", { operation: "explode", entity_type: "item", ids: ["1"] });
    expect(op.status).toBe(400);
    expect(op.body.title).toMatch(/^Unknown operation 'explode'/);
    const entity = await clerk.api.post("/bulk-dispatcher", { operation: "print_labels", entity_type: "client", ids: ["1"] });
    expect(entity.status).toBe(400);
    expect(entity.body.errors.entity_type[0]).toMatch(/applies to item/);
    const noIds = await clerk.api.post("/bulk-dispatcher", { operation: "print_labels", entity_type: "item", ids: [] });
    expect(noIds.status).toBe(400);
    expect(noIds.body.detail).toBe("The field 'ids' is required");
    const unknown = await clerk.api.post("/bulk-dispatcher", { operation: "print_labels", entity_type: "item", ids: ["999999"] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.ids[0]).toMatch(/do not exist: 999999/);
    const many = await clerk.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "item", ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) });
    expect(many.status).toBe(422);
    const bad = await clerk.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "item", ids: ["x1"] });
    expect(bad.status).toBe(422);
    expect(await app.services.db.auctionJob.count()).toBe(before);
  });

  test("401 anonymous; 403 for a role that may not run the operation", async () => {
    expect((await auctionAnon(app).post("/bulk-dispatcher", { body: { operation: "export_csv", entity_type: "item", ids: ["1"] } })).status).toBe(401);
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const res = await photographer.api.post("/bulk-dispatcher", { operation: "print_labels", entity_type: "item", ids: [String(item!.id)] });
    expect(res.status).toBe(403);
  });
});

describe("the worker", () => {
  test("a failing run is retried with backoff, then fails after 3 attempts", async () => {
    const client = await auctionClient(app);
    const order = await auctionOrder(app, { ownerId: client.id });
    const id = (await clerk.api.post("/bulk-dispatcher", { operation: "recalculate_totals", entity_type: "order", ids: [String(order.id)] })).body.data.item_id;
    await app.services.db.auctionOrder.delete({ where: { id: order.id } });
    const db = app.services.db;
    const due = () => db.auctionJob.update({ where: { id: Number(id) }, data: { availableAt: new Date(Date.now() - 1000) } });

    await runAuctionQueueOnce(app.services);
    const first = await db.auctionJob.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(first).toMatchObject({ state: "queued", attempts: 1, message: `These orders no longer exist: ${order.id}` });
    expect(first.availableAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // not due yet: the next pass leaves it alone
    await runAuctionQueueOnce(app.services);
    expect((await db.auctionJob.findUniqueOrThrow({ where: { id: Number(id) } })).attempts).toBe(1);

    await due();
    await runAuctionQueueOnce(app.services);
    const second = await db.auctionJob.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(second).toMatchObject({ state: "queued", attempts: 2 });
    expect(second.availableAt.getTime()).toBeGreaterThan(Date.now() + 100_000);
    await due();
    await runAuctionQueueOnce(app.services);
    expect(await job(id)).toMatchObject({ state: "failure", attempts: 3, message: `These orders no longer exist: ${order.id}`, processed: expect.stringMatching(/Z$/) });
    await due();
    await runAuctionQueueOnce(app.services);
    expect((await job(id)).attempts).toBe(3);
  });

  test("concurrent workers never take the same job (FOR UPDATE SKIP LOCKED)", async () => {
    const client = await auctionClient(app);
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push((await clerk.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "client", ids: [String(client.id)] })).body.data.item_id);
    }
    const ran = await Promise.all([1, 2, 3, 4].map(() => runAuctionQueueOnce(app.services, { limit: 100 })));
    const rows = await app.services.db.auctionJob.findMany({ where: { id: { in: ids.map(Number) } } });
    expect(rows.every((r) => r.state === "success" && r.attempts === 1)).toBe(true);
    expect(ran.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(8);
    // one file per job, not one per worker
    const fids = new Set(rows.map((r) => (r.result as { fid: string }).fid));
    expect(fids.size).toBe(8);
  });

  test("a job left in processing by a dead worker is re-queued once its 5-minute lease has passed", async () => {
    const client = await auctionClient(app);
    const id = Number((await clerk.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "client", ids: [String(client.id)] })).body.data.item_id);
    const db = app.services.db;
    // claimed 4 minutes ago: still leased, left alone
    await db.auctionJob.update({ where: { id }, data: { state: "processing", attempts: 1, availableAt: new Date(Date.now() + 60_000) } });
    await runAuctionQueueOnce(app.services);
    expect((await db.auctionJob.findUniqueOrThrow({ where: { id } })).state).toBe("processing");
    // claimed 6 minutes ago: re-queued and run again
    await db.auctionJob.update({ where: { id }, data: { availableAt: new Date(Date.now() - 60_000) } });
    await runAuctionQueueOnce(app.services);
    expect(await db.auctionJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "success", attempts: 2 });
    // out of attempts while stuck: failed, not retried
    await db.auctionJob.update({ where: { id }, data: { state: "processing", attempts: 3, availableAt: new Date(Date.now() - 60_000) } });
    await runAuctionQueueOnce(app.services);
    expect(await db.auctionJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "failure", attempts: 3, message: expect.stringMatching(/worker stopped/) });
  });

  test("auctionJobs registers the worker as a background job", async () => {
    expect(auctionJobs.map((j) => j.name)).toEqual(["auction-queue"]);
    const client = await auctionClient(app);
    const id = (await clerk.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "client", ids: [String(client.id)] })).body.data.item_id;
    await auctionJobs[0]!.run(app.services);
    expect((await job(id)).state).toBe("success");
  });
});

describe("GET /advancedqueue_item", () => {
  test("filters item_id and state; 400 unknown filter; 401 anonymous; GraphQL", async () => {
    const client = await auctionClient(app);
    const id = (await clerk.api.post("/bulk-dispatcher", { operation: "export_csv", entity_type: "client", ids: [String(client.id)] })).body.data.item_id;
    const res = await photographer.api.get(`/advancedqueue_item?filter[item_id]=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(1);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(["attempts", "created", "entity_type", "ids", "item_id", "message", "operation", "processed", "queue", "result", "state"]);
    const queued = await photographer.api.get(`/advancedqueue_item?filter[state]=queued&filter[item_id]=${id}`);
    expect(queued.body.count).toBe(1);
    const success = await photographer.api.get(`/advancedqueue_item?filter[state]=success&filter[item_id]=${id}`);
    expect(success.body.count).toBe(0);
    expect((await photographer.api.get("/advancedqueue_item?filter[queue_id]=1")).status).toBe(400);
    expect((await auctionAnon(app).get("/advancedqueue_item")).status).toBe(401);
    const g = await gql(app.url, `query { auctionQueueItems(filter: { itemId: { eq: "${id}" } }) { data { itemId state count createdBy { id } } } }`, {}, photographer.token);
    expect(g.data.auctionQueueItems.data).toEqual([{ itemId: id, state: "queued", count: 1, createdBy: { id: String(clerk.id) } }]);
    const m = await gql(app.url, `mutation { dispatchAuctionBulk(input: { operation: "export_csv", entityType: "client", ids: ["${client.id}"] }) { state operation } }`, {}, admin.token);
    expect(m.data.dispatchAuctionBulk).toEqual({ state: "queued", operation: "export_csv" });
  });
});
