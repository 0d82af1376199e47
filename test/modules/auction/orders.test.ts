import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { buyerWorld, chargeTerm, consignorWorld, soldItems } from "../../support/auction-orders-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let clerk: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  clerk = await auctionStaff(app, ["clerk"]);
  viewer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const LIST_KEYS = ["id", "label", "order_id", "type", "status", "sale", "owner", "grand_total", "amount_due", "payment_received", "customer_number",
  "bidder_ids", "item_count", "shipping_weight", "payment_type_letter", "invoice_data", "created", "changed"].sort();
const today = () => new Date().toISOString().slice(0, 10);
const ids = (items: { id: number }[]) => items.map((i) => String(i.id));

describe("POST /orders", () => {
  test("a bidder order: lines from the won items, premium, VAT, charges, bidder numbers, weight, invoice_data", async () => {
    const w = await buyerWorld(app, 3);
    const term = await chargeTerm(app, { label: "Shipping Fee" });
    const res = await clerk.api.post("/orders", {
      type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), status: "new", items: ids(w.items),
      additional_charges: [{ term: String(term.id), amount: "25.00", tax: "21.00", description: "Standard shipping" }],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data).toHaveLength(1);
    const o = res.body.data[0];
    expect(o.order_id).toMatch(/^\d+$/);
    expect(o).toMatchObject({
      label: `Order #${o.order_id}`, type: "bidder", status: { id: "new", label: "New" },
      sale: { id: String(w.sale.id), label: w.sale.label },
      owner: { id: String(w.buyer.id), label: `${w.buyer.firstName} ${w.buyer.lastName}`, email: w.buyer.email },
      customer_number: w.buyer.customerNumber, bidder_ids: [w.paddle], item_count: 3, shipping_weight: 1.5, payment_type_letter: w.pay.letter,
      // 300 hammer + 60 premium + 6 VAT on it + 25 charge + 5.25 VAT on it
      subtotal: "300.00", grand_total: "396.25", amount_due: "396.25", payment_received: "0.00",
      payment_type: { id: String(w.pay.id), label: w.pay.label },
      additional_charges: [{ term: { id: String(term.id), label: "Shipping Fee" }, amount: "25.00", tax: "21.00", description: "Standard shipping", date: today() }],
      use_custom_address: false, custom_address: null, prepend_text: "", append_text: "", credited_order: null, reissued_from: null,
    });
    expect(o.lines.map((l: any) => l.item.id)).toEqual(ids(w.items));
    expect(o.lines[0]).toMatchObject({ hammer_price: "100.00", commission: "20.00", tax_rate: "10.00" });
    const inv = o.invoice_data;
    expect(inv.header_right).toEqual({ invoice_number: o.order_id, customer_number: w.buyer.customerNumber, bidder_number: w.paddle, vat_number: "123-45-6789" });
    expect(inv.header_left.buyer_address).toMatchObject({ name_line: "John Doe", thoroughfare: "1 Main St", locality: "Springfield", administrative_area: "IL", postal_code: "62701", country: "US" });
    expect(inv.header_left.shipping_address).toEqual(inv.header_left.buyer_address);
    expect(Object.keys(inv.items)).toEqual([w.paddle]);
    expect(inv.items[w.paddle][0]).toEqual({
      nid: String(w.items[0]!.id), lot: w.items[0]!.lot, description: w.items[0]!.description, hammer_price: "100.00", commission: "20.00", tax_id: "10", consignment_number: null,
    });
    expect(inv.totals_for_display).toEqual([
      [{ label: "Subtotal", value: "$300.00" }, { label: "Buyer's Premium", value: "$60.00" }, { label: "Shipping Fee (Standard shipping)", value: "$25.00" }],
      [{ label: "Tax", value: "$11.25" }, { label: "Grand Total", value: "$396.25" }],
    ]);
    const row = await app.services.db.auctionOrder.findUniqueOrThrow({ where: { id: Number(o.id) }, include: { lines: true } });
    expect(row.grandTotal.toFixed(2)).toBe("396.25");
    expect(row.lines).toHaveLength(3);
  });

  test("charges default to the term's amount and VAT", async () => {
    const client = await auctionClient(app);
    const term = await chargeTerm(app, { defaultAmount: "40.00", defaultVat: "10.00" });
    const res = await clerk.api.post("/orders", { type: "transport_invoice", owner: String(client.id), additional_charges: [{ term: String(term.id) }] });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data[0]).toMatchObject({ type: "transport_invoice", sale: null, item_count: 0, grand_total: "44.00", additional_charges: [{ amount: "40.00", tax: "10.00" }] });
  });

  test("a consignor statement: the consignment's commission is deducted", async () => {
    const w = await consignorWorld(app, 2);
    const res = await clerk.api.post("/orders", { type: "consignor", sale: String(w.sale.id), owner: String(w.consignor.id), items: ids(w.items) });
    expect(res.status, res.text).toBe(201);
    const o = res.body.data[0];
    // 400 hammer - 60 commission - 6 VAT on the commission
    expect(o).toMatchObject({ type: "consignor", grand_total: "334.00", item_count: 2 });
    expect(o.lines[0]).toMatchObject({ commission: "30.00", consignment_number: `A-${w.consignment.number}`, item: { id: String(w.items[0]!.id) } });
    expect(Object.keys(o.invoice_data.items)).toEqual([`A-${w.consignment.number}`]);
    expect(o.invoice_data.totals_for_display[1]).toEqual([{ label: "Tax", value: "-$6.00" }, { label: "Grand Total", value: "$334.00" }]);
    const other = await auctionClient(app);
    const refused = await clerk.api.post("/orders", { type: "consignor", sale: String(w.sale.id), owner: String(other.id), items: ids(w.items) });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(`Item ${w.items[0]!.id} is not consigned by client ${other.id}`);
    const twice = await clerk.api.post("/orders", { type: "consignor", sale: String(w.sale.id), owner: String(w.consignor.id), items: ids(w.items).slice(0, 1) });
    expect(twice.status).toBe(422);
    expect(twice.body.detail).toMatch(/already on statement #\d+/);
  });

  test("required fields are the spec's 400", async () => {
    const w = await buyerWorld(app, 1);
    for (const [body, field] of [
      [{ sale: String(w.sale.id), owner: String(w.buyer.id) }, "type"],
      [{ type: "bidder", sale: String(w.sale.id) }, "owner"],
      [{ type: "bidder", owner: String(w.buyer.id) }, "sale"],
    ] as const) {
      const res = await clerk.api.post("/orders", body);
      expect(res.status, field).toBe(400);
      expect(res.body).toMatchObject({ status: 400, detail: `The field '${field}' is required` });
    }
  });

  test("unknown references and item rules are 422 naming the field or the item", async () => {
    const w = await buyerWorld(app, 2);
    const base = { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id) };
    const unknownSale = await clerk.api.post("/orders", { ...base, sale: "999999" });
    expect(unknownSale.status).toBe(422);
    expect(unknownSale.body.errors).toEqual({ sale: ["Sale with ID 999999 does not exist"] });
    const unknownOwner = await clerk.api.post("/orders", { ...base, owner: "999999" });
    expect(unknownOwner.body.errors).toEqual({ owner: ["Client with ID 999999 does not exist"] });
    const unknownItem = await clerk.api.post("/orders", { ...base, items: ["999999"] });
    expect(unknownItem.status).toBe(422);
    expect(unknownItem.body.errors).toEqual({ items: ["Item with ID 999999 does not exist"] });
    const unknownTerm = await clerk.api.post("/orders", { ...base, additional_charges: [{ term: "999999" }] });
    expect(unknownTerm.status).toBe(422);
    // a negative charge would make the invoice negative, and refunds of money never received would then pass
    const term = await chargeTerm(app);
    const negative = await clerk.api.post("/orders", { ...base, additional_charges: [{ term: String(term.id), amount: "-25.00" }] });
    expect(negative.status, negative.text).toBe(422);
    expect(negative.body.errors).toEqual({ "additional_charges.0.amount": ["must not be negative"] });

    const [unsold] = await auctionItems(app, w.sale.id, 1);
    const notSold = await clerk.api.post("/orders", { ...base, items: [String(unsold!.id)] });
    expect(notSold.status).toBe(422);
    expect(notSold.body.detail).toBe(`Item ${unsold!.id} is not sold: it has no hammer price`);
    const stranger = await auctionClient(app);
    const [othersItem] = await soldItems(app, w.sale.id, stranger.id, 1);
    const notWon = await clerk.api.post("/orders", { ...base, items: [String(othersItem!.id)] });
    expect(notWon.body.detail).toBe(`Item ${othersItem!.id} was not won by client ${w.buyer.id}`);
    const otherSale = await auctionSale(app);
    const [elsewhere] = await soldItems(app, otherSale.id, w.buyer.id, 1);
    const wrongSale = await clerk.api.post("/orders", { ...base, items: [String(elsewhere!.id)] });
    expect(wrongSale.body.detail).toBe(`Item ${elsewhere!.id} is not in sale ${w.sale.id}`);

    const first = await clerk.api.post("/orders", { ...base, items: ids(w.items) });
    expect(first.status).toBe(201);
    const again = await clerk.api.post("/orders", { ...base, items: ids(w.items).slice(1) });
    expect(again.status).toBe(422);
    expect(again.body.detail).toBe(`Item ${w.items[1]!.id} is already on order #${first.body.data[0].order_id}`);
    // nothing half-written: the refused orders left no rows
    expect(await app.services.db.auctionOrder.count({ where: { ownerId: w.buyer.id } })).toBe(1);

    const credit = await clerk.api.post("/orders", { ...base, type: "credit_note" });
    expect(credit.status).toBe(422);
    const transportItems = await clerk.api.post("/orders", { type: "transport_invoice", owner: String(w.buyer.id), items: ids(w.items) });
    expect(transportItems.status).toBe(422);
    const finished = await clerk.api.post("/orders", { ...base, status: "finished" });
    expect(finished.status).toBe(422);
    expect(finished.body.errors).toEqual({ status: ["A new order starts as new or in_process"] });
  });

  test("two orders racing for the same items: one gets them, the other is refused", async () => {
    const w = await buyerWorld(app, 2);
    const body = { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: ids(w.items) };
    const results = await Promise.all([clerk.api.post("/orders", body), clerk.api.post("/orders", body), clerk.api.post("/orders", body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
    expect(await app.services.db.auctionOrderLine.count({ where: { itemId: { in: w.items.map((i) => i.id) } } })).toBe(2);
  });

  test("401 without a token, 403 for a role that may not edit orders", async () => {
    expect((await auctionAnon(app).post("/orders", { body: { type: "bidder" } })).status).toBe(401);
    const res = await viewer.api.post("/orders", { type: "bidder" });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
  });
});

describe("GET /orders/:id", () => {
  test("the record envelope, and the spec's 404", async () => {
    const w = await buyerWorld(app, 1);
    const order = await auctionOrder(app, { ownerId: w.buyer.id, saleId: w.sale.id, itemIds: [w.items[0]!.id] });
    const res = await viewer.api.get(`/orders/${order.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ id: String(order.id), order_id: String(order.orderNumber), grand_total: "120.00", item_count: 1 });
    const missing = await viewer.api.get("/orders/999999");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ title: "Resource not found", status: 404, detail: "Order with ID 999999 does not exist" });
    expect((await viewer.api.get("/orders/abc")).status).toBe(404);
    expect((await auctionAnon(app).get(`/orders/${order.id}`)).status).toBe(401);
  });
});

describe("PATCH /orders/:id", () => {
  const newOrder = async () => {
    const w = await buyerWorld(app, 2);
    const res = await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: ids(w.items) });
    expect(res.status, res.text).toBe(201);
    return { w, id: res.body.data[0].id as string };
  };

  test("status moves forward; backwards is 422; locked refuses any change", async () => {
    const { id } = await newOrder();
    for (const status of ["in_process", "finished"]) {
      const res = await clerk.api.patch(`/orders/${id}`, { status });
      expect(res.status, res.text).toBe(200);
      expect(res.body.data[0].status.id).toBe(status);
    }
    const back = await clerk.api.patch(`/orders/${id}`, { status: "new" });
    expect(back.status).toBe(422);
    expect(back.body).toMatchObject({ status: 422, detail: "The order cannot move back from finished to new" });
    expect((await clerk.api.patch(`/orders/${id}`, { status: "locked" })).body.data[0].status).toEqual({ id: "locked", label: "Locked" });
    for (const body of [{ prepend_text: "x" }, { status: "canceled" }, { status: "finished" }, { additional_charges: [] }]) {
      const res = await clerk.api.patch(`/orders/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.detail).toMatch(/is locked and cannot be changed/);
    }
    expect((await app.services.db.auctionOrder.findUniqueOrThrow({ where: { id: Number(id) } })).status).toBe("locked");
  });

  test("canceling is final and releases the items for another order", async () => {
    const { w, id } = await newOrder();
    const res = await clerk.api.patch(`/orders/${id}`, { status: "canceled" });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ status: { id: "canceled", label: "Canceled" }, item_count: 2 });
    expect((await clerk.api.patch(`/orders/${id}`, { status: "new" })).status).toBe(422);
    const again = await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: ids(w.items) });
    expect(again.status, again.text).toBe(201);
  });

  test("additional charges replace the list and the totals follow; custom address and texts", async () => {
    const { id } = await newOrder();
    const [a, b] = [await chargeTerm(app), await chargeTerm(app)];
    const first = await clerk.api.patch(`/orders/${id}`, { additional_charges: [{ term: String(a.id), amount: "10.00", tax: "0" }, { term: String(b.id), amount: "5.00", tax: "0" }] });
    expect(first.body.data[0]).toMatchObject({ grand_total: "259.00" });
    const address = { name_line: "Jane Smith", thoroughfare: "789 Pine St", locality: "Boston", administrative_area: "MA", postal_code: "02101", country: "US" };
    const res = await clerk.api.patch(`/orders/${id}`, {
      status: "in_process", additional_charges: [{ term: String(b.id), amount: "25.00", tax: "21.00", description: "Shipping fee" }],
      use_custom_address: true, custom_address: address, prepend_text: "Thank you", append_text: "Pay within 7 days",
    });
    expect(res.status, res.text).toBe(200);
    const o = res.body.data[0];
    expect(o).toMatchObject({ status: { id: "in_process" }, grand_total: "274.25", use_custom_address: true, custom_address: address, prepend_text: "Thank you", append_text: "Pay within 7 days" });
    expect(o.additional_charges).toHaveLength(1);
    expect(o.invoice_data.header_left.shipping_address).toEqual(address);
    expect(await app.services.db.auctionOrderCharge.count({ where: { orderId: Number(id) } })).toBe(1);
    expect((await app.services.db.auctionOrder.findUniqueOrThrow({ where: { id: Number(id) } })).amountDue.toFixed(2)).toBe("274.25");

    const stillUsed = await clerk.api.patch(`/orders/${id}`, { custom_address: null });
    expect(stillUsed.status).toBe(400);
    expect(stillUsed.body.detail).toBe("The field 'custom_address' is required");
    const flag = await clerk.api.patch(`/orders/${id}`, { use_custom_address: 0 });
    expect(flag.body.data[0].use_custom_address).toBe(false);
    const badCountry = await clerk.api.patch(`/orders/${id}`, { custom_address: { ...address, country: "USA" } });
    expect(badCountry.status).toBe(422);
    expect(badCountry.body.errors).toEqual({ "custom_address.country": ["must be a two-letter country code"] });
    const typo = await clerk.api.patch(`/orders/${id}`, { custom_address: { ...address, street: "x" } });
    expect(typo.status).toBe(422);
    const cleared = await clerk.api.patch(`/orders/${id}`, { custom_address: null });
    expect(cleared.status, cleared.text).toBe(200);
    expect(cleared.body.data[0]).toMatchObject({ use_custom_address: false, custom_address: null });
    expect(cleared.body.data[0].invoice_data.header_left.shipping_address).toMatchObject({ name_line: "John Doe" });
    const none = await clerk.api.patch(`/orders/${id}`, { use_custom_address: true, custom_address: null });
    expect(none.status).toBe(400);
    expect(none.body.detail).toBe("The field 'custom_address' is required");
  });

  test("404, 401 and 403", async () => {
    expect((await clerk.api.patch("/orders/999999", { status: "finished" })).status).toBe(404);
    const { id } = await newOrder();
    expect((await auctionAnon(app).patch(`/orders/${id}`, { body: { status: "finished" } })).status).toBe(401);
    expect((await viewer.api.patch(`/orders/${id}`, { status: "finished" })).status).toBe(403);
  });
});

describe("GET /orders (datatable)", () => {
  test("the list shape and every documented filter", async () => {
    const w = await buyerWorld(app, 3);
    const term = await chargeTerm(app);
    const big = (await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), items: ids(w.items).slice(0, 2) })).body.data[0];
    const small = (await clerk.api.post("/orders", { type: "bidder", sale: String(w.sale.id), owner: String(w.buyer.id), status: "in_process", items: ids(w.items).slice(2) })).body.data[0];
    const transport = (await clerk.api.post("/orders", { type: "transport_invoice", sale: String(w.sale.id), owner: String(w.buyer.id), additional_charges: [{ term: String(term.id) }] })).body.data[0];
    await app.services.db.auctionOrder.update({ where: { id: Number(small.id) }, data: { paymentReceived: "50.00" } });
    const sale = `filter[sale]=${w.sale.id}`;

    const all = await viewer.api.get(`/orders?${sale}`);
    expect(all.status, all.text).toBe(200);
    expect(all.body.count).toBe(3);
    // default sort: newest number first
    expect(all.body.data.map((o: any) => o.id)).toEqual([transport.id, small.id, big.id]);
    expect(Object.keys(all.body.data[0]).sort()).toEqual(LIST_KEYS);

    const q = async (query: string) => (await viewer.api.get(`/orders?${sale}&${query}`)).body;
    const idsOf = (body: any) => body.data.map((o: any) => o.id).sort();
    expect(idsOf(await q("filter[type]=bidder"))).toEqual([big.id, small.id].sort());
    expect(idsOf(await q("filter[status]=in_process"))).toEqual([small.id]);
    expect(idsOf(await q(`filter[owner]=${w.buyer.id}&filter[type]=transport_invoice`))).toEqual([transport.id]);
    expect(idsOf(await q(`filter[order_id]=${big.order_id}`))).toEqual([big.id]);
    expect(idsOf(await q(`filter[customer_number]=${w.buyer.customerNumber}`))).toHaveLength(3);
    expect(idsOf(await q(`filter[customer_number]=C0`))).toEqual([]);
    // big: 200 + 40 + 4 = 244; small: 122; transport: 25 + 5.25
    expect(idsOf(await q("filter[total_invoice][value][from]=100&filter[total_invoice][value][to]=200"))).toEqual([small.id]);
    expect(idsOf(await q("filter[total_invoice][value][from]=200"))).toEqual([big.id]);
    expect(idsOf(await q("filter[payment_received][value][from]=10"))).toEqual([small.id]);
    expect(idsOf(await q(`filter[bidder_ids]=${w.paddle}`))).toHaveLength(3);
    expect(idsOf(await q("filter[bidder_ids]=nope"))).toEqual([]);
    expect(idsOf(await q(`filter[payment_type_letter]=${w.pay.letter}`))).toHaveLength(3);
    expect(idsOf(await q(`filter[sale_name]=${encodeURIComponent(w.sale.label.slice(2, 10))}`))).toHaveLength(3);
    expect(idsOf(await q(`filter[sale_name][value]=${encodeURIComponent("^" + w.sale.label.slice(0, 4) + ".*")}&filter[sale_name][operator]=REGEXP`))).toHaveLength(3);
    expect(idsOf(await q("filter[sale_name]=zz-no-such-sale"))).toEqual([]);
    expect(idsOf(await q("filter[shipping_weight][value][from]=0.8&filter[shipping_weight][value][to]=1.2"))).toEqual([big.id]);
    expect(idsOf(await q(`filter[created][value][from]=${today()}`))).toHaveLength(3);

    const sorted = await q("sort=grand_total&fields=id,grand_total");
    expect(sorted.data.map((o: any) => o.id)).toEqual([transport.id, small.id, big.id]);
    expect(Object.keys(sorted.data[0]).sort()).toEqual(["grand_total", "id"]);
    expect((await q("sort=-amount_due")).data.map((o: any) => o.id)).toEqual([big.id, small.id, transport.id]);
    expect((await q("sort=order_id&range=1&page=1")).data.map((o: any) => o.id)).toEqual([small.id]);
    expect((await q(`global_search=${w.buyer.lastName}`)).count).toBe(3);

    for (const bad of ["filter[type]=bogus", "filter[nope]=1", "sort=-nope", "filter[total_invoice][value][from]=abc", "filter[order_id]=x"]) {
      expect((await viewer.api.get(`/orders?${bad}`)).status, bad).toBe(400);
    }
    expect((await auctionAnon(app).get("/orders")).status).toBe(401);
  });

  test("the same number of SQL statements for 5 and for 50 orders (REST and GraphQL)", async () => {
    const seed = async (count: number) => {
      const sale = await auctionSale(app);
      const term = await chargeTerm(app);
      const clients = [await auctionClient(app), await auctionClient(app), await auctionClient(app)];
      const db = app.services.db;
      const last = await db.auctionItem.aggregate({ where: { saleId: sale.id }, _max: { position: true } });
      const start = (last._max.position ?? 0) + 1;
      await db.auctionItem.createMany({ data: Array.from({ length: count * 2 }, (_, i) => ({ saleId: sale.id, position: start + i, lot: String(start + i), status: "sold" as const, hammerPrice: "50.00" })) });
      const items = await db.auctionItem.findMany({ where: { saleId: sale.id }, orderBy: { position: "asc" } });
      for (let i = 0; i < count; i++) {
        const order = await auctionOrder(app, { ownerId: clients[i % 3]!.id, saleId: sale.id, itemIds: [items[2 * i]!.id, items[2 * i + 1]!.id] });
        await db.auctionOrderCharge.create({ data: { orderId: order.id, termId: term.id, amount: "5.00" } });
      }
      return sale.id;
    };
    const [small, large] = [await seed(5), await seed(50)];
    const statements = async (saleId: number) => {
      const before = app.counter.count;
      const res = await viewer.api.get(`/orders?filter[sale]=${saleId}&range=100`);
      const one = await gql(app.url, `query($f: AuctionOrderFilter) { auctionOrders(filter: $f, range: 100) { count data {
        id owner { id philaworksplaceId } lines { item { lot } hammerPrice } additionalCharges { term { label } } totals { grandTotal } invoiceData } } }`,
      { f: { sale: { eq: String(saleId) } } }, viewer.token);
      expect(one.errors).toBeUndefined();
      return { rows: res.body.data.length, gqlRows: one.data.auctionOrders.data.length, sql: app.counter.count - before };
    };
    const s = await statements(small);
    const l = await statements(large);
    expect([s.rows, s.gqlRows, l.rows, l.gqlRows]).toEqual([5, 5, 50, 50]);
    expect(l.sql).toBe(s.sql);
  });

  test("GraphQL: typed filters and the order's relations", async () => {
    const w = await buyerWorld(app, 2);
    const order = await auctionOrder(app, { ownerId: w.buyer.id, saleId: w.sale.id, itemIds: w.items.map((i) => i.id), hammer: "80.00" });
    const r = await gql(app.url, `query($f: AuctionOrderFilter) { auctionOrders(filter: $f, sort: [{field: orderId, desc: true}]) { count data {
      id orderId owner { id email } sale { id label } lines { item { id lot } hammerPrice commission } totals { subtotal commission grandTotal } } } }`,
    { f: { owner: { eq: String(w.buyer.id) }, type: { in: ["bidder"] } } }, viewer.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionOrders.count).toBe(1);
    expect(r.data.auctionOrders.data[0]).toMatchObject({
      id: String(order.id), orderId: String(order.orderNumber), owner: { id: String(w.buyer.id), email: w.buyer.email },
      lines: [{ item: { id: String(w.items[0]!.id) }, hammerPrice: "80.00", commission: "16.00" }, { item: { id: String(w.items[1]!.id) } }],
      totals: { subtotal: "160.00", commission: "32.00", grandTotal: "192.00" },
    });
  });
});
