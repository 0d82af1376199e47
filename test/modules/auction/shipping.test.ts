import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { gql } from "../../support/http.ts";
import { unique } from "../../support/unique.ts";
import { payableOrder } from "../../support/auction-transactions-data.ts";

let app: TestApp;
let clerk: AuctionStaffFixture;
let cataloguer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  clerk = await auctionStaff(app, ["clerk"]);
  cataloguer = await auctionStaff(app, ["cataloguer"]);
});
afterAll(() => app?.close());

const SHIPMENT_KEYS = ["created", "dimensions", "id", "items", "order", "shipping_cost", "shipping_method", "status", "tracking_number", "weight"];
const BOX_KEYS = ["box_number", "created", "dimensions", "id", "items", "order", "updated", "weight"];

/** The spec's shipment body for an order's items. */
const shipmentBody = (order: number, items: number[], over: Record<string, unknown> = {}) => ({
  order: String(order), items: items.map(String), shipping_method: "FedEx Ground", tracking_number: "123456789012",
  shipping_cost: "25.00", weight: "2.5", dimensions: { length: "30", width: "20", height: "15", unit: "cm" }, ...over,
});

describe("POST /shipments", () => {
  test("ships items of an order (spec body): 201 with the record, stored", async () => {
    const { order, items } = await payableOrder(app, { items: 3 });
    const res = await clerk.api.post("/shipments", shipmentBody(order.id, items.map((i) => i.id)));
    expect(res.status).toBe(201);
    const s = res.body.data[0];
    expect(Object.keys(s).sort()).toEqual(SHIPMENT_KEYS);
    expect(s).toMatchObject({
      order: String(order.id), items: items.map((i) => String(i.id)), shipping_method: "FedEx Ground", tracking_number: "123456789012",
      shipping_cost: "25.00", weight: "2.5", dimensions: { length: "30", width: "20", height: "15", unit: "cm" }, status: "pending",
    });
    expect(s.id).toMatch(/^\d+$/);
    const row = await app.services.db.auctionShipment.findUniqueOrThrow({ where: { id: Number(s.id) } });
    expect(row.itemIds).toEqual(items.map((i) => i.id));
    expect(row.shippingCost.toFixed(2)).toBe("25.00");
  });

  test("an item ships once (409); items must be on the order (422)", async () => {
    const { order, items } = await payableOrder(app, { items: 3 });
    const other = await payableOrder(app);
    expect((await clerk.api.post("/shipments", shipmentBody(order.id, [items[0]!.id]))).status).toBe(201);
    const again = await clerk.api.post("/shipments", shipmentBody(order.id, [items[1]!.id, items[0]!.id]));
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(new RegExp(`^Item ${items[0]!.id} already in shipment \\d+$`));
    const foreign = await clerk.api.post("/shipments", shipmentBody(order.id, [items[1]!.id, other.items[0]!.id]));
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual({ items: [`Item ${other.items[0]!.id} is not on order ${order.id}`] });
    expect(await app.services.db.auctionShipment.count({ where: { orderId: order.id } })).toBe(1);
    // the rest of the order still ships
    expect((await clerk.api.post("/shipments", shipmentBody(order.id, [items[1]!.id, items[2]!.id], { status: "shipped" }))).status).toBe(201);
  });

  test("the same item shipped twice at once: one shipment wins, the other is a 409", async () => {
    const { order, items } = await payableOrder(app, { items: 2 });
    const results = await Promise.all([
      clerk.api.post("/shipments", shipmentBody(order.id, [items[0]!.id, items[1]!.id])),
      clerk.api.post("/shipments", shipmentBody(order.id, [items[1]!.id])),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await app.services.db.auctionShipment.count({ where: { orderId: order.id } })).toBe(1);
  });

  test("missing fields 400, malformed values and unknown orders 422, canceled orders 422", async () => {
    const { order, items } = await payableOrder(app);
    const ids = items.map((i) => i.id);
    for (const [body, field] of [[{ ...shipmentBody(order.id, ids), order: undefined }, "order"], [{ ...shipmentBody(order.id, ids), items: [] }, "items"],
      [{ ...shipmentBody(order.id, ids), shipping_method: undefined }, "shipping_method"]] as const) {
      const res = await clerk.api.post("/shipments", body);
      expect(res.status, field).toBe(400);
      expect(res.body.detail).toBe(`The field '${field}' is required`);
    }
    for (const [over, field] of [[{ order: "999999999" }, "order"], [{ weight: "heavy" }, "weight"], [{ shipping_cost: "-1.00" }, "shipping_cost"],
      [{ dimensions: { length: "30", width: "20", height: "15", unit: "furlong" } }, "dimensions.unit"], [{ items: ["x1"] }, "items"]] as const) {
      const res = await clerk.api.post("/shipments", shipmentBody(order.id, ids, over));
      expect(res.status, field).toBe(422);
      expect(Object.keys(res.body.errors)).toEqual([field]);
    }
    await app.services.db.auctionOrder.update({ where: { id: order.id }, data: { status: "canceled" } });
    const canceled = await clerk.api.post("/shipments", shipmentBody(order.id, ids));
    expect(canceled.status).toBe(422);
    expect(canceled.body.detail).toBe("A canceled order is not shipped");
    expect(await app.services.db.auctionShipment.count({ where: { orderId: order.id } })).toBe(0);
  });

  test("401 without a token, 403 for a role outside the client desk", async () => {
    const { order, items } = await payableOrder(app);
    expect((await auctionAnon(app).post("/shipments", { body: shipmentBody(order.id, [items[0]!.id]) })).status).toBe(401);
    expect((await cataloguer.api.post("/shipments", shipmentBody(order.id, [items[0]!.id]))).status).toBe(403);
    expect(await app.services.db.auctionShipment.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("GET /shipments", () => {
  test("filters by order and status; newest first", async () => {
    const { order, items } = await payableOrder(app, { items: 3 });
    const made: string[] = [];
    for (const [i, status] of (["pending", "shipped", "delivered"] as const).entries()) {
      made.push((await clerk.api.post("/shipments", shipmentBody(order.id, [items[i]!.id], { status }))).body.data[0].id);
    }
    const all = await cataloguer.api.get(`/shipments?filter[order]=${order.id}`);
    expect(all.status).toBe(200);
    expect(all.body.count).toBe(3);
    expect(all.body.data.map((s: any) => s.id)).toEqual([...made].reverse());
    expect(Object.keys(all.body.data[0]).sort()).toEqual(SHIPMENT_KEYS);
    const shipped = await cataloguer.api.get(`/shipments?filter[order]=${order.id}&filter[status]=shipped`);
    expect(shipped.body.data.map((s: any) => s.id)).toEqual([made[1]]);
    const two = await cataloguer.api.get(`/shipments?filter[order]=${order.id}&filter[status][value][0]=pending&filter[status][value][1]=delivered&filter[status][operator]=IN&sort=id`);
    expect(two.body.data.map((s: any) => s.status)).toEqual(["pending", "delivered"]);
    expect((await cataloguer.api.get("/shipments?filter[status]=lost")).status).toBe(400);
    expect((await auctionAnon(app).get("/shipments")).status).toBe(401);
  });

  test("GraphQL: auctionShipments and createAuctionShipment", async () => {
    const { order, items } = await payableOrder(app);
    const created = await gql(app.url, `mutation($input: CreateAuctionShipmentInput!) { createAuctionShipment(input: $input) { id status items weight dimensions { unit } } }`,
      { input: { order: String(order.id), items: [String(items[0]!.id)], shippingMethod: "Courier", weight: "1.25", status: "shipped" } }, clerk.token);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAuctionShipment).toMatchObject({ status: "shipped", items: [String(items[0]!.id)], weight: "1.25", dimensions: null });
    const r = await gql(app.url, `query($f: AuctionShipmentFilter) { auctionShipments(filter: $f) { count data { id order shippingCost } } }`,
      { f: { order: { eq: String(order.id) } } }, cataloguer.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionShipments).toEqual({ count: 1, data: [{ id: created.data.createAuctionShipment.id, order: String(order.id), shippingCost: "0.00" }] });
  });
});

describe("GET /shipping-areas", () => {
  test("zones with description and base rate, sortable and filterable", async () => {
    const tag = unique("Zone").replace(/\W/g, "");
    const rows = [];
    for (const [label, description, baseRate] of [["Local", "Within 50 miles", "10.00"], ["National", "Within country", "25.00"], ["International", "Outside country", "50.00"]]) {
      rows.push(await app.services.db.auctionShippingArea.create({ data: { label: `${tag} ${label}`, description, baseRate } }));
    }
    const res = await cataloguer.api.get(`/shipping-areas?filter[label]=${tag}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(3);
    expect(res.body.data[0]).toEqual({ id: String(rows[0]!.id), label: `${tag} Local`, description: "Within 50 miles", base_rate: "10.00" });
    expect(res.body.data.map((a: any) => a.id)).toEqual(rows.map((r) => String(r.id)));
    const byRate = await cataloguer.api.get(`/shipping-areas?filter[label]=${tag}&sort=-base_rate`);
    expect(byRate.body.data.map((a: any) => a.base_rate)).toEqual(["50.00", "25.00", "10.00"]);
    const byLabel = await cataloguer.api.get(`/shipping-areas?filter[label]=${tag}&sort=label`);
    expect(byLabel.body.data.map((a: any) => a.label)).toEqual([`${tag} International`, `${tag} Local`, `${tag} National`]);
    expect((await auctionAnon(app).get("/shipping-areas")).status).toBe(401);
    const gq = await gql(app.url, `{ auctionShippingAreas(sort: [{field: baseRate, desc: true}], range: 500) { count data { label baseRate } } }`, {}, cataloguer.token);
    expect(gq.errors).toBeUndefined();
    expect(gq.data.auctionShippingAreas.data.filter((a: any) => a.label.startsWith(tag)).map((a: any) => a.baseRate)).toEqual(["50.00", "25.00", "10.00"]);
  });
});

describe("POST /shipping-box", () => {
  test("creates box 1 of an order, then updates it in place (upsert on order + box_number)", async () => {
    const { order, items } = await payableOrder(app, { items: 3 });
    const res = await clerk.api.post("/shipping-box", { order: String(order.id), items: [String(items[0]!.id), String(items[1]!.id)], box_number: "1", weight: "2.5", dimensions: "30x20x15cm" });
    expect(res.status).toBe(201);
    const box = res.body.data[0];
    expect(Object.keys(box).sort()).toEqual(BOX_KEYS);
    expect(box).toMatchObject({ order: String(order.id), box_number: "1", items: [String(items[0]!.id), String(items[1]!.id)], weight: "2.5", dimensions: "30x20x15cm" });

    const upd = await clerk.api.post("/shipping-box", { order: String(order.id), items: [String(items[2]!.id)], box_number: "1", dimensions: "40 x 30 x 20 CM" });
    expect(upd.status).toBe(201);
    expect(upd.body.data[0]).toMatchObject({ id: box.id, items: [String(items[2]!.id)], weight: "2.5", dimensions: "40x30x20cm", created: box.created });
    expect(new Date(upd.body.data[0].updated).getTime()).toBeGreaterThanOrEqual(new Date(box.updated).getTime());
    expect(await app.services.db.auctionShippingBox.count({ where: { orderId: order.id } })).toBe(1);

    // items moved out of box 1 can go to box 2; an item still in box 1 cannot
    const two = await clerk.api.post("/shipping-box", { order: String(order.id), items: [String(items[0]!.id)], box_number: "2" });
    expect(two.status).toBe(201);
    expect(two.body.data[0]).toMatchObject({ box_number: "2", weight: null, dimensions: "" });
    const clash = await clerk.api.post("/shipping-box", { order: String(order.id), items: [String(items[2]!.id)], box_number: "3" });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toBe(`Item ${items[2]!.id} already packed in box 1`);
  });

  test("items must be on the order (422); missing fields 400; malformed values 422; roles", async () => {
    const { order, items } = await payableOrder(app);
    const other = await payableOrder(app);
    const base = { order: String(order.id), items: [String(items[0]!.id)], box_number: "1", weight: "2.5", dimensions: "30x20x15cm" };
    const foreign = await clerk.api.post("/shipping-box", { ...base, items: [String(other.items[0]!.id)] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual({ items: [`Item ${other.items[0]!.id} is not on order ${order.id}`] });
    for (const field of ["order", "items", "box_number"]) {
      const res = await clerk.api.post("/shipping-box", { ...base, [field]: undefined });
      expect(res.status, field).toBe(400);
      expect(res.body.detail).toBe(`The field '${field}' is required`);
    }
    for (const [over, field] of [[{ dimensions: "big" }, "dimensions"], [{ weight: "0" }, "weight"], [{ box_number: "#1" }, "box_number"], [{ order: "999999999" }, "order"]] as const) {
      const res = await clerk.api.post("/shipping-box", { ...base, ...over });
      expect(res.status, field).toBe(422);
      expect(Object.keys(res.body.errors)).toEqual([field]);
    }
    expect((await cataloguer.api.post("/shipping-box", base)).status).toBe(403);
    expect((await auctionAnon(app).post("/shipping-box", { body: base })).status).toBe(401);
    expect(await app.services.db.auctionShippingBox.count({ where: { orderId: order.id } })).toBe(0);
  });

  test("GraphQL saveAuctionShippingBox", async () => {
    const { order, items } = await payableOrder(app);
    const r = await gql(app.url, `mutation($input: SaveAuctionShippingBoxInput!) { saveAuctionShippingBox(input: $input) { id boxNumber items order } }`,
      { input: { order: String(order.id), items: [String(items[0]!.id)], boxNumber: "A-1" } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.saveAuctionShippingBox).toMatchObject({ boxNumber: "A-1", items: [String(items[0]!.id)], order: String(order.id) });
  });
});
