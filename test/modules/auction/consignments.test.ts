import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";
import { recalcOrder } from "../../../src/modules/auction/orders/order-totals.ts";

let app: TestApp;
let clerk: AuctionStaffFixture;
let photographer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  clerk = await auctionStaff(app, ["clerk"]);
  photographer = await auctionStaff(app, ["photographer"]);
});
afterAll(() => app?.close());

const setItem = (id: number, data: Record<string, unknown>) => app.services.db.auctionItem.update({ where: { id }, data });
const label = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;
/** a payment on an order, totals recomputed as the transaction service does */
async function pay(orderId: number, clientId: number, amount: string) {
  await app.services.db.$transaction(async (tx) => {
    await tx.auctionTransaction.create({ data: { orderId, clientId, transactionType: "Payment", amount, transactionDate: new Date() } });
    await recalcOrder(tx, orderId);
  });
}

describe("GET /datatable-consignments", () => {
  test("the spec's row shape with item count and hammer total; filters and sort", async () => {
    const sale = await auctionSale(app);
    const owner = await auctionClient(app);
    const other = await auctionClient(app);
    const a = await auctionConsignment(app, sale.id, owner.id, { symbol: "A", subSymbol: "1", paymentInstructions: "Wire transfer to account..." });
    const b = await auctionConsignment(app, sale.id, other.id, { symbol: "B", subSymbol: "", consignorCommission: "12.50", status: "closed" });
    const items = await auctionItems(app, sale.id, 4, { consignmentId: a.id });
    await setItem(items[0]!.id, { status: "sold", hammerPrice: "1200.00" });
    await setItem(items[1]!.id, { status: "sold", hammerPrice: "300.50" });
    await setItem(items[2]!.id, { status: "unsold", hammerPrice: "80.00" });
    await setItem(items[3]!.id, { status: "withdrawn" });

    const res = await clerk.api.get(`/datatable-consignments?filter[sale]=${sale.id}&sort=symbol&range=50`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.data[0]).toEqual({
      id: String(a.id), label: `Consignment #${a.number}`, symbol: "A", sub_symbol: "1",
      sale: { id: String(sale.id), label: sale.label }, owner: { id: String(owner.id), label: label(owner) },
      consignor_commission: "15.00", payment_instructions: "Wire transfer to account...",
      item_count: 3, total_hammer_price: "1500.50", status: "active",
    });
    expect(res.body.data[1]).toMatchObject({ id: String(b.id), consignor_commission: "12.50", item_count: 0, total_hammer_price: "0.00", status: "closed" });

    const q = (f: string) => clerk.api.get(`/datatable-consignments?filter[sale]=${sale.id}&${f}`).then((r) => r.body.data.map((c: any) => c.id));
    expect(await q(`filter[owner]=${other.id}`)).toEqual([String(b.id)]);
    expect(await q("filter[status]=active")).toEqual([String(a.id)]);
    expect(await q("filter[symbol]=b")).toEqual([String(b.id)]);
    expect(await q("filter[symbol][value]=^[AB]$&filter[symbol][operator]=REGEXP&sort=-symbol")).toEqual([String(b.id), String(a.id)]);
    expect((await clerk.api.get("/datatable-consignments?filter[status]=open")).status).toBe(400);
    expect((await auctionAnon(app).get("/datatable-consignments")).status).toBe(401);
  });

  test("figures cost the same queries for 3 or 30 consignments (no N+1)", async () => {
    const count = async (n: number) => {
      const sale = await auctionSale(app);
      const owner = await auctionClient(app);
      for (let i = 0; i < n; i++) {
        const c = await auctionConsignment(app, sale.id, owner.id, { symbol: `S${i}` });
        await app.services.db.auctionItem.create({ data: { saleId: sale.id, consignmentId: c.id, position: i + 1, status: "sold", hammerPrice: "10.00" } });
      }
      const before = app.counter.count;
      const res = await clerk.api.get(`/datatable-consignments?filter[sale]=${sale.id}&range=100`);
      expect(res.body.data).toHaveLength(n);
      expect(res.body.data.every((c: any) => c.item_count === 1 && c.total_hammer_price === "10.00")).toBe(true);
      return app.counter.count - before;
    };
    expect(await count(30)).toBe(await count(3));
  });
});

describe("GET /datatable-consignment-statements", () => {
  test("consignor orders with their consignment, payouts and what buyers paid", async () => {
    const sale = await auctionSale(app);
    const alice = await auctionClient(app);
    const bob = await auctionClient(app);
    const buyerX = await auctionClient(app);
    const buyerY = await auctionClient(app);
    const ca = await auctionConsignment(app, sale.id, alice.id);
    const cb = await auctionConsignment(app, sale.id, bob.id, { symbol: "B" });
    const aItems = await auctionItems(app, sale.id, 3, { consignmentId: ca.id, status: "sold", hammerPrice: "1000.00" });
    const bItems = await auctionItems(app, sale.id, 1, { consignmentId: cb.id, status: "sold", hammerPrice: "400.00" });
    // buyer X paid in full for two of Alice's items, buyer Y owes for the third
    const x = await auctionOrder(app, { ownerId: buyerX.id, saleId: sale.id, itemIds: [aItems[0]!.id, aItems[1]!.id], hammer: "1000.00" });
    await pay(x.id, buyerX.id, x.grandTotal.toFixed(2));
    const y = await auctionOrder(app, { ownerId: buyerY.id, saleId: sale.id, itemIds: [aItems[2]!.id], hammer: "1000.00" });
    await pay(y.id, buyerY.id, "100.00");
    // a canceled invoice that was paid does not count
    const canceled = await auctionOrder(app, { ownerId: buyerY.id, saleId: sale.id, itemIds: [bItems[0]!.id], hammer: "400.00", status: "canceled" });
    await pay(canceled.id, buyerY.id, canceled.grandTotal.toFixed(2));
    const sa = await auctionOrder(app, { ownerId: alice.id, saleId: sale.id, type: "consignor", itemIds: aItems.map((i) => i.id), hammer: "1000.00", premiumRate: 15 });
    await pay(sa.id, alice.id, "500.00");
    const sb = await auctionOrder(app, { ownerId: bob.id, saleId: sale.id, type: "consignor", itemIds: [bItems[0]!.id], hammer: "400.00", premiumRate: 15, status: "finished" });

    const res = await clerk.api.get(`/datatable-consignment-statements?filter[sale]=${sale.id}&range=50`);
    expect(res.status).toBe(200);
    const total = await app.services.db.auctionOrder.count({ where: { type: "consignor" } });
    expect(res.body).toMatchObject({ count: 2, recordsFiltered: 2, recordsTotal: total });
    expect(Object.keys(res.body).sort()).toEqual(["count", "data", "recordsFiltered", "recordsTotal"]);
    // default sort: newest statement number first
    expect(res.body.data.map((s: any) => s.order_id)).toEqual([String(sb.orderNumber), String(sa.orderNumber)]);
    expect(res.body.data[1]).toEqual({
      consignment_id: String(ca.id), customer_number: alice.customerNumber, consignor_label: label(alice),
      order_id: String(sa.orderNumber), status: "new", owner_email: alice.email,
      total: "2550.00", actually_paid: "500.00", received_from_buyers: "2000.00",
    });
    expect(res.body.data[0]).toMatchObject({ consignment_id: String(cb.id), status: "finished", total: "340.00", actually_paid: "0.00", received_from_buyers: "0.00" });

    const q = (f: string) => clerk.api.get(`/datatable-consignment-statements?filter[sale]=${sale.id}&${f}`);
    expect((await q(`filter[owner]=${bob.id}`)).body.data.map((s: any) => s.order_id)).toEqual([String(sb.orderNumber)]);
    expect((await q("filter[status]=finished")).body.count).toBe(1);
    const both = await q("filter[status][value][0]=new&filter[status][value][1]=finished&filter[status][operator]=IN");
    expect(both.body).toMatchObject({ count: 2, recordsFiltered: 2 });
    expect((await q("filter[status][value][0]=locked&filter[status][value][1]=canceled&filter[status][operator]=IN")).body.count).toBe(0);
    const digits = alice.customerNumber.replace(/^C/, "");
    const byNumber = await clerk.api.get(`/datatable-consignment-statements?filter[customer_number]=${digits}&range=50`);
    expect(byNumber.body.data.map((s: any) => s.order_id)).toEqual([String(sa.orderNumber)]);
    const regex = await clerk.api.get(`/datatable-consignment-statements?filter[customer_number][value]=^C${digits}$&filter[customer_number][operator]=REGEXP`);
    expect(regex.body).toMatchObject({ count: 1, recordsFiltered: 1, recordsTotal: total });
    expect((await q(`filter[consignment]=${cb.id}`)).body.data.map((s: any) => s.order_id)).toEqual([String(sb.orderNumber)]);
    expect((await q("fields=order_id,total")).body.data[0]).toEqual({ order_id: String(sb.orderNumber), total: "340.00" });
  });

  test("bidder invoices are not statements; 401 without a token; GraphQL", async () => {
    const sale = await auctionSale(app);
    const c = await auctionClient(app);
    await auctionOrder(app, { ownerId: c.id, saleId: sale.id });
    const res = await clerk.api.get(`/datatable-consignment-statements?filter[sale]=${sale.id}`);
    expect(res.body).toMatchObject({ data: [], count: 0, recordsFiltered: 0 });
    expect((await auctionAnon(app).get("/datatable-consignment-statements")).status).toBe(401);
    const r = await gql(app.url, `query($f: AuctionConsignmentStatementFilter) { auctionConsignmentStatements(filter: $f) { recordsFiltered recordsTotal data { orderId } } }`,
      { f: { sale: { eq: String(sale.id) } } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionConsignmentStatements).toMatchObject({ recordsFiltered: 0, data: [] });
  });
});

describe("GET /consignments-underbids-inquiries", () => {
  test("consigned items unsold, passed or sold below reserve", async () => {
    const sale = await auctionSale(app);
    const owner = await auctionClient(app);
    const c1 = await auctionConsignment(app, sale.id, owner.id);
    const c2 = await auctionConsignment(app, sale.id, owner.id, { symbol: "B" });
    const items = await auctionItems(app, sale.id, 6, { consignmentId: c1.id, reservePrice: "150.00" });
    await setItem(items[0]!.id, { status: "sold", hammerPrice: "200.00" }); // above reserve: not listed
    await setItem(items[1]!.id, { status: "sold", hammerPrice: "120.00" }); // below reserve
    await setItem(items[2]!.id, { status: "unsold", hammerPrice: "90.00" });
    await setItem(items[3]!.id, { status: "passed", reservePrice: null });
    await setItem(items[4]!.id, { status: "withdrawn" });
    // items[5] still available: not listed
    const [c2item] = await auctionItems(app, sale.id, 1, { consignmentId: c2.id, status: "unsold" });
    await auctionItems(app, sale.id, 1, { status: "unsold" }); // not consigned: not listed

    const res = await clerk.api.get(`/consignments-underbids-inquiries?filter[sale]=${sale.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(4);
    expect(res.body.data.map((i: any) => [i.id, i.reason])).toEqual([
      [String(items[1]!.id), "below_reserve"], [String(items[2]!.id), "unsold"], [String(items[3]!.id), "passed"], [String(c2item!.id), "unsold"],
    ]);
    expect(res.body.data[0]).toEqual({
      id: String(items[1]!.id), lot: items[1]!.lot, description: items[1]!.description, status: "sold", reason: "below_reserve",
      sale: { id: String(sale.id), label: sale.label }, consignment: { id: String(c1.id), label: `Consignment #${c1.number}` },
      consignor: { id: String(owner.id), label: label(owner) },
      reserve_price: "150.00", hammer_price: "120.00", estimate_low: "100.00", estimate_high: "200.00", shortfall: "30.00",
    });
    expect(res.body.data[2]).toMatchObject({ reserve_price: null, hammer_price: null, shortfall: null });

    const one = await clerk.api.get(`/consignments-underbids-inquiries?filter[sale]=${sale.id}&filter[consignment]=${c2.id}`);
    expect(one.body.data.map((i: any) => i.id)).toEqual([String(c2item!.id)]);
    const sorted = await clerk.api.get(`/consignments-underbids-inquiries?filter[consignment]=${c1.id}&sort=-hammer_price&fields=id,hammer_price`);
    expect(sorted.body.data[0]).toEqual({ id: String(items[1]!.id), hammer_price: "120.00" });
    expect((await auctionAnon(app).get("/consignments-underbids-inquiries")).status).toBe(401);
  });
});

describe("GET /control-list-consigner", () => {
  test("per consignor of the sale: consignments, items by status, hammer, commission, net due", async () => {
    const sale = await auctionSale(app);
    const later = await auctionSale(app);
    const alice = await auctionClient(app, { lastName: "Aardvark" });
    const bob = await auctionClient(app, { lastName: "Zebra" });
    const a1 = await auctionConsignment(app, sale.id, alice.id, { symbol: "A", subSymbol: "1", consignorCommission: "15.00" });
    const a2 = await auctionConsignment(app, sale.id, alice.id, { symbol: "A", subSymbol: "2", consignorCommission: "10.00" });
    const b1 = await auctionConsignment(app, sale.id, bob.id, { symbol: "B", subSymbol: "", consignorCommission: "20.00" });
    const elsewhere = await auctionConsignment(app, later.id, alice.id);
    const ai = await auctionItems(app, sale.id, 5, { consignmentId: a1.id });
    await setItem(ai[0]!.id, { status: "sold", hammerPrice: "1000.00" });
    await setItem(ai[1]!.id, { status: "sold", hammerPrice: "333.33" });
    await setItem(ai[2]!.id, { status: "unsold" });
    await setItem(ai[3]!.id, { status: "withdrawn" });
    // ai[4] available
    const [a2item] = await auctionItems(app, sale.id, 1, { consignmentId: a2.id, status: "sold", hammerPrice: "500.00" });
    await auctionItems(app, sale.id, 2, { consignmentId: b1.id, status: "passed" });
    await auctionItems(app, later.id, 1, { consignmentId: elsewhere.id, status: "sold", hammerPrice: "9999.00" });
    expect(a2item).toBeDefined();

    const res = await clerk.api.get(`/control-list-consigner?filter[sale]=${sale.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.data[0]).toEqual({
      consignor: { id: String(alice.id), label: label(alice) }, customer_number: alice.customerNumber, email: alice.email,
      consignments: [
        { id: String(a1.id), label: `Consignment #${a1.number}`, symbol: "A", sub_symbol: "1" },
        { id: String(a2.id), label: `Consignment #${a2.number}`, symbol: "A", sub_symbol: "2" },
      ],
      total_items: 5, sold_items: 3, unsold_items: 1, available_items: 1, withdrawn_items: 1,
      // 15% of 1333.33 = 200.00 (199.9995 rounded), 10% of 500 = 50.00
      total_hammer_price: "1833.33", commission_amount: "250.00", net_due: "1583.33",
    });
    expect(res.body.data[1]).toMatchObject({
      consignor: { id: String(bob.id) }, total_items: 2, sold_items: 0, unsold_items: 2, total_hammer_price: "0.00", commission_amount: "0.00", net_due: "0.00",
    });
    const desc = await clerk.api.get(`/control-list-consigner?filter[sale]=${sale.id}&sort=-consignor&fields=consignor`);
    expect(desc.body.data).toEqual([{ consignor: { id: String(bob.id), label: label(bob) } }, { consignor: { id: String(alice.id), label: label(alice) } }]);
    const inLater = await clerk.api.get(`/control-list-consigner?filter[sale]=${later.id}`);
    expect(inLater.body.data).toHaveLength(1);
    expect(inLater.body.data[0]).toMatchObject({ total_hammer_price: "9999.00", commission_amount: "1499.85", net_due: "8499.15" });
  });

  test("filter[sale] is required (400), unknown sale 404, 401 without a token; GraphQL; any staff reads", async () => {
    const res = await clerk.api.get("/control-list-consigner");
    expect(res.status).toBe(400);
    expect(res.body.title).toBe("The field 'filter[sale]' is required");
    expect((await clerk.api.get("/control-list-consigner?filter[sale]=999999")).status).toBe(404);
    expect((await auctionAnon(app).get("/control-list-consigner?filter[sale]=1")).status).toBe(401);
    const sale = await auctionSale(app);
    expect((await photographer.api.get(`/control-list-consigner?filter[sale]=${sale.id}`)).body).toEqual({ data: [], count: 0 });
    const r = await gql(app.url, `query($f: AuctionConsignerControlFilter) { auctionConsignerControlList(filter: $f) { count data { netDue } } }`,
      { f: { sale: { eq: String(sale.id) } } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionConsignerControlList).toEqual({ count: 0, data: [] });
  });
});
