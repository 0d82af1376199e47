import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { auctionCallRow, auctionNoteRow } from "../../support/auction-clients-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let clerk: AuctionStaffFixture;
let photographer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  clerk = await auctionStaff(app, ["clerk"]);
  photographer = await auctionStaff(app, ["photographer"]);
});
afterAll(() => app?.close());

const db = () => app.services.db;

describe("POST /calls", () => {
  test("logs a call by the caller: 201 {data: [call]}", async () => {
    const client = await auctionClient(app);
    const res = await clerk.api.post("/calls", { client: String(client.id), date: "2025-10-15T11:30:00Z", notes: "Discussed consignment opportunities" });
    expect(res.status).toBe(201);
    const c = res.body.data[0];
    expect(c).toMatchObject({
      client: String(client.id), date: "2025-10-15T11:30:00.000Z", notes: "Discussed consignment opportunities",
      user: { id: String(clerk.id), name: clerk.name },
    });
    expect(Object.keys(c).sort()).toEqual(["client", "created", "date", "id", "notes", "user"]);
    const row = await db().auctionCall.findUniqueOrThrow({ where: { id: Number(c.id) } });
    expect(row).toMatchObject({ clientId: client.id, userId: clerk.id });
    // without a date the call took place now
    const now = await clerk.api.post("/calls", { client: String(client.id) });
    expect(now.status).toBe(201);
    expect(Math.abs(Date.parse(now.body.data[0].date) - Date.now())).toBeLessThan(60_000);
  });

  test("client required 400; unknown or deleted client, malformed date 422; 401; 403", async () => {
    const client = await auctionClient(app);
    const missing = await clerk.api.post("/calls", { notes: "x" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ detail: "The field 'client' is required", errors: { client: ["This field is required"] } });
    const unknown = await clerk.api.post("/calls", { client: "99999999" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ client: ["Client with ID 99999999 does not exist"] });
    const deleted = await auctionClient(app, { status: "deleted" });
    expect((await clerk.api.post("/calls", { client: String(deleted.id) })).status).toBe(422);
    const badDate = await clerk.api.post("/calls", { client: String(client.id), date: "yesterday" });
    expect(badDate.status).toBe(422);
    expect(Object.keys(badDate.body.errors)).toEqual(["date"]);
    // year 0 is a JavaScript date but not a PostgreSQL one: the field's 422, not a 400 from the database
    const yearZero = await clerk.api.post("/calls", { client: String(client.id), date: "0000-01-01T10:00:00Z" });
    expect(yearZero.status, yearZero.text).toBe(422);
    expect(Object.keys(yearZero.body.errors)).toEqual(["date"]);
    expect((await auctionAnon(app).post("/calls", { body: { client: String(client.id) } })).status).toBe(401);
    expect((await photographer.api.post("/calls", { client: String(client.id) })).status).toBe(403);
    expect(await db().auctionCall.count({ where: { clientId: client.id } })).toBe(0);
  });
});

describe("GET /calls", () => {
  test("a client's calls, newest first by default; user and date filters", async () => {
    const client = await auctionClient(app);
    const other = await auctionClient(app);
    const c1 = await auctionCallRow(app, client.id, { date: new Date("2025-10-01T09:00:00Z"), userId: clerk.id });
    const c2 = await auctionCallRow(app, client.id, { date: new Date("2025-10-15T11:30:00Z"), userId: photographer.id });
    const c3 = await auctionCallRow(app, client.id, { date: new Date("2025-09-20T08:00:00Z"), userId: clerk.id });
    await auctionCallRow(app, other.id);

    const res = await photographer.api.get(`/calls?filter[client]=${client.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(3);
    expect(res.body.data.map((c: any) => c.id)).toEqual([c2, c1, c3].map((c) => String(c.id)));
    expect(res.body.data[0]).toEqual({
      id: String(c2.id), client: String(client.id), date: "2025-10-15T11:30:00.000Z", notes: "Called",
      user: { id: String(photographer.id), name: photographer.name }, created: c2.createdAt.toISOString(),
    });
    const asc = await photographer.api.get(`/calls?filter[client]=${client.id}&sort=date`);
    expect(asc.body.data.map((c: any) => c.id)).toEqual([c3, c1, c2].map((c) => String(c.id)));
    const byUser = await photographer.api.get(`/calls?filter[client]=${client.id}&filter[user]=${clerk.id}`);
    expect(byUser.body.data.map((c: any) => c.id)).toEqual([c1, c3].map((c) => String(c.id)));
    const october = await photographer.api.get(`/calls?filter[client]=${client.id}&filter[date][value][from]=2025-10-01&filter[date][value][to]=2025-10-31`);
    expect(october.body.count).toBe(2);
  });

  test("unknown filters 400; 401; GraphQL list", async () => {
    expect((await clerk.api.get("/calls?filter[nope]=1")).status).toBe(400);
    expect((await clerk.api.get("/calls?filter[client]=abc")).status).toBe(400);
    expect((await auctionAnon(app).get("/calls")).status).toBe(401);
    const client = await auctionClient(app);
    await auctionCallRow(app, client.id, { userId: clerk.id });
    const r = await gql(app.url, `query($f: AuctionCallFilter) { auctionCalls(filter: $f) { count data { client user { name } } } }`,
      { f: { client: { eq: String(client.id) } } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionCalls).toEqual({ count: 1, data: [{ client: String(client.id), user: { name: clerk.name } }] });
  });
});

describe("POST /notes", () => {
  test("a note on an item (default type) or any other record, by any staff member: 201", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const res = await photographer.api.post("/notes", { reference: String(item!.id), note: "Customer requested additional photos" });
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({
      reference: String(item!.id), reference_type: "item", note: "Customer requested additional photos", user: { id: String(photographer.id), name: photographer.name },
    });
    const client = await auctionClient(app);
    const order = await auctionOrder(app, { ownerId: client.id, saleId: sale.id });
    for (const [type, id] of [["client", client.id], ["order", order.id], ["sale", sale.id]] as const) {
      const r = await clerk.api.post("/notes", { reference: String(id), reference_type: type, note: `About the ${type}` });
      expect(r.status, type).toBe(201);
      expect(r.body.data[0]).toMatchObject({ reference: String(id), reference_type: type });
    }
    expect(await db().auctionNote.count({ where: { referenceType: "client", referenceId: client.id } })).toBe(1);
  });

  test("the reference must exist in the table its type names (422); required fields 400; bad type 422; 401", async () => {
    const client = await auctionClient(app);
    const unknown = await clerk.api.post("/notes", { reference: "99999999", note: "x" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ reference: ["The item with ID 99999999 does not exist"] });
    // a client id is no item
    const noItem = await clerk.api.post("/notes", { reference: "99999998", reference_type: "order", note: "x" });
    expect(noItem.body.errors).toEqual({ reference: ["The order with ID 99999998 does not exist"] });
    expect((await clerk.api.post("/notes", { note: "x" })).body).toMatchObject({ status: 400, detail: "The field 'reference' is required" });
    expect((await clerk.api.post("/notes", { reference: String(client.id), reference_type: "client", note: "  " })).body).toMatchObject({ status: 400, detail: "The field 'note' is required" });
    const badType = await clerk.api.post("/notes", { reference: String(client.id), reference_type: "planet", note: "x" });
    expect(badType.status).toBe(422);
    expect(Object.keys(badType.body.errors)).toEqual(["reference_type"]);
    expect((await auctionAnon(app).post("/notes", { body: { reference: String(client.id), note: "x" } })).status).toBe(401);
    expect(await db().auctionNote.count({ where: { referenceId: client.id, referenceType: "client" } })).toBe(0);
  });
});

describe("GET /notes", () => {
  test("notes by content id, newest first by default; reference_type filter", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const n1 = await auctionNoteRow(app, "item", item!.id, { note: "Item requires special handling during packing", userId: clerk.id, createdAt: new Date("2025-10-10T09:00:00Z") });
    const n2 = await auctionNoteRow(app, "item", item!.id, { createdAt: new Date("2025-10-12T09:00:00Z") });
    const n3 = await auctionNoteRow(app, "order", item!.id, { createdAt: new Date("2025-10-11T09:00:00Z") });

    const res = await photographer.api.get(`/notes?filter[reference]=${item!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((n: any) => n.id)).toEqual([n2, n3, n1].map((n) => String(n.id)));
    expect(res.body.data[2]).toEqual({
      id: String(n1.id), reference: String(item!.id), reference_type: "item", note: "Item requires special handling during packing",
      user: { id: String(clerk.id), name: clerk.name }, created: "2025-10-10T09:00:00.000Z",
    });
    expect(res.body.data[0].user).toBeNull();
    const items = await photographer.api.get(`/notes?filter[reference]=${item!.id}&filter[reference_type]=item&sort=created`);
    expect(items.body.data.map((n: any) => n.id)).toEqual([n1, n2].map((n) => String(n.id)));
    expect((await photographer.api.get("/notes?filter[reference_type]=planet")).status).toBe(400);
    expect((await auctionAnon(app).get("/notes")).status).toBe(401);
  });

  test("GraphQL: create and list through the typed fields", async () => {
    const client = await auctionClient(app);
    const created = await gql(app.url, `mutation($i: CreateAuctionNoteInput!) { createAuctionNote(input: $i) { id referenceType } }`,
      { i: { reference: String(client.id), referenceType: "client", note: "Prefers e-mail" } }, photographer.token);
    expect(created.errors).toBeUndefined();
    const r = await gql(app.url, `query($f: AuctionNoteFilter) { auctionNotes(filter: $f) { count data { id note } } }`,
      { f: { reference: { eq: String(client.id) }, referenceType: { eq: "client" } } }, photographer.token);
    expect(r.data.auctionNotes).toEqual({ count: 1, data: [{ id: created.data.createAuctionNote.id, note: "Prefers e-mail" }] });
  });
});
