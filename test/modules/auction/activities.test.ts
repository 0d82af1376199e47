import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";

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

const tag = () => `t${Math.random().toString(36).slice(2, 8)}`;

describe("POST /activities", () => {
  test("logs an activity on an item as the caller: 201 {data: [activity]} in the spec's shape", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1, { lot: "1234" });
    const res = await clerk.api.post("/activities", {
      type: "note_added", content: String(item!.id), message: "Added note to item", details: { note_text: "Item requires special packing" },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toHaveLength(1);
    const a = res.body.data[0];
    expect(a).toEqual({
      id: expect.stringMatching(/^\d+$/),
      type: { id: "note_added", label: "Note Added" },
      content: { id: String(item!.id), type: "item", label: "Item #1234" },
      user: { id: String(clerk.id), name: clerk.name },
      message: "Added note to item",
      details: { note_text: "Item requires special packing" },
      created: expect.stringMatching(/Z$/),
      updated: expect.stringMatching(/Z$/),
    });
    const row = await app.services.db.auctionActivity.findUniqueOrThrow({ where: { id: Number(a.id) } });
    expect(row).toMatchObject({ contentType: "item", contentId: item!.id, userId: clerk.id, type: "note_added" });
  });

  test("content_type names the table: orders, clients, sales, consignments are labelled", async () => {
    const client = await auctionClient(app, { firstName: "Ada", lastName: "Lovelace" });
    const sale = await auctionSale(app, { label: "Label Sale" });
    const order = await auctionOrder(app, { ownerId: client.id, saleId: sale.id });
    const consignment = await auctionConsignment(app, sale.id, client.id);
    const cases = [
      ["order", order.id, `Order #${order.orderNumber}`],
      ["client", client.id, "Ada Lovelace"],
      ["sale", sale.id, "Label Sale"],
      ["consignment", consignment.id, `Consignment #${consignment.number}`],
    ] as const;
    for (const [type, id, label] of cases) {
      const res = await photographer.api.post("/activities", { type: "viewed", content: String(id), content_type: type });
      expect(res.status).toBe(201);
      expect(res.body.data[0].content).toEqual({ id: String(id), type, label });
      expect(res.body.data[0].details).toEqual({});
    }
  });

  test("missing type or content: 400 naming the field", async () => {
    const noType = await clerk.api.post("/activities", { content: "1", message: "x" });
    expect(noType.status).toBe(400);
    expect(noType.body).toMatchObject({ status: 400, detail: "The field 'type' is required" });
    const noContent = await clerk.api.post("/activities", { type: "x" });
    expect(noContent.status).toBe(400);
    expect(noContent.body).toMatchObject({ detail: "The field 'content' is required" });
  });

  test("unknown content, bad content type, malformed type or details: 422", async () => {
    const unknown = await clerk.api.post("/activities", { type: "note_added", content: "999999" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.content[0]).toMatch(/does not exist/);
    const sale = await auctionSale(app);
    // the sale exists, but not as an order with that id: the table is the content type's
    const wrongTable = await clerk.api.post("/activities", { type: "note_added", content: String(sale.id + 100000), content_type: "sale" });
    expect(wrongTable.status).toBe(422);
    const badType = await clerk.api.post("/activities", { type: "note_added", content: String(sale.id), content_type: "invoice" });
    expect(badType.status).toBe(422);
    expect(badType.body.errors.content_type[0]).toMatch(/must be one of/);
    const badName = await clerk.api.post("/activities", { type: "Not A Machine Name", content: String(sale.id), content_type: "sale" });
    expect(badName.status).toBe(422);
    const badDetails = await clerk.api.post("/activities", { type: "x", content: String(sale.id), content_type: "sale", details: [1, 2] });
    expect(badDetails.status).toBe(422);
    expect(badDetails.body.errors.details).toEqual(["must be a JSON object"]);
    const malformed = await clerk.api.post("/activities", { type: "x", content: "abc" });
    expect(malformed.status).toBe(422);
  });

  test("401 without a token", async () => {
    const res = await auctionAnon(app).post("/activities", { body: { type: "x", content: "1" } });
    expect(res.status).toBe(401);
  });
});

describe("GET /activities", () => {
  test("filters by content, content_type, type, user and dates; default sort -updated; labels batched per type", async () => {
    const t = tag();
    const sale = await auctionSale(app, { label: `Sale ${t}` });
    const items = await auctionItems(app, sale.id, 3);
    const client = await auctionClient(app);
    const db = app.services.db;
    const rows = [];
    for (const [i, item] of items.entries()) {
      rows.push(await db.auctionActivity.create({
        data: { type: `status_change_${t}`, contentType: "item", contentId: item.id, userId: i === 0 ? admin.id : clerk.id, message: `m${i}`, updatedAt: new Date(Date.UTC(2025, 9, 10 + i)) },
      }));
    }
    rows.push(await db.auctionActivity.create({ data: { type: `status_change_${t}`, contentType: "client", contentId: client.id, userId: clerk.id, updatedAt: new Date(Date.UTC(2025, 9, 20)) } }));
    rows.push(await db.auctionActivity.create({ data: { type: `status_change_${t}`, contentType: "sale", contentId: sale.id, userId: null, updatedAt: new Date(Date.UTC(2025, 9, 21)) } }));

    const before = app.counter.count;
    const all = await photographer.api.get(`/activities?filter[type]=status_change_${t}`);
    const queries = app.counter.count - before;
    expect(all.status).toBe(200);
    expect(all.body.count).toBe(5);
    // -updated: newest first
    expect(all.body.data.map((a: any) => a.id)).toEqual([...rows].reverse().map((r) => String(r.id)));
    expect(all.body.data[0]).toMatchObject({ content: { type: "sale", label: `Sale ${t}` }, user: null, type: { id: `status_change_${t}`, label: `Status Change ${t.charAt(0).toUpperCase()}${t.slice(1)}` } });
    expect(all.body.data[1].content).toEqual({ id: String(client.id), type: "client", label: `${client.firstName} ${client.lastName}` });
    expect(all.body.data[4]).toMatchObject({ content: { id: String(items[0]!.id), type: "item", label: `Item #${items[0]!.lot}` }, user: { id: String(admin.id), name: admin.name } });
    // rows + count + one label query per content type (item, client, sale) + user relation: not one per row
    expect(queries).toBeLessThanOrEqual(8);

    const byContent = await photographer.api.get(`/activities?filter[content]=${items[1]!.id}&filter[content_type]=item`);
    expect(byContent.body.data.map((a: any) => a.id)).toEqual([String(rows[1]!.id)]);
    const byUser = await photographer.api.get(`/activities?filter[type]=status_change_${t}&filter[user]=${admin.id}`);
    expect(byUser.body.data.map((a: any) => a.id)).toEqual([String(rows[0]!.id)]);
    const byDate = await photographer.api.get(`/activities?filter[type]=status_change_${t}&filter[updated][value][from]=2025-10-11&filter[updated][value][to]=2025-10-12&sort=updated`);
    expect(byDate.body.data.map((a: any) => a.id)).toEqual([String(rows[1]!.id), String(rows[2]!.id)]);
    const ranged = await photographer.api.get(`/activities?filter[type]=status_change_${t}&range=2&page=1`);
    expect(ranged.body.data.map((a: any) => a.id)).toEqual([String(rows[2]!.id), String(rows[1]!.id)]);
    expect(ranged.body.count).toBe(5);
    const sparse = await photographer.api.get(`/activities?filter[type]=status_change_${t}&fields=id,message&range=1`);
    expect(sparse.body.data[0]).toEqual({ id: String(rows[4]!.id), message: "" });
  });

  test("a deleted record keeps a label; unknown filters and bad values are 400; 401 anonymous", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const made = await admin.api.post("/activities", { type: "gone", content: String(item!.id) });
    await app.services.db.auctionItem.delete({ where: { id: item!.id } });
    const res = await admin.api.get(`/activities?filter[id]=${made.body.data[0].id}`);
    expect(res.body.data[0].content).toEqual({ id: String(item!.id), type: "item", label: `Item ${item!.id} (deleted)` });
    expect((await admin.api.get("/activities?filter[nope]=1")).status).toBe(400);
    expect((await admin.api.get("/activities?filter[content_type]=invoice")).status).toBe(400);
    expect((await admin.api.get("/activities?sort=nope")).status).toBe(400);
    expect((await auctionAnon(app).get("/activities")).status).toBe(401);
  });
});

describe("GET /activities-list", () => {
  test("simplified rows, by user and by creation date, newest first", async () => {
    const me = await auctionStaff(app, ["clerk"]);
    const sale = await auctionSale(app);
    const db = app.services.db;
    const a = await db.auctionActivity.create({ data: { type: "x", contentType: "sale", contentId: sale.id, userId: me.id, message: "first", createdAt: new Date("2025-03-01T10:00:00Z") } });
    const b = await db.auctionActivity.create({ data: { type: "y", contentType: "sale", contentId: sale.id, userId: me.id, message: "second", createdAt: new Date("2025-03-05T10:00:00Z") } });
    const res = await me.api.get(`/activities-list?filter[user]=${me.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.data).toEqual([
      { id: String(b.id), type: { id: "y", label: "Y" }, message: "second", user: { id: String(me.id), name: me.name }, created: "2025-03-05T10:00:00.000Z" },
      { id: String(a.id), type: { id: "x", label: "X" }, message: "first", user: { id: String(me.id), name: me.name }, created: "2025-03-01T10:00:00.000Z" },
    ]);
    const dated = await me.api.get(`/activities-list?filter[user]=${me.id}&filter[date][value][from]=2025-03-01&filter[date][value][to]=2025-03-01`);
    expect(dated.body.data.map((r: any) => r.id)).toEqual([String(a.id)]);
    expect((await me.api.get("/activities-list?filter[content]=1")).status).toBe(400);
    expect((await auctionAnon(app).get("/activities-list")).status).toBe(401);
  });
});

describe("GraphQL", () => {
  test("createAuctionActivity and auctionActivities are typed fields", async () => {
    const sale = await auctionSale(app, { label: "GQL Sale" });
    const created = await gql(app.url, `mutation($input: CreateAuctionActivityInput!) { createAuctionActivity(input: $input) { id content { label } user { id } } }`,
      { input: { type: "gql_test", content: String(sale.id), contentType: "sale", details: { a: 1 } } }, admin.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAuctionActivity).toMatchObject({ content: { label: "GQL Sale" }, user: { id: String(admin.id) } });
    const listed = await gql(app.url, `query { auctionActivities(filter: { content: { eq: "${sale.id}" }, contentType: { eq: "sale" } }) { count data { id details } } }`, {}, admin.token);
    expect(listed.data.auctionActivities).toEqual({ count: 1, data: [{ id: created.data.createAuctionActivity.id, details: { a: 1 } }] });
  });
});
