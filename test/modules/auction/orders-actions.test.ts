import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PDFDocument } from "pdf-lib";
import { pdfText } from "../../support/pdf-text.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { API, auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionOrder } from "../../support/auction-data.ts";
import { buyerWorld, chargeTerm, consignorWorld } from "../../support/auction-orders-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let clerk: AuctionStaffFixture;
let accountant: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  clerk = await auctionStaff(app, ["clerk"]);
  accountant = await auctionStaff(app, ["accountant"]);
  viewer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const ids = (items: { id: number }[]) => items.map((i) => String(i.id));
const db = () => app.services.db;

/** A bidder order made through the API (lines at 100.00, premium 20%, VAT 10%), moved on to `status`. */
async function bidderOrder(count = 3, status: "new" | "in_process" | "finished" | "locked" = "new", extra: Record<string, unknown> = {}) {
  const w = await buyerWorld(app, count);
  const res = await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: ids(w.items), ...extra });
  expect(res.status, res.text).toBe(201);
  const id = res.body.data[0].id as string;
  for (const s of ["in_process", "finished", "locked"].slice(0, ["new", "in_process", "finished", "locked"].indexOf(status))) {
    expect((await clerk.api.patch(`/orders/${id}`, { status: s })).status).toBe(200);
  }
  return { w, id, order: res.body.data[0] };
}
const get = async (id: string) => (await viewer.api.get(`/orders/${id}`)).body.data[0];

describe("PATCH /order-split", () => {
  test("moves items to a new order when the client has no other open one; totals of both follow", async () => {
    const { w, id } = await bidderOrder(3);
    const moved = ids(w.items).slice(0, 2);
    const res = await clerk.api.patch("/order-split", { order: id, items: moved });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: { new_order_id: expect.stringMatching(/^\d+$/), original_order_id: id, moved_items: moved } });
    const [original, target] = [await get(id), await get(res.body.data.new_order_id)];
    expect(original).toMatchObject({ item_count: 1, grand_total: "122.00", shipping_weight: 0.5 });
    expect(target).toMatchObject({ type: "bidder", status: { id: "new" }, item_count: 2, grand_total: "244.00", shipping_weight: 1, bidder_ids: [w.paddle], owner: { id: String(w.buyer.id) }, sale: { id: String(w.sale.id) } });
    expect(target.lines.map((l: any) => l.item.id)).toEqual(moved);
  });

  test("merges into the client's existing open order of the same sale", async () => {
    const { w, id } = await bidderOrder(3);
    const split = await clerk.api.patch("/order-split", { order: id, items: [String(w.items[0]!.id)] });
    const target = split.body.data.new_order_id;
    const again = await clerk.api.patch("/order-split", { order: id, items: [String(w.items[1]!.id)] });
    expect(again.status).toBe(200);
    expect(again.body.data.new_order_id).toBe(target);
    expect((await get(target)).item_count).toBe(2);
    expect((await get(id)).item_count).toBe(1);
  });

  test("refusals: items not on the order, all of them, closed orders, unknown order, missing fields, roles", async () => {
    const { w, id } = await bidderOrder(2);
    const other = await buyerWorld(app, 1);
    const foreign = await clerk.api.patch("/order-split", { order: id, items: [String(other.items[0]!.id)] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.detail).toMatch(`Item ${other.items[0]!.id} is not on order #`);
    const all = await clerk.api.patch("/order-split", { order: id, items: ids(w.items) });
    expect(all.status).toBe(422);
    expect(all.body.detail).toMatch(/Nothing would remain/);
    const unknown = await clerk.api.patch("/order-split", { order: "999999", items: ids(w.items).slice(0, 1) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ order: ["Order with ID 999999 does not exist"] });
    const noItems = await clerk.api.patch("/order-split", { order: id });
    expect(noItems.status).toBe(400);
    expect(noItems.body.detail).toBe("The field 'items' is required");
    expect((await clerk.api.patch("/order-split", { items: ["1"] })).body.detail).toBe("The field 'order' is required");
    const finished = await bidderOrder(2, "finished");
    const closed = await clerk.api.patch("/order-split", { order: finished.id, items: ids(finished.w.items).slice(0, 1) });
    expect(closed.status).toBe(422);
    expect(closed.body.detail).toMatch(/only new or in_process orders can be split/);
    expect((await viewer.api.patch("/order-split", { order: id, items: ids(w.items).slice(0, 1) })).status).toBe(403);
    expect((await auctionAnon(app).patch("/order-split", { body: { order: id } })).status).toBe(401);
    expect(await db().auctionOrderLine.count({ where: { orderId: Number(id) } })).toBe(2);
  });
});

describe("POST /order-create-credit-note/:orderId", () => {
  test("credits items of a finished order with negative lines; an item is credited once and may then be invoiced again", async () => {
    const { w, id } = await bidderOrder(3, "finished");
    const res = await accountant.api.post(`/order-create-credit-note/${id}`, { items: ids(w.items).slice(0, 2) });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: { credit_note_order_nid: expect.stringMatching(/^\d+$/) } });
    const note = await get(res.body.data.credit_note_order_nid);
    const original = await get(id);
    expect(note).toMatchObject({
      type: "credit_note", status: { id: "new" }, item_count: 2, grand_total: "-244.00", amount_due: "-244.00",
      owner: { id: String(w.buyer.id) }, sale: { id: String(w.sale.id) }, credited_order: { id, label: `Order #${original.order_id}` }, bidder_ids: [w.paddle],
    });
    expect(note.lines[0]).toMatchObject({ hammer_price: "-100.00", commission: "-20.00", tax_rate: "10.00" });
    expect(note.invoice_data.totals_for_display[1]).toEqual([{ label: "Tax", value: "-$4.00" }, { label: "Grand Total", value: "-$244.00" }]);
    expect(original).toMatchObject({ status: { id: "finished" }, grand_total: "366.00" });

    const twice = await accountant.api.post(`/order-create-credit-note/${id}`, { items: [String(w.items[1]!.id), String(w.items[2]!.id)] });
    expect(twice.status).toBe(422);
    expect(twice.body.detail).toBe(`Item ${w.items[1]!.id} was already credited`);
    const reinvoice = await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: [String(w.items[0]!.id)] });
    expect(reinvoice.status, reinvoice.text).toBe(201);
    const stillTaken = await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: [String(w.items[2]!.id)] });
    expect(stillTaken.status).toBe(422);
  });

  test("refusals: status, items, limits, roles, 404", async () => {
    const open = await bidderOrder(1, "in_process");
    const notFinished = await accountant.api.post(`/order-create-credit-note/${open.id}`, { items: ids(open.w.items) });
    expect(notFinished.status).toBe(422);
    expect(notFinished.body.detail).toMatch(/only finished or locked orders can be credited/);
    const { w, id } = await bidderOrder(2, "locked");
    const empty = await accountant.api.post(`/order-create-credit-note/${id}`, { items: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toBe("The field 'items' is required");
    const tooMany = await accountant.api.post(`/order-create-credit-note/${id}`, { items: Array.from({ length: 101 }, (_, i) => String(i + 1)) });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors).toEqual({ items: ["At most 100 items per credit note"] });
    const other = await buyerWorld(app, 1);
    const foreign = await accountant.api.post(`/order-create-credit-note/${id}`, { items: [String(other.items[0]!.id)] });
    expect(foreign.status).toBe(422);
    expect((await accountant.api.post("/order-create-credit-note/999999", { items: ids(w.items) })).status).toBe(404);
    expect((await clerk.api.post(`/order-create-credit-note/${id}`, { items: ids(w.items) })).status).toBe(403);
    expect((await auctionAnon(app).post(`/order-create-credit-note/${id}`, { body: { items: ids(w.items) } })).status).toBe(401);
    const locked = await accountant.api.post(`/order-create-credit-note/${id}`, { items: ids(w.items).slice(0, 1) });
    expect(locked.status).toBe(200);
    expect(await db().auctionOrder.count({ where: { creditedOrderId: Number(id) } })).toBe(1);
  });
});

describe("POST /order-cancel-and-reissue/:orderId", () => {
  test("a locked order: credit note for everything, the order canceled, a new order with the same lines and charges", async () => {
    const term = await chargeTerm(app);
    const { w, id, order } = await bidderOrder(2, "locked", { additional_charges: [{ term: String(term.id), amount: "25.00", tax: "21.00" }] });
    expect(order.grand_total).toBe("274.25");
    const res = await accountant.api.post(`/order-cancel-and-reissue/${id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: { new_order_nid: expect.stringMatching(/^\d+$/), credit_note_nid: expect.stringMatching(/^\d+$/) } });
    const [original, note, reissue] = [await get(id), await get(res.body.data.credit_note_nid), await get(res.body.data.new_order_nid)];
    expect(original.status.id).toBe("canceled");
    expect(note).toMatchObject({ type: "credit_note", grand_total: "-274.25", item_count: 2, credited_order: { id } });
    expect(note.additional_charges).toMatchObject([{ amount: "-25.00", tax: "21.00" }]);
    expect(reissue).toMatchObject({
      type: "bidder", status: { id: "new" }, grand_total: "274.25", item_count: 2, reissued_from: { id, label: `Order #${order.order_id}` },
      owner: { id: String(w.buyer.id) }, shipping_weight: 1, additional_charges: [{ amount: "25.00", tax: "21.00" }],
    });
    expect(reissue.order_id).not.toBe(order.order_id);
    expect(reissue.lines.map((l: any) => l.item.id)).toEqual(ids(w.items));
    // the reissued order is a normal one: it can be changed
    expect((await clerk.api.patch(`/orders/${reissue.id}`, { status: "in_process" })).status).toBe(200);
  });

  test("refusals: only locked orders, 404, roles", async () => {
    const { id } = await bidderOrder(1, "finished");
    const res = await accountant.api.post(`/order-cancel-and-reissue/${id}`);
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/only locked orders can be canceled and reissued/);
    expect((await get(id)).status.id).toBe("finished");
    expect((await accountant.api.post("/order-cancel-and-reissue/999999")).status).toBe(404);
    expect((await clerk.api.post(`/order-cancel-and-reissue/${id}`)).status).toBe(403);
    expect((await auctionAnon(app).post(`/order-cancel-and-reissue/${id}`)).status).toBe(401);
  });
});

describe("POST /order-print", () => {
  const print = (body: unknown, accept?: string, token = clerk.token) => fetch(`${app.url}/auction${API}/order-print`, {
    method: "POST", body: JSON.stringify(body),
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(accept ? { accept } : {}) },
  });

  test("answers the invoice PDF inline, stored as a file, with the invoice number in its title", async () => {
    const term = await chargeTerm(app, { label: "Insurance" });
    const { id, order } = await bidderOrder(2, "new", { additional_charges: [{ term: String(term.id), amount: "10.00", tax: "0" }], prepend_text: "Thank you for bidding" });
    const before = await db().auctionFile.count();
    const res = await print({ order_id: id, signal: "white_bidder_invoice", withDescription: true, with_letterhead: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="invoice-${order.order_id}.pdf"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe(`Invoice ${order.order_id}`);
    expect(pdf.getKeywords()).toContain(order.order_id);
    // the totals printed are the order's: its grand total, formatted as invoice_data shows it
    const text = await pdfText(bytes);
    const grand = Number(order.grand_total).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(text).toContain(`$${grand}`);
    expect(text).toContain(order.order_id);
    expect(await db().auctionFile.count()).toBe(before + 1);
    const file = await db().auctionFile.findFirstOrThrow({ where: { filename: `invoice-${order.order_id}.pdf` }, orderBy: { id: "desc" } });
    expect(file).toMatchObject({ mime: "application/pdf", entityType: "order", bundle: "white_bidder_invoice", uploadedById: clerk.id, size: bytes.byteLength });
  });

  test("JSON when the caller prefers it; GraphQL returns the stored file and the grand total of invoice_data", async () => {
    const { id, order } = await bidderOrder(1);
    const res = await print({ order_id: id, signal: "accounting", withDescription: 0, with_letterhead: "0" }, "application/json");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ data: {
      fid: expect.stringMatching(/^\d+$/), url: expect.stringContaining(`/get-file/${body.data.fid}`), filename: `invoice-${order.order_id}.pdf`,
      title: `Invoice ${order.order_id}`, order_id: id, signal: "accounting", grand_total: order.grand_total,
    } });
    const r = await gql(app.url, `mutation($input: PrintAuctionOrderInput!) { printAuctionOrder(input: $input) { fid filename grandTotal title } }`,
      { input: { orderId: id, signal: "via_bulk" } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.printAuctionOrder).toMatchObject({ grandTotal: "122.00", title: `Invoice ${order.order_id}` });
    const file = await db().auctionFile.findUniqueOrThrow({ where: { id: Number(r.data.printAuctionOrder.fid) } });
    const stored = await app.services.storage.get(file.storageKey);
    expect((await PDFDocument.load(stored!)).getTitle()).toBe(`Invoice ${order.order_id}`);
    const grand = (await get(id)).invoice_data.totals_for_display[1][1];
    expect(grand).toEqual({ label: "Grand Total", value: "$122.00" });
  });

  test("long orders break over pages; text outside the font's range does not break the document", async () => {
    const w = await buyerWorld(app, 60);
    await db().auctionItem.updateMany({ where: { id: { in: w.items.map((i) => i.id) } }, data: { description: "Antique vase אגרטל — with a long description that wraps over more than one line of the invoice table, twice over" } });
    const order = await auctionOrder(app, { ownerId: w.buyer.id, saleId: w.sale.id, itemIds: w.items.map((i) => i.id), type: "consignor" });
    const res = await print({ order_id: String(order.id), signal: "white_bidder_invoice", withDescription: true, with_letterhead: 0 });
    expect(res.status).toBe(200);
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(pdf.getTitle()).toBe(`Consignor Statement ${order.orderNumber}`);
  });

  test("unknown signal and missing order are 400, unknown order 404, anonymous 401, read-only role 403", async () => {
    const { id } = await bidderOrder(1);
    const bad = await print({ order_id: id, signal: "pink" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ status: 400, title: "Unknown signal 'pink': use one of white_bidder_invoice, accounting, via_bulk" });
    const noOrder = await print({ signal: "accounting" });
    expect(noOrder.status).toBe(400);
    expect((await noOrder.json()).detail).toBe("The field 'order_id' is required");
    const missing = await print({ order_id: "999999", signal: "accounting" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ detail: "Order with ID 999999 does not exist" });
    expect((await print({ order_id: id, signal: "accounting" }, undefined, viewer.token)).status).toBe(403);
    expect((await auctionAnon(app).post("/order-print", { body: { order_id: id, signal: "accounting" } })).status).toBe(401);
  });
});

describe("GET /orders-attached-text", () => {
  test("the order's texts; filter[order] required; 404", async () => {
    const { id } = await bidderOrder(1, "new", { prepend_text: "Dear client", append_text: "Thank you" });
    const res = await viewer.api.get(`/orders-attached-text?filter[order]=${id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: [{ order: id, prepend_text: "Dear client", append_text: "Thank you" }] });
    const none = await viewer.api.get("/orders-attached-text");
    expect(none.status).toBe(400);
    expect(none.body.title).toBe("The field 'filter[order]' is required");
    const missing = await viewer.api.get("/orders-attached-text?filter[order]=999999");
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Order with ID 999999 does not exist");
    expect((await auctionAnon(app).get(`/orders-attached-text?filter[order]=${id}`)).status).toBe(401);
  });
});

describe("PATCH /reset-statement-charges/:orderId", () => {
  test("a statement's charges become the consignor's defaults (term defaults fill the gaps)", async () => {
    const w = await consignorWorld(app, 2);
    const [photo, insurance, old] = [await chargeTerm(app, { label: "Photography" }), await chargeTerm(app, { label: "Insurance", defaultAmount: "8.00", defaultVat: "0" }), await chargeTerm(app)];
    await db().auctionClient.update({ where: { id: w.consignor.id }, data: { additionalCharges: [
      { term: String(photo.id), amount: "12.00", tax: "0", description: "Photos" }, { term: insurance.id }, { term: "999999", amount: "1.00" },
    ] } });
    const created = await clerk.api.post("/orders", { type: "consignor", sale: String(w.sale.id), owner: String(w.consignor.id), items: ids(w.items),
      additional_charges: [{ term: String(old.id), amount: "99.00", tax: "0" }] });
    const id = created.body.data[0].id;
    expect(created.body.data[0].grand_total).toBe("235.00");
    const res = await accountant.api.patch(`/reset-statement-charges/${id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: { success: true, charges_reset: 2 } });
    const o = await get(id);
    expect(o.additional_charges).toMatchObject([
      { term: { id: String(photo.id), label: "Photography" }, amount: "12.00", tax: "0.00", description: "Photos" },
      { term: { id: String(insurance.id), label: "Insurance" }, amount: "8.00", tax: "0.00" },
    ]);
    // 400 - 60 commission - 6 VAT - 20 charges
    expect(o.grand_total).toBe("314.00");
    expect(await db().auctionOrderCharge.count({ where: { orderId: Number(id) } })).toBe(2);
  });

  test("refusals: other order types, locked statements, 404, roles", async () => {
    const { id } = await bidderOrder(1);
    const bidder = await accountant.api.patch(`/reset-statement-charges/${id}`);
    expect(bidder.status).toBe(422);
    expect(bidder.body.detail).toMatch(/only consignor statements/);
    const w = await consignorWorld(app, 1);
    const locked = await auctionOrder(app, { ownerId: w.consignor.id, saleId: w.sale.id, itemIds: ids(w.items).map(Number), type: "consignor", status: "locked" });
    expect((await accountant.api.patch(`/reset-statement-charges/${locked.id}`)).status).toBe(422);
    expect((await accountant.api.patch("/reset-statement-charges/999999")).status).toBe(404);
    expect((await clerk.api.patch(`/reset-statement-charges/${locked.id}`)).status).toBe(403);
    expect((await auctionAnon(app).patch(`/reset-statement-charges/${locked.id}`)).status).toBe(401);
  });

  test("GraphQL: the same action as a typed mutation", async () => {
    const w = await consignorWorld(app, 1);
    const order = await auctionOrder(app, { ownerId: w.consignor.id, saleId: w.sale.id, itemIds: [w.items[0]!.id], type: "consignor" });
    const r = await gql(app.url, `mutation($id: ID!) { resetAuctionStatementCharges(orderId: $id) { success chargesReset } }`, { id: String(order.id) }, admin.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.resetAuctionStatementCharges).toEqual({ success: true, chargesReset: 0 });
  });
});
