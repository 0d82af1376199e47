import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { auctionCategory, auctionItemDimension, auctionItemImage, sellItem } from "../../support/auction-items-data.ts";
import { gql } from "../../support/http.ts";
import { updateItems } from "../../../src/modules/auction/items/item-history.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let cataloguer: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  cataloguer = await auctionStaff(app, ["cataloguer"]);
  viewer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const db = () => app.services.db;
const item = (id: number) => db().auctionItem.findUniqueOrThrow({ where: { id } });
const history = async (itemId: number) => (await viewer.api.get(`/items-histories?filter[item]=${itemId}&range=100`)).body.data as {
  id: string; item: string; action: string; old_value: string | null; new_value: string | null; user: { id: string; name: string } | null; details: string; created: string;
}[];

describe("POST /items-bulk update_status", () => {
  test("changes every item's status and records status_change with the caller", async () => {
    const sale = await auctionSale(app);
    const items = await auctionItems(app, sale.id, 3);
    const res = await cataloguer.api.post("/items-bulk", { operation: "update_status", items: items.map((i) => String(i.id)), values: { status: "withdrawn" } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { success: true, operation: "update_status", items_processed: 3 } });
    for (const i of items) expect((await item(i.id)).status).toBe("withdrawn");
    const [entry] = await history(items[0]!.id);
    expect(entry).toMatchObject({
      item: String(items[0]!.id), action: "status_change", old_value: "available", new_value: "withdrawn",
      user: { id: String(cataloguer.id), name: cataloguer.name }, details: "Status changed from 'available' to 'withdrawn'",
    });
    expect(entry!.created).toMatch(/Z$/);
  });

  test("all or nothing: sold needs hammer price and winner; a sold item cannot be withdrawn (422)", async () => {
    const sale = await auctionSale(app);
    const buyer = await auctionClient(app);
    const items = await auctionItems(app, sale.id, 2);
    const noPrice = await cataloguer.api.post("/items-bulk", { operation: "update_status", items: items.map((i) => i.id), values: { status: "sold" } });
    expect(noPrice.status).toBe(422);
    expect(noPrice.body.detail).toMatch(/cannot be sold without a hammer price and a winner/);

    await sellItem(app, items[1]!.id, buyer.id);
    const withdraw = await cataloguer.api.post("/items-bulk", { operation: "update_status", items: items.map((i) => i.id), values: { status: "withdrawn" } });
    expect(withdraw.status).toBe(422);
    expect(withdraw.body.detail).toContain(`Sold items cannot be withdrawn: Item #${items[1]!.lot}`);
    // the unsold item of the batch did not change either
    expect((await item(items[0]!.id)).status).toBe("available");
    expect(await history(items[0]!.id)).toEqual([]);
  });

  test("unknown items are a 422 listing them; a bad status is a 422; a missing status a 400", async () => {
    const sale = await auctionSale(app);
    const [one] = await auctionItems(app, sale.id, 1);
    const unknown = await cataloguer.api.post("/items-bulk", { operation: "update_status", items: [String(one!.id), "999998", "999999"], values: { status: "unsold" } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.items[0]).toBe("Items 999998, 999999 do not exist");
    expect((await item(one!.id)).status).toBe("available");
    const bad = await cataloguer.api.post("/items-bulk", { operation: "update_status", items: [one!.id], values: { status: "lost" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors["values.status"][0]).toMatch(/must be one of available, sold/);
    const none = await cataloguer.api.post("/items-bulk", { operation: "update_status", items: [one!.id], values: {} });
    expect(none).toMatchObject({ status: 400, body: { detail: "The field 'values.status' is required" } });
    const noItems = await cataloguer.api.post("/items-bulk", { operation: "delete", items: [] });
    expect(noItems.status).toBe(400);
    const badOp = await cataloguer.api.post("/items-bulk", { operation: "explode", items: [one!.id] });
    expect(badOp.status).toBe(422);
  });

  test("401 without a token, 403 for a role that may not edit items", async () => {
    const body = { operation: "delete", items: ["1"] };
    expect((await auctionAnon(app).post("/items-bulk", { body })).status).toBe(401);
    expect((await viewer.api.post("/items-bulk", body)).status).toBe(403);
  });
});

describe("POST /items-bulk update_field", () => {
  test("whitelisted fields, typed; estimate and reserve changes are recorded", async () => {
    const sale = await auctionSale(app);
    const owner = await auctionClient(app);
    const consignment = await auctionConsignment(app, sale.id, owner.id);
    const category = await auctionCategory(app);
    const items = await auctionItems(app, sale.id, 2);
    const itemIds = items.map((i) => String(i.id));
    const set = (field: string, value: unknown) => cataloguer.api.post("/items-bulk", { operation: "update_field", items: itemIds, field, value });

    expect((await set("category", String(category.id))).body).toEqual({ data: { success: true, operation: "update_field", items_processed: 2 } });
    expect((await set("description", "Pair of vases")).status).toBe(200);
    expect((await set("estimate_low", "150")).status).toBe(200);
    expect((await set("reserve_price", 120.5)).status).toBe(200);
    expect((await set("consignment", consignment.id)).status).toBe(200);
    const stored = await item(items[0]!.id);
    expect(stored).toMatchObject({ categoryId: category.id, description: "Pair of vases", consignmentId: consignment.id });
    expect(stored.estimateLow!.toFixed(2)).toBe("150.00");
    expect(stored.reservePrice!.toFixed(2)).toBe("120.50");

    const entries = await history(items[0]!.id);
    expect(entries.map((e) => e.action)).toEqual(["reserve_change", "estimate_change"]);
    expect(entries[1]).toMatchObject({ old_value: "100.00", new_value: "150.00", details: "Low estimate changed from $100.00 to $150.00" });
    expect(entries[0]).toMatchObject({ old_value: null, new_value: "120.50", details: "Reserve price set to $120.50" });

    expect((await set("reserve_price", null)).status).toBe(200);
    expect((await item(items[0]!.id)).reservePrice).toBeNull();
  });

  test("refusals: field not allowed, malformed value, unknown reference, low above high, consignment of another sale", async () => {
    const sale = await auctionSale(app);
    const other = await auctionSale(app);
    const owner = await auctionClient(app);
    const foreign = await auctionConsignment(app, other.id, owner.id);
    const [one] = await auctionItems(app, sale.id, 1);
    const set = (field: string, value: unknown) => cataloguer.api.post("/items-bulk", { operation: "update_field", items: [one!.id], field, value });

    const notAllowed = await set("hammer_price", "1.00");
    expect(notAllowed.status).toBe(422);
    expect(notAllowed.body.errors.field[0]).toMatch(/must be one of category, description/);
    expect((await set("estimate_low", "12.345")).status).toBe(422);
    expect((await set("estimate_low", "-5")).status).toBe(422);
    expect((await set("category", "999999")).body).toMatchObject({ status: 422, errors: { value: ["Category 999999 does not exist"] } });
    const inverted = await set("estimate_low", "500");
    expect(inverted.status).toBe(422);
    expect(inverted.body.detail).toMatch(/low estimate must not exceed the high estimate/);
    const elsewhere = await set("consignment", foreign.id);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.detail).toMatch(/belongs to another sale/);
    expect((await cataloguer.api.post("/items-bulk", { operation: "update_field", items: [one!.id], value: "1" })).body).toMatchObject({ status: 400, detail: "The field 'field' is required" });
    const stored = await item(one!.id);
    expect(stored.estimateLow!.toFixed(2)).toBe("100.00");
    expect(stored.consignmentId).toBeNull();
  });
});

describe("POST /items-bulk delete", () => {
  test("deletes the items; refuses (422) all when one is on an order", async () => {
    const sale = await auctionSale(app);
    const owner = await auctionClient(app);
    const items = await auctionItems(app, sale.id, 3);
    await auctionOrder(app, { ownerId: owner.id, saleId: sale.id, itemIds: [items[2]!.id] });
    const refused = await cataloguer.api.post("/items-bulk", { operation: "delete", items: items.map((i) => i.id) });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe(`Items on an order cannot be deleted: Item #${items[2]!.lot}`);
    expect(await db().auctionItem.count({ where: { id: { in: items.map((i) => i.id) } } })).toBe(3);

    const res = await cataloguer.api.post("/items-bulk", { operation: "delete", items: [items[0]!.id, items[1]!.id] });
    expect(res.body).toEqual({ data: { success: true, operation: "delete", items_processed: 2 } });
    expect(await db().auctionItem.count({ where: { id: { in: items.map((i) => i.id) } } })).toBe(1);
  });
});

describe("PATCH /items-bulk-edit", () => {
  test("sets lots (history per changed lot); swapping lots in one call is fine", async () => {
    const sale = await auctionSale(app);
    const [a, b, c] = await auctionItems(app, sale.id, 3);
    const res = await cataloguer.api.patch("/items-bulk-edit", { items: [{ id: String(a!.id), lot: "1234" }, { id: String(b!.id), lot: "1235" }, { id: String(c!.id), lot: c!.lot }] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { success: true, items_processed: 3 } });
    expect((await item(a!.id)).lot).toBe("1234");
    expect(await history(a!.id)).toEqual([expect.objectContaining({ action: "lot_change", old_value: a!.lot, new_value: "1234", details: `Lot changed from ${a!.lot} to 1234` })]);
    expect(await history(c!.id)).toEqual([]); // unchanged lot, no entry

    const swap = await cataloguer.api.patch("/items-bulk-edit", { items: [{ id: a!.id, lot: "1235" }, { id: b!.id, lot: "1234" }] });
    expect(swap.status).toBe(200);
    expect([(await item(a!.id)).lot, (await item(b!.id)).lot]).toEqual(["1235", "1234"]);
  });

  test("duplicates (in the batch or with another item) are a 409; locked lots a 422; nothing is half-written", async () => {
    const sale = await auctionSale(app);
    const [a, b, c] = await auctionItems(app, sale.id, 3);
    const twice = await cataloguer.api.patch("/items-bulk-edit", { items: [{ id: a!.id, lot: "900" }, { id: b!.id, lot: "900" }] });
    expect(twice.status).toBe(409);
    const taken = await cataloguer.api.patch("/items-bulk-edit", { items: [{ id: a!.id, lot: "901" }, { id: b!.id, lot: c!.lot!.toLowerCase() }] });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe(`Lot ${c!.lot} is already used by item ${c!.id} in this sale`);
    expect((await item(a!.id)).lot).toBe(a!.lot);

    await db().auctionSale.update({ where: { id: sale.id }, data: { lotsLocked: true } });
    const locked = await cataloguer.api.patch("/items-bulk-edit", { items: [{ id: a!.id, lot: "902" }] });
    expect(locked.status).toBe(422);
    expect(locked.body.detail).toMatch(/are locked/);
    expect((await cataloguer.api.patch("/items-bulk-edit", { items: [{ id: a!.id, lot: "bad lot!" }] })).status).toBe(422);
    expect((await viewer.api.patch("/items-bulk-edit", { items: [{ id: a!.id, lot: "1" }] })).status).toBe(403);
  });
});

describe("POST /item-clone-or-move", () => {
  test("clone: descriptive fields, images and dimensions copied; available, no lot, at the end of the target sale", async () => {
    const source = await auctionSale(app);
    const target = await auctionSale(app);
    const owner = await auctionClient(app);
    const buyer = await auctionClient(app);
    const consignment = await auctionConsignment(app, target.id, owner.id);
    const category = await auctionCategory(app);
    await auctionItems(app, target.id, 2);
    const [orig] = await auctionItems(app, source.id, 1, { categoryId: category.id, description: "Clock", reservePrice: "70.00" });
    await sellItem(app, orig!.id, buyer.id);
    const file = await auctionItemImage(app, orig!.id);
    await auctionItemDimension(app, orig!.id);

    const res = await cataloguer.api.post("/item-clone-or-move", { items: [String(orig!.id)], operation: "clone", target_sale: String(target.id), target_consignment: String(consignment.id) });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ success: true, operation: "clone", items_processed: 1 });
    const [newId] = res.body.data.new_item_ids;
    expect(newId).not.toBe(String(orig!.id));
    const copy = await viewer.api.get(`/datatable-items/${newId}`);
    expect(copy.body.data[0]).toMatchObject({
      lot: null, description: "Clock", status: "available", hammer_price: null, winner: null, reserve_price: "70.00", estimate_low: "100.00",
      sale: { id: String(target.id) }, consignment: { id: String(consignment.id) }, category: { id: String(category.id) },
      images: [expect.objectContaining({ id: String(file.id) })], dimensions: { height: "30cm", width: "15cm", depth: "15.5cm" },
    });
    expect((await item(Number(newId))).position).toBe(3);
    expect(await history(Number(newId))).toEqual([expect.objectContaining({ action: "cloned", old_value: String(orig!.id) })]);
    expect((await item(orig!.id)).status).toBe("sold"); // the original is untouched
  });

  test("move: new positions at the end, lot cleared, history; sold items, items on orders and foreign consignments refused", async () => {
    const source = await auctionSale(app);
    const target = await auctionSale(app);
    const owner = await auctionClient(app);
    const buyer = await auctionClient(app);
    const foreign = await auctionConsignment(app, source.id, owner.id);
    await auctionItems(app, target.id, 1);
    const items = await auctionItems(app, source.id, 4);
    const [a, b, sold, ordered] = items;
    await sellItem(app, sold!.id, buyer.id);
    await auctionOrder(app, { ownerId: owner.id, saleId: source.id, itemIds: [ordered!.id] });

    const wrongConsignment = await cataloguer.api.post("/item-clone-or-move", { items: [a!.id], operation: "move", target_sale: target.id, target_consignment: foreign.id });
    expect(wrongConsignment.status).toBe(422);
    expect(wrongConsignment.body.errors.target_consignment[0]).toMatch(/does not belong to sale/);
    const stuck = await cataloguer.api.post("/item-clone-or-move", { items: [a!.id, sold!.id, ordered!.id], operation: "move", target_sale: target.id });
    expect(stuck.status).toBe(422);
    expect(stuck.body.detail).toBe(`Sold items and items on an order cannot be moved: Item #${sold!.lot}, Item #${ordered!.lot}`);
    expect((await item(a!.id)).saleId).toBe(source.id);
    expect((await cataloguer.api.post("/item-clone-or-move", { items: [a!.id], operation: "move", target_sale: "999999" })).status).toBe(422);

    const res = await cataloguer.api.post("/item-clone-or-move", { items: [a!.id, b!.id], operation: "move", target_sale: String(target.id) });
    expect(res.body).toEqual({ data: { success: true, operation: "move", items_processed: 2, new_item_ids: [String(a!.id), String(b!.id)] } });
    const moved = await item(a!.id);
    expect(moved).toMatchObject({ saleId: target.id, position: 2, lot: null });
    expect((await item(b!.id)).position).toBe(3);
    const entries = await history(a!.id);
    expect(entries.map((e) => e.action).sort()).toEqual(["lot_change", "moved"]);
    expect(entries.find((e) => e.action === "moved")).toMatchObject({ old_value: String(source.id), new_value: String(target.id) });
  });
});

describe("PATCH /item-dimensions/:id", () => {
  test("updates the given measures; 404 unknown; 422 malformed", async () => {
    const sale = await auctionSale(app);
    const [one] = await auctionItems(app, sale.id, 1);
    const dim = await auctionItemDimension(app, one!.id);
    const res = await cataloguer.api.patch(`/item-dimensions/${dim.id}`, { height: "40", width: "15", depth: "", weight: "3.25", unit: "in" });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ id: String(dim.id), item: String(one!.id), height: "40", width: "15", depth: null, weight: "3.25", unit: "in" }]);
    expect((await viewer.api.get(`/datatable-items/${one!.id}`)).body.data[0].dimensions).toEqual({ height: "40in", width: "15in", depth: null });
    expect((await cataloguer.api.patch("/item-dimensions/999999", { height: "1" })).status).toBe(404);
    const bad = await cataloguer.api.patch(`/item-dimensions/${dim.id}`, { height: "tall" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.height[0]).toMatch(/non-negative number/);
    expect((await cataloguer.api.patch(`/item-dimensions/${dim.id}`, { unit: "furlong" })).status).toBe(422);
    expect((await viewer.api.patch(`/item-dimensions/${dim.id}`, { height: "1" })).status).toBe(403);
  });
});

describe("DELETE /delete-winning-bid/:itemId", () => {
  test("clears winner and hammer price (history), item available again; unsold when the sale is closed", async () => {
    const sale = await auctionSale(app, { status: "published" });
    const closed = await auctionSale(app, { status: "closed" });
    const buyer = await auctionClient(app);
    const [one] = await auctionItems(app, sale.id, 1);
    const [two] = await auctionItems(app, closed.id, 1);
    await sellItem(app, one!.id, buyer.id, "250.00", "12345");
    await sellItem(app, two!.id, buyer.id, "99.00", "777");

    const res = await cataloguer.api.delete(`/delete-winning-bid/${one!.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { success: true, item_id: String(one!.id), previous_winner: "12345", previous_hammer_price: "250.00" } });
    expect(await item(one!.id)).toMatchObject({ status: "available", winnerId: null, winnerBidderNumber: null, hammerPrice: null, winnerKind: null });
    const entries = await history(one!.id);
    expect(Object.fromEntries(entries.map((e) => [e.action, [e.old_value, e.new_value, e.details]]))).toEqual({
      winner_change: ["12345", null, "Winning bid of bidder 12345 removed"],
      hammer_price_change: ["250.00", null, "Hammer price removed (was $250.00)"],
      status_change: ["sold", "available", "Status changed from 'sold' to 'available'"],
    });
    expect(entries.every((e) => e.user?.id === String(cataloguer.id))).toBe(true);

    expect((await cataloguer.api.delete(`/delete-winning-bid/${two!.id}`)).status).toBe(200);
    expect((await item(two!.id)).status).toBe("unsold");
  });

  test("422 without a winning bid or while on an open order; a canceled order does not hold it; 404; 403", async () => {
    const sale = await auctionSale(app);
    const buyer = await auctionClient(app);
    const [free, invoiced] = await auctionItems(app, sale.id, 2);
    const none = await cataloguer.api.delete(`/delete-winning-bid/${free!.id}`);
    expect(none.status).toBe(422);
    expect(none.body.detail).toBe(`Item #${free!.lot} has no winning bid`);

    await sellItem(app, invoiced!.id, buyer.id);
    const order = await auctionOrder(app, { ownerId: buyer.id, saleId: sale.id, itemIds: [invoiced!.id] });
    const onOrder = await cataloguer.api.delete(`/delete-winning-bid/${invoiced!.id}`);
    expect(onOrder.status).toBe(422);
    expect(onOrder.body.detail).toBe(`Item #${invoiced!.lot} is on order #${order.orderNumber}: credit or cancel the invoice first`);
    expect((await item(invoiced!.id)).status).toBe("sold");
    expect((await viewer.api.delete(`/delete-winning-bid/${invoiced!.id}`)).status).toBe(403);

    await db().auctionOrder.update({ where: { id: order.id }, data: { status: "canceled" } });
    expect((await cataloguer.api.delete(`/delete-winning-bid/${invoiced!.id}`)).status).toBe(200);
    expect((await cataloguer.api.delete("/delete-winning-bid/999999")).status).toBe(404);
  });
});

describe("GET /invoke-function/save_single_lot_number", () => {
  const call = (staff: AuctionStaffFixture, params: (string | number)[]) =>
    staff.api.get(`/invoke-function/save_single_lot_number?${params.map((p, i) => `params[${i}]=${encodeURIComponent(String(p))}`).join("&")}`);

  test("sets the lot of the item at a position; a taken lot is a 409 unless forced (then the holder's lot is cleared)", async () => {
    const sale = await auctionSale(app);
    const [a, b] = await auctionItems(app, sale.id, 2);
    const res = await call(cataloguer, [sale.id, a!.position, "1234", 0]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { success: true, item_id: String(a!.id), lot: "1234" } });
    expect((await item(a!.id)).lot).toBe("1234");

    const taken = await call(cataloguer, [sale.id, b!.position, "1234", 0]);
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toMatch(new RegExp(`^Lot 1234 is already used by Item #1234 \\(item ${a!.id}, position ${a!.position}\\)`));
    expect((await item(b!.id)).lot).toBe(b!.lot);

    const forced = await call(cataloguer, [sale.id, b!.position, "1234", 1]);
    expect(forced.status).toBe(200);
    expect([(await item(a!.id)).lot, (await item(b!.id)).lot]).toEqual([null, "1234"]);
    expect((await history(a!.id))[0]).toMatchObject({ action: "lot_change", old_value: "1234", new_value: null, details: "Lot 1234 cleared" });
    expect((await history(b!.id))[0]).toMatchObject({ action: "lot_change", old_value: b!.lot, new_value: "1234" });
  });

  test("errors: missing params 400, unknown sale or position 404, locked lots 422, 403, 401", async () => {
    const sale = await auctionSale(app, { lotsLocked: true });
    const [a] = await auctionItems(app, sale.id, 1);
    const missing = await call(cataloguer, [sale.id, 1]);
    expect(missing).toMatchObject({ status: 400, body: { detail: "The field 'params[2]' is required" } });
    expect((await call(cataloguer, [999999, 1, "5"])).status).toBe(404);
    expect((await call(cataloguer, [sale.id, 1, "5", "maybe"])).status).toBe(422);
    const locked = await call(cataloguer, [sale.id, a!.position, "5"]);
    expect(locked.status).toBe(422);
    expect((await item(a!.id)).lot).toBe(a!.lot);
    await db().auctionSale.update({ where: { id: sale.id }, data: { lotsLocked: false } });
    expect((await call(cataloguer, [sale.id, 99, "5"])).status).toBe(404);
    expect((await call(viewer, [sale.id, a!.position, "5"])).status).toBe(403);
    expect((await auctionAnon(app).get(`/invoke-function/save_single_lot_number?params[0]=${sale.id}&params[1]=1&params[2]=5`)).status).toBe(401);
  });
});

describe("items-histories and the item write service", () => {
  test("updateItems records winner, hammer price and status with the spec's details; histories newest first", async () => {
    const sale = await auctionSale(app);
    const buyer = await auctionClient(app);
    const [one] = await auctionItems(app, sale.id, 1);
    await db().$transaction((tx) => updateItems(tx, { userId: admin.id, currency: "USD" }, [
      { id: one!.id, set: { winnerId: buyer.id, winnerBidderNumber: "12345", winnerKind: "phone", hammerPrice: "250.00", status: "sold" } },
    ]));
    await db().$transaction((tx) => updateItems(tx, { userId: admin.id, currency: "USD" }, [{ id: one!.id, set: { hammerPrice: "260.00" } }]));
    const res = await viewer.api.get(`/items-histories?filter[item]=${one!.id}`);
    expect(res.status).toBe(200);
    const entries = res.body.data;
    expect(entries[0]).toMatchObject({ action: "hammer_price_change", old_value: "250.00", new_value: "260.00", details: "Hammer price changed from $250.00 to $260.00" });
    const sold = entries.find((e: { action: string }) => e.action === "status_change");
    expect(sold).toMatchObject({ old_value: "available", new_value: "sold", details: "Item sold to bidder 12345 for $250.00", user: { id: String(admin.id), name: admin.name } });
    expect(entries.find((e: { action: string }) => e.action === "winner_change")).toMatchObject({ old_value: null, new_value: "12345", details: "Winner set to bidder 12345" });
    expect(Object.keys(entries[0]).sort()).toEqual(["action", "created", "details", "id", "item", "new_value", "old_value", "user"]);
    const oldest = await viewer.api.get(`/items-histories?filter[item]=${one!.id}&sort=created,id`);
    expect(oldest.body.data.at(-1).id).toBe(entries[0].id);
    expect((await viewer.api.get(`/items-histories?filter[item]=${one!.id}&filter[action]=winner_change`)).body.count).toBe(1);
    expect((await auctionAnon(app).get("/items-histories")).status).toBe(401);

    // the same rules hold for any caller: selling without a winner is refused and nothing is written
    await expect(db().$transaction((tx) => updateItems(tx, { userId: admin.id, currency: "USD" }, [{ id: one!.id, set: { winnerId: null } }])))
      .rejects.toThrow(/cannot be sold without a hammer price and a winner/);
    expect((await item(one!.id)).winnerId).toBe(buyer.id);
  });

  test("GraphQL: bulk mutation and history query", async () => {
    const sale = await auctionSale(app);
    const [one] = await auctionItems(app, sale.id, 1);
    const m = await gql(app.url, `mutation($i: BulkAuctionItemsInput!) { bulkUpdateAuctionItems(input: $i) { success operation itemsProcessed } }`,
      { i: { operation: "update_status", items: [String(one!.id)], values: { status: "passed" } } }, cataloguer.token);
    expect(m.errors).toBeUndefined();
    expect(m.data.bulkUpdateAuctionItems).toEqual({ success: true, operation: "update_status", itemsProcessed: 1 });
    const q = await gql(app.url, `query($f: AuctionItemHistoryFilter) { auctionItemHistories(filter: $f) { count data { action newValue user { name } } } }`,
      { f: { item: { eq: String(one!.id) } } }, viewer.token);
    expect(q.data.auctionItemHistories).toEqual({ count: 1, data: [{ action: "status_change", newValue: "passed", user: { name: cataloguer.name } }] });
  });
});
