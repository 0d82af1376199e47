import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { auctionAddress, auctionBidder, auctionCallRow, auctionNoteRow, auctionPayment } from "../../support/auction-clients-data.ts";
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

const db = () => app.services.db;
const ids = (...rows: { id: number }[]) => rows.map((r) => String(r.id));
const connectedTo = async (id: number) => (await db().auctionClient.findUniqueOrThrow({ where: { id } })).connectedToId;

describe("POST /client-connect", () => {
  test("connects the records to the primary: {data: {primary_client, connected_clients}}", async () => {
    const [a, b, c] = [await auctionClient(app), await auctionClient(app), await auctionClient(app)];
    const res = await clerk.api.post("/client-connect", { clients: ids(a, b, c), primary_client: String(a.id) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { primary_client: String(a.id), connected_clients: ids(b, c) } });
    expect([await connectedTo(a.id), await connectedTo(b.id), await connectedTo(c.id)]).toEqual([null, a.id, a.id]);
    const shown = await clerk.api.get(`/datatable-clients/${b.id}`);
    expect(shown.body.data[0].connected_to).toEqual({ id: String(a.id), label: `${a.firstName} ${a.lastName}` });
  });

  test("records connected to a connected client follow it; the old primary can become a member (no chain, no cycle)", async () => {
    const [a, b, x] = [await auctionClient(app), await auctionClient(app), await auctionClient(app)];
    expect((await clerk.api.post("/client-connect", { clients: ids(b, x), primary_client: String(b.id) })).status).toBe(200);
    const res = await clerk.api.post("/client-connect", { clients: ids(a, b), primary_client: String(a.id) });
    expect(res.body.data).toEqual({ primary_client: String(a.id), connected_clients: ids(b, x) });
    expect(await connectedTo(x.id)).toBe(a.id);
    // swap the primary: b (connected to a) becomes the primary of the whole group
    const swap = await clerk.api.post("/client-connect", { clients: ids(a, b), primary_client: String(b.id) });
    expect(swap.status).toBe(200);
    expect(swap.body.data).toEqual({ primary_client: String(b.id), connected_clients: ids(a, x) });
    const rows = await db().auctionClient.findMany({ where: { id: { in: [a.id, b.id, x.id] } }, select: { id: true, connectedToId: true } });
    for (const r of rows) {
      if (r.connectedToId === null) continue;
      // star shape: whoever a record points at points nowhere
      expect(rows.find((p) => p.id === r.connectedToId)?.connectedToId ?? null).toBeNull();
    }
    expect(rows.find((r) => r.id === b.id)!.connectedToId).toBeNull();
  });

  test("a primary that is itself connected elsewhere is refused (it would make a chain)", async () => {
    const [p, a, q] = [await auctionClient(app), await auctionClient(app), await auctionClient(app)];
    await clerk.api.post("/client-connect", { clients: ids(p, a), primary_client: String(p.id) });
    const res = await clerk.api.post("/client-connect", { clients: ids(a, q), primary_client: String(a.id) });
    expect(res.status).toBe(422);
    expect(res.body.title).toBe("The primary client is connected to another record");
    expect([await connectedTo(a.id), await connectedTo(q.id)]).toEqual([p.id, null]);
  });

  test("validation: required fields 400; one client, primary outside, unknown or deleted clients 422; nothing written", async () => {
    const [a, b] = [await auctionClient(app), await auctionClient(app)];
    const gone = await auctionClient(app, { status: "deleted" });
    const missing = await clerk.api.post("/client-connect", { primary_client: String(a.id) });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ detail: "The field 'clients' is required", errors: { clients: ["This field is required"] } });
    expect((await clerk.api.post("/client-connect", { clients: ids(a, b) })).body.detail).toBe("The field 'primary_client' is required");

    const one = await clerk.api.post("/client-connect", { clients: ids(a, a), primary_client: String(a.id) });
    expect(one.status).toBe(422);
    expect(one.body.errors).toEqual({ clients: ["Connect at least two different clients"] });
    const outside = await clerk.api.post("/client-connect", { clients: ids(a, b), primary_client: String(gone.id) });
    expect(outside.status).toBe(422);
    expect(outside.body.errors).toEqual({ primary_client: ["The primary client must be one of the clients"] });
    const unknown = await clerk.api.post("/client-connect", { clients: [...ids(a, b), "99999999"], primary_client: String(a.id) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ clients: ["Client with ID 99999999 does not exist"] });
    const deleted = await clerk.api.post("/client-connect", { clients: ids(a, gone), primary_client: String(a.id) });
    expect(deleted.status).toBe(422);
    expect(deleted.body.title).toBe("Cannot connect a deleted client");
    expect([await connectedTo(a.id), await connectedTo(b.id), await connectedTo(gone.id)]).toEqual([null, null, null]);
  });

  test("401 without a token, 403 for a role outside the client desk", async () => {
    const [a, b] = [await auctionClient(app), await auctionClient(app)];
    const body = { clients: ids(a, b), primary_client: String(a.id) };
    expect((await auctionAnon(app).post("/client-connect", { body })).status).toBe(401);
    const res = await photographer.api.post("/client-connect", body);
    expect(res.status).toBe(403);
    expect(await connectedTo(b.id)).toBeNull();
  });
});

/** A client with one of everything: order + payment, an item won, consignment, call, default address, bidder, note, a connected record. */
async function loadedClient(saleId: number) {
  const client = await auctionClient(app);
  const [item] = await auctionItems(app, saleId, 1, { winnerId: client.id, hammerPrice: "100.00", status: "sold" });
  const order = await auctionOrder(app, { ownerId: client.id, saleId, itemIds: [item!.id] });
  const payment = await auctionPayment(app, order.id, client.id);
  const consignment = await auctionConsignment(app, saleId, client.id);
  const call = await auctionCallRow(app, client.id);
  const address = await auctionAddress(app, client.id, { isDefault: true, postalCode: `S${client.id}` });
  const bidder = await auctionBidder(app, saleId, client.id, `P${client.id}`);
  const note = await auctionNoteRow(app, "client", client.id);
  const follower = await auctionClient(app, { connectedToId: client.id });
  return { client, item: item!, order, payment, consignment, call, address, bidder, note, follower };
}

describe("POST /client-merge", () => {
  test("moves everything to the target in one go and marks the sources deleted", async () => {
    const sale = await auctionSale(app);
    const target = await auctionClient(app);
    const targetAddress = await auctionAddress(app, target.id, { isDefault: true });
    const s1 = await loadedClient(sale.id);
    const s2 = await loadedClient(sale.id);
    const res = await admin.api.post("/client-merge", {
      source_clients: ids(s1.client, s2.client), target_client: String(target.id), merge_transactions: true, merge_orders: true, merge_items: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { merged_client_id: String(target.id), merged_count: 2, deleted_clients: ids(s1.client, s2.client) } });

    for (const s of [s1, s2]) {
      expect((await db().auctionOrder.findUniqueOrThrow({ where: { id: s.order.id } })).ownerId).toBe(target.id);
      expect((await db().auctionTransaction.findUniqueOrThrow({ where: { id: s.payment.id } })).clientId).toBe(target.id);
      expect((await db().auctionItem.findUniqueOrThrow({ where: { id: s.item.id } })).winnerId).toBe(target.id);
      expect((await db().auctionConsignment.findUniqueOrThrow({ where: { id: s.consignment.id } })).ownerId).toBe(target.id);
      expect((await db().auctionCall.findUniqueOrThrow({ where: { id: s.call.id } })).clientId).toBe(target.id);
      expect((await db().auctionSaleBidder.findUniqueOrThrow({ where: { id: s.bidder.id } })).clientId).toBe(target.id);
      expect((await db().auctionNote.findUniqueOrThrow({ where: { id: s.note.id } })).referenceId).toBe(target.id);
      expect(await connectedTo(s.follower.id)).toBe(target.id);
      const source = await db().auctionClient.findUniqueOrThrow({ where: { id: s.client.id } });
      expect(source).toMatchObject({ status: "deleted", connectedToId: null });
    }
    const addresses = await db().auctionClientAddress.findMany({ where: { clientId: target.id }, orderBy: { id: "asc" } });
    expect(addresses.map((a) => a.id)).toEqual([targetAddress.id, s1.address.id, s2.address.id]);
    expect(addresses.filter((a) => a.isDefault).map((a) => a.id)).toEqual([targetAddress.id]);

    // the figures follow: the target's stats now count both orders and both items
    const stat = await admin.api.get(`/client-stat?filter[client]=${target.id}`);
    expect(stat.body.data[0]).toMatchObject({ total_orders: 2, total_items_won: 2, total_spent: "240.00" });
    // the merged sources leave the client list
    const list = await admin.api.get(`/datatable-clients?filter[id][value][0]=${s1.client.id}&filter[id][operator]=IN`);
    expect(list.body.count).toBe(0);
  });

  test("flags off keep transactions, orders and items on the sources; a target without address takes the first source's default", async () => {
    const sale = await auctionSale(app);
    const target = await auctionClient(app);
    const s = await loadedClient(sale.id);
    const extra = await auctionAddress(app, s.client.id, { isDefault: false });
    const res = await admin.api.post("/client-merge", {
      source_clients: ids(s.client), target_client: String(target.id), merge_transactions: 0, merge_orders: "0", merge_items: false,
    });
    expect(res.status).toBe(200);
    expect((await db().auctionOrder.findUniqueOrThrow({ where: { id: s.order.id } })).ownerId).toBe(s.client.id);
    expect((await db().auctionTransaction.findUniqueOrThrow({ where: { id: s.payment.id } })).clientId).toBe(s.client.id);
    expect((await db().auctionItem.findUniqueOrThrow({ where: { id: s.item.id } })).winnerId).toBe(s.client.id);
    expect((await db().auctionConsignment.findUniqueOrThrow({ where: { id: s.consignment.id } })).ownerId).toBe(target.id);
    const addresses = await db().auctionClientAddress.findMany({ where: { clientId: target.id }, orderBy: { id: "asc" } });
    expect(addresses.map((a) => [a.id, a.isDefault])).toEqual([[s.address.id, true], [extra.id, false]]);
    expect((await db().auctionClient.findUniqueOrThrow({ where: { id: s.client.id } })).status).toBe("deleted");
  });

  test("an unknown or deleted source, or the target among the sources: 422 and nothing moved", async () => {
    const sale = await auctionSale(app);
    const target = await auctionClient(app);
    const s = await loadedClient(sale.id);
    const gone = await auctionClient(app, { status: "deleted" });
    const unknown = await admin.api.post("/client-merge", { source_clients: [String(s.client.id), "99999998"], target_client: String(target.id) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ source_clients: ["Client with ID 99999998 does not exist"] });
    const deleted = await admin.api.post("/client-merge", { source_clients: ids(s.client, gone), target_client: String(target.id) });
    expect(deleted.status).toBe(422);
    expect(deleted.body.title).toBe("Cannot merge a deleted client");
    const self = await admin.api.post("/client-merge", { source_clients: ids(s.client, target), target_client: String(target.id) });
    expect(self.status).toBe(422);
    expect(self.body.errors).toEqual({ source_clients: ["The target client cannot be one of the sources"] });
    const noTarget = await admin.api.post("/client-merge", { source_clients: ids(s.client), target_client: "99999997" });
    expect(noTarget.status).toBe(422);
    expect(noTarget.body.errors).toEqual({ target_client: ["Client with ID 99999997 does not exist"] });
    const missing = await admin.api.post("/client-merge", { source_clients: ids(s.client) });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toBe("The field 'target_client' is required");

    expect((await db().auctionOrder.findUniqueOrThrow({ where: { id: s.order.id } })).ownerId).toBe(s.client.id);
    expect((await db().auctionClient.findUniqueOrThrow({ where: { id: s.client.id } })).status).toBe("approved");
    expect(await db().auctionClientAddress.count({ where: { clientId: target.id } })).toBe(0);
  });

  test("a failure after the first moves rolls everything back", async () => {
    const sale = await auctionSale(app);
    const target = await auctionClient(app);
    const s = await loadedClient(sale.id);
    // the last step (marking the source deleted) fails inside the database, after orders, items, addresses moved
    await db().$executeRawUnsafe(`CREATE FUNCTION merge_boom() RETURNS trigger AS $$ BEGIN
      IF NEW.id = ${s.client.id} AND NEW.status = 'deleted' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER merge_boom BEFORE UPDATE ON auction_clients FOR EACH ROW EXECUTE FUNCTION merge_boom()`);
    try {
      const res = await admin.api.post("/client-merge", { source_clients: ids(s.client), target_client: String(target.id) });
      expect(res.status).toBe(500);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER merge_boom ON auction_clients`);
      await db().$executeRawUnsafe(`DROP FUNCTION merge_boom()`);
    }
    expect((await db().auctionOrder.findUniqueOrThrow({ where: { id: s.order.id } })).ownerId).toBe(s.client.id);
    expect((await db().auctionTransaction.findUniqueOrThrow({ where: { id: s.payment.id } })).clientId).toBe(s.client.id);
    expect((await db().auctionItem.findUniqueOrThrow({ where: { id: s.item.id } })).winnerId).toBe(s.client.id);
    expect((await db().auctionClientAddress.findUniqueOrThrow({ where: { id: s.address.id } }))).toMatchObject({ clientId: s.client.id, isDefault: true });
    expect(await connectedTo(s.follower.id)).toBe(s.client.id);
    expect((await db().auctionClient.findUniqueOrThrow({ where: { id: s.client.id } })).status).toBe("approved");
  });

  test("administrators only: 403 for a clerk, 401 without a token", async () => {
    const [t, s] = [await auctionClient(app), await auctionClient(app)];
    const body = { source_clients: ids(s), target_client: String(t.id) };
    expect((await auctionAnon(app).post("/client-merge", { body })).status).toBe(401);
    expect((await clerk.api.post("/client-merge", body)).status).toBe(403);
    expect((await db().auctionClient.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("approved");
  });
});

describe("GET /client-stat", () => {
  test("aggregates the client's bidder orders and items won, overall and per sale", async () => {
    const [saleA, saleB] = [await auctionSale(app), await auctionSale(app)];
    const client = await auctionClient(app);
    const other = await auctionClient(app);
    const itemsA = await auctionItems(app, saleA.id, 3);
    const itemsB = await auctionItems(app, saleB.id, 3);
    // 2 × (100 + 20% premium) = 240.00 in sale A; 250 + 50 = 300.00 and 100.02 + 20.00 = 120.02 in sale B
    const o1 = await auctionOrder(app, { ownerId: client.id, saleId: saleA.id, itemIds: [itemsA[0]!.id, itemsA[1]!.id] });
    const o2 = await auctionOrder(app, { ownerId: client.id, saleId: saleB.id, itemIds: [itemsB[0]!.id], hammer: "250.00" });
    const o3 = await auctionOrder(app, { ownerId: client.id, saleId: saleB.id, itemIds: [itemsB[1]!.id], hammer: "100.02" });
    expect([o1.grandTotal.toFixed(2), o2.grandTotal.toFixed(2), o3.grandTotal.toFixed(2)]).toEqual(["240.00", "300.00", "120.02"]);
    // left out: a canceled invoice, a consignor statement, another client's invoice
    await auctionOrder(app, { ownerId: client.id, saleId: saleA.id, itemIds: [itemsA[2]!.id], status: "canceled", hammer: "999.00" });
    await auctionOrder(app, { ownerId: client.id, saleId: saleA.id, type: "consignor", hammer: "500.00", itemIds: [itemsA[2]!.id] });
    await auctionOrder(app, { ownerId: other.id, saleId: saleA.id, itemIds: [itemsA[2]!.id] });
    await db().auctionOrder.update({ where: { id: o1.id }, data: { createdAt: new Date("2025-09-01T10:00:00Z") } });
    await db().auctionOrder.update({ where: { id: o2.id }, data: { createdAt: new Date("2025-10-01T10:00:00Z") } });
    await db().auctionOrder.update({ where: { id: o3.id }, data: { createdAt: new Date("2025-09-15T10:00:00Z") } });
    await db().auctionItem.updateMany({ where: { id: { in: [itemsA[0]!.id, itemsA[1]!.id, itemsB[0]!.id] } }, data: { winnerId: client.id } });
    await db().auctionItem.update({ where: { id: itemsB[2]!.id }, data: { winnerId: other.id } });

    const all = await clerk.api.get(`/client-stat?filter[client]=${client.id}`);
    expect(all.status).toBe(200);
    // 660.02 / 3 = 220.0066… → 220.01
    expect(all.body).toEqual({ data: [{ total_orders: 3, total_spent: "660.02", total_items_won: 3, average_order_value: "220.01", last_purchase_date: "2025-10-01" }] });
    const inA = await clerk.api.get(`/client-stat?filter[client]=${client.id}&filter[sale]=${saleA.id}`);
    expect(inA.body.data[0]).toEqual({ total_orders: 1, total_spent: "240.00", total_items_won: 2, average_order_value: "240.00", last_purchase_date: "2025-09-01" });
    const none = await clerk.api.get(`/client-stat?filter[client]=${other.id}&filter[sale]=${saleB.id}`);
    expect(none.body.data[0]).toEqual({ total_orders: 0, total_spent: "0.00", total_items_won: 1, average_order_value: "0.00", last_purchase_date: null });

    const typed = await gql(app.url, `query($f: AuctionClientStatFilter) { auctionClientStat(filter: $f) { totalOrders totalSpent averageOrderValue } }`,
      { f: { client: String(client.id), sale: String(saleB.id) } }, clerk.token);
    expect(typed.errors).toBeUndefined();
    expect(typed.data.auctionClientStat).toEqual({ totalOrders: 2, totalSpent: "420.02", averageOrderValue: "210.01" });
  });

  test("filter[client] is required (400); unknown client or sale 404; 401 without a token", async () => {
    const client = await auctionClient(app);
    for (const q of ["", "?filter[sale]=1"]) {
      const res = await clerk.api.get(`/client-stat${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.detail).toBe("The field 'filter[client]' is required");
    }
    const unknown = await clerk.api.get("/client-stat?filter[client]=99999999");
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe("Client with ID 99999999 does not exist");
    expect((await clerk.api.get(`/client-stat?filter[client]=${client.id}&filter[sale]=99999999`)).body.detail).toBe("Sale with ID 99999999 does not exist");
    expect((await auctionAnon(app).get(`/client-stat?filter[client]=${client.id}`)).status).toBe(401);
  });
});

describe("GET /connected-entities", () => {
  test("the client's group and the counts of its records", async () => {
    const sale = await auctionSale(app);
    const s = await loadedClient(sale.id);
    await auctionOrder(app, { ownerId: s.client.id, saleId: sale.id });
    await auctionAddress(app, s.client.id);
    await auctionNoteRow(app, "item", s.client.id); // a note about an item with the same id does not count
    const sibling = await auctionClient(app, { connectedToId: s.client.id });

    const res = await photographer.api.get(`/connected-entities?uuid=${s.client.uuid}`);
    expect(res.status).toBe(200);
    const ref = (c: typeof s.client) => ({ id: String(c.id), label: `${c.firstName} ${c.lastName}`, uuid: c.uuid });
    expect(res.body.data).toEqual([{
      client: ref(s.client), primary: ref(s.client), is_primary: true, connected_clients: [ref(s.follower), ref(sibling)],
      counts: { orders: 2, consignments: 1, transactions: 1, items_won: 1, addresses: 2, calls: 1, bidder_registrations: 1, notes: 1, tasks: 0 },
    }]);

    const member = await photographer.api.get(`/connected-entities?uuid=${sibling.uuid.toUpperCase()}`);
    expect(member.body.data[0]).toMatchObject({ client: ref(sibling), primary: ref(s.client), is_primary: false, connected_clients: [ref(s.client), ref(s.follower)] });
    expect(member.body.data[0].counts.orders).toBe(0);
  });

  test("400 for a malformed or missing uuid, 404 for an unknown one, 401 without a token", async () => {
    const bad = await clerk.api.get("/connected-entities?uuid=abc-def-123");
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ uuid: ["must be a UUID"] });
    expect((await clerk.api.get("/connected-entities")).status).toBe(400);
    const uuid = randomUUID();
    const unknown = await clerk.api.get(`/connected-entities?uuid=${uuid}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe(`Client with UUID ${uuid} does not exist`);
    expect((await auctionAnon(app).get(`/connected-entities?uuid=${uuid}`)).status).toBe(401);
  });
});
