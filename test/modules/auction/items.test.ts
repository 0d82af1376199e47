import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionSale } from "../../support/auction-data.ts";
import { auctionCategory, auctionItemDimension, auctionItemImage, sellItem } from "../../support/auction-items-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  viewer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((i) => i.id);

describe("GET /datatable-items", () => {
  test("the spec's item shape, snake_case, with sale, consignment, category, winner, images and dimensions", async () => {
    const sale = await auctionSale(app, { label: "Summer Auction 2025" });
    const owner = await auctionClient(app);
    const buyer = await auctionClient(app, { firstName: "John", lastName: "Doe" });
    const consignment = await auctionConsignment(app, sale.id, owner.id, { symbol: "A", subSymbol: "1" });
    const category = await auctionCategory(app, "Ceramics");
    const [item] = await auctionItems(app, sale.id, 1, {
      lot: "1234", description: "Beautiful antique vase", consignmentId: consignment.id, categoryId: category.id, reservePrice: "80.00",
    });
    await sellItem(app, item!.id, buyer.id, "250.00", "12345");
    const file = await auctionItemImage(app, item!.id);
    await auctionItemDimension(app, item!.id, { height: "30", width: "15", depth: null });

    const res = await viewer.api.get(`/datatable-items?filter[sale]=${sale.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(1);
    const got = res.body.data[0];
    expect(Object.keys(got).sort()).toEqual([
      "category", "consignment", "created", "description", "dimensions", "estimate_high", "estimate_low", "hammer_price", "id",
      "images", "label", "lot", "reserve_price", "sale", "status", "updated", "winner",
    ]);
    expect(got).toMatchObject({
      id: String(item!.id), label: "Item #1234", lot: "1234", description: "Beautiful antique vase",
      sale: { id: String(sale.id), label: "Summer Auction 2025" },
      consignment: { id: String(consignment.id), symbol: "A", sub_symbol: "1" },
      category: { id: String(category.id), label: "Ceramics" },
      estimate_low: "100.00", estimate_high: "200.00", reserve_price: "80.00", hammer_price: "250.00", status: "sold",
      winner: { id: String(buyer.id), label: "John Doe", bidder_number: "12345" },
      dimensions: { height: "30cm", width: "15cm", depth: null },
    });
    expect(got.images).toEqual([{
      id: String(file.id),
      url: `http://localhost:4000/auction/api/v1.0/get-file/${file.id}?download=1`,
      thumbnail: `http://localhost:4000/auction/api/v1.0/get-file/${file.id}?download=1&style=thumbnail`,
    }]);
    expect(got.created).toMatch(/Z$/);
  });

  test("items without winner, consignment, category or dimensions show nulls", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1, { lot: null });
    const res = await viewer.api.get(`/datatable-items/${item!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({
      label: `Item (id ${item!.id})`, lot: null, winner: null, consignment: null, category: null, dimensions: null, images: [],
      hammer_price: null, reserve_price: null, status: "available",
    });
  });

  test("filters: status, category, consignment, lot, description regex, amount ranges, consignor symbol, winner, IN", async () => {
    const sale = await auctionSale(app);
    const owner = await auctionClient(app);
    const buyer = await auctionClient(app);
    const a = await auctionConsignment(app, sale.id, owner.id, { symbol: "ZQA" });
    const b = await auctionConsignment(app, sale.id, owner.id, { symbol: "ZQB" });
    const cat = await auctionCategory(app);
    const items = await auctionItems(app, sale.id, 4);
    const db = app.services.db;
    await db.auctionItem.update({ where: { id: items[0]!.id }, data: { consignmentId: a.id, categoryId: cat.id, description: "Ming vase, blue", estimateLow: "50.00" } });
    await db.auctionItem.update({ where: { id: items[1]!.id }, data: { consignmentId: b.id, description: "Tang horse", estimateHigh: "900.00" } });
    await db.auctionItem.update({ where: { id: items[2]!.id }, data: { status: "withdrawn", lot: "77B" } });
    await sellItem(app, items[3]!.id, buyer.id, "500.00");
    const q = (query: string) => viewer.api.get(`/datatable-items?filter[sale]=${sale.id}&${query}`);

    expect(ids(await q("filter[status]=withdrawn"))).toEqual([String(items[2]!.id)]);
    expect(ids(await q(`filter[category]=${cat.id}`))).toEqual([String(items[0]!.id)]);
    expect(ids(await q(`filter[consignment]=${b.id}`))).toEqual([String(items[1]!.id)]);
    expect(ids(await q("filter[lot]=77b"))).toEqual([String(items[2]!.id)]);
    expect(ids(await q("filter[description][value]=^(ming|tang) &filter[description][operator]=REGEXP"))).toEqual([items[0]!.id, items[1]!.id].map(String));
    expect(ids(await q("filter[estimate_low][value][from]=0&filter[estimate_low][value][to]=60"))).toEqual([String(items[0]!.id)]);
    expect(ids(await q("filter[estimate_high][value][from]=500"))).toEqual([String(items[1]!.id)]);
    expect(ids(await q("filter[hammer_price][value][from]=100&filter[hammer_price][value][to]=1000"))).toEqual([String(items[3]!.id)]);
    expect(ids(await q("filter[consignor_symbol]=zqb"))).toEqual([String(items[1]!.id)]);
    expect(ids(await q("filter[consignor_symbol][value]=^ZQ[AB]$&filter[consignor_symbol][operator]=REGEXP&sort=-id"))).toEqual([items[1]!.id, items[0]!.id].map(String));
    expect(ids(await q(`filter[winner]=${buyer.id}`))).toEqual([String(items[3]!.id)]);
    expect(ids(await q(`filter[id][value][0]=${items[0]!.id}&filter[id][value][1]=${items[2]!.id}&filter[id][operator]=IN`))).toEqual([items[0]!.id, items[2]!.id].map(String));
    expect((await q("filter[status]=sold&filter[hammer_price][value][from]=100&sort=-hammer_price&range=50")).body.count).toBe(1);

    for (const bad of ["filter[nope]=1", "filter[status]=lost", "sort=-nope", "filter[hammer_price][value][from]=cheap", "fields=id,nope"]) {
      const res = await q(bad);
      expect(res.status, bad).toBe(400);
    }
  });

  test("sort=lot is numeric-aware (2 < 10 < 10A), items without a lot last; other sorts and paging", async () => {
    const sale = await auctionSale(app);
    const items = await auctionItems(app, sale.id, 5);
    const lots = ["10", "2", "10A", null, "1"];
    const edit = await admin.api.patch("/items-bulk-edit", { items: items.map((i, n) => ({ id: String(i.id), lot: lots[n] })) });
    expect(edit.status).toBe(200);
    const byLot = await viewer.api.get(`/datatable-items?filter[sale]=${sale.id}&sort=lot&fields=lot`);
    expect(byLot.body.data.map((i: { lot: string | null }) => i.lot)).toEqual(["1", "2", "10", "10A", null]);
    const desc = await viewer.api.get(`/datatable-items?filter[sale]=${sale.id}&sort=-lot&fields=lot`);
    expect(desc.body.data.map((i: { lot: string | null }) => i.lot)).toEqual(["10A", "10", "2", "1", null]);
    const byPosition = await viewer.api.get(`/datatable-items?filter[sale]=${sale.id}&sort=-position&range=2&page=1`);
    expect(byPosition.body).toMatchObject({ count: 5 });
    expect(ids(byPosition)).toEqual([items[2]!.id, items[1]!.id].map(String));
  });

  test("no N+1: a page of 50 items costs the same queries as a page of 5", async () => {
    const sale = await auctionSale(app);
    const owner = await auctionClient(app);
    const buyer = await auctionClient(app);
    const consignment = await auctionConsignment(app, sale.id, owner.id);
    const category = await auctionCategory(app);
    const items = await auctionItems(app, sale.id, 50, { consignmentId: consignment.id, categoryId: category.id });
    for (const item of items) {
      await auctionItemImage(app, item.id);
      await auctionItemDimension(app, item.id);
      await sellItem(app, item.id, buyer.id);
    }
    const cost = async (range: number) => {
      const before = app.counter.count;
      const res = await viewer.api.get(`/datatable-items?filter[sale]=${sale.id}&range=${range}`);
      expect(res.body.data).toHaveLength(range);
      expect(res.body.data[0].images).toHaveLength(1);
      return app.counter.count - before;
    };
    await cost(5); // warm-up (token check caches, prepared statements)
    const small = await cost(5);
    expect(small).toBeGreaterThan(2);
    expect(await cost(50)).toBe(small);
  });

  test("401 without a token; 404 for an unknown item", async () => {
    expect((await auctionAnon(app).get("/datatable-items")).status).toBe(401);
    const res = await viewer.api.get("/datatable-items/999999");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ title: "Resource not found", status: 404, detail: "Item with ID 999999 does not exist" });
  });

  test("GraphQL: typed filters and the item's fields", async () => {
    const sale = await auctionSale(app);
    await auctionItems(app, sale.id, 3);
    const r = await gql(app.url, `query($f: AuctionItemFilter) { auctionItems(filter: $f, sort: [{field: lot, desc: true}]) { count data { id lot label status sale { id } } } }`,
      { f: { sale: { eq: String(sale.id) }, status: { in: ["available"] } } }, viewer.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionItems.count).toBe(3);
    expect(r.data.auctionItems.data[0]).toMatchObject({ status: "available", sale: { id: String(sale.id) } });
  });
});

describe("GET /items-list and /items-json", () => {
  test("items-list: the short form of a sale's items in catalogue order", async () => {
    const sale = await auctionSale(app);
    const items = await auctionItems(app, sale.id, 3);
    const res = await viewer.api.get(`/items-list?filter[sale]=${sale.id}&range=2`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(3);
    expect(res.body.data).toEqual(items.slice(0, 2).map((i) => ({ id: String(i.id), label: `Item #${i.lot}`, lot: i.lot, status: "available", hammer_price: null })));
    expect((await auctionAnon(app).get(`/items-list?filter[sale]=${sale.id}`)).status).toBe(401);
  });
  test("items-json: flat records with sparse fieldsets", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1, { description: "A clock" });
    const res = await viewer.api.get(`/items-json?filter[sale]=${sale.id}&fields=id,lot,description,estimate_low,estimate_high`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ id: String(item!.id), lot: item!.lot, description: "A clock", estimate_low: "100.00", estimate_high: "200.00" }]);
    const full = await viewer.api.get(`/items-json?filter[sale]=${sale.id}`);
    expect(full.body.data[0]).toMatchObject({ position: item!.position, reserve_price: null, sale: { id: String(sale.id) } });
  });
});

describe("GET /items-public (anonymous)", () => {
  test("only published or closed sales, withdrawn hidden, never reserve, winner or consignor", async () => {
    const published = await auctionSale(app, { status: "published" });
    const closed = await auctionSale(app, { status: "closed" });
    const draft = await auctionSale(app, { status: "draft" });
    const owner = await auctionClient(app);
    const buyer = await auctionClient(app);
    const consignment = await auctionConsignment(app, published.id, owner.id);
    const [shown, withdrawn] = await auctionItems(app, published.id, 2, { consignmentId: consignment.id, reservePrice: "90.00" });
    await app.services.db.auctionItem.update({ where: { id: withdrawn!.id }, data: { status: "withdrawn" } });
    const [sold] = await auctionItems(app, closed.id, 1);
    await sellItem(app, sold!.id, buyer.id, "300.00");
    await auctionItems(app, draft.id, 1);

    const anon = auctionAnon(app);
    const res = await anon.get(`/items-public?filter[sale]=${published.id}&range=100&sort=lot`);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([String(shown!.id)]);
    const keys = Object.keys(res.body.data[0]);
    for (const secret of ["reserve_price", "winner", "consignment"]) expect(keys).not.toContain(secret);
    expect(res.body.data[0]).toMatchObject({ label: `Item #${shown!.lot}`, estimate_low: "100.00", sale: { id: String(published.id) } });

    const closedRes = await anon.get(`/items-public?filter[sale]=${closed.id}`);
    expect(closedRes.body.data).toEqual([expect.objectContaining({ id: String(sold!.id), status: "sold", hammer_price: "300.00" })]);
    expect((await anon.get(`/items-public?filter[sale]=${draft.id}`)).body).toEqual({ data: [], count: 0 });
    // nothing secret can be asked for or filtered on
    expect((await anon.get(`/items-public?filter[sale]=${published.id}&fields=id,reserve_price`)).status).toBe(400);
    expect((await anon.get(`/items-public?filter[winner]=${buyer.id}`)).status).toBe(400);
    const r = await gql(app.url, `{ auctionPublicItems { data { id reservePrice } } }`);
    expect(r.errors?.[0]?.message).toMatch(/Cannot query field "reservePrice"/);
  });
});

describe("GET /items-lots", () => {
  test("a sale's lots by position; the sale is required (400); unknown sale 404", async () => {
    const sale = await auctionSale(app);
    const items = await auctionItems(app, sale.id, 3);
    const res = await viewer.api.get(`/items-lots?sale=${sale.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(items.map((i) => ({ id: String(i.id), lot: i.lot, position: i.position })));
    expect(res.body.count).toBe(3);
    const missing = await viewer.api.get("/items-lots");
    expect(missing.status).toBe(400);
    expect((await viewer.api.get("/items-lots?sale=999999")).status).toBe(404);
  });
});

describe("GET /item-dimensions", () => {
  test("the rows of an item; none for an item without one", async () => {
    const sale = await auctionSale(app);
    const [withRow, without] = await auctionItems(app, sale.id, 2);
    const dim = await auctionItemDimension(app, withRow!.id);
    const res = await viewer.api.get(`/item-dimensions?filter[item]=${withRow!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ id: String(dim.id), item: String(withRow!.id), height: "30", width: "15", depth: "15.5", weight: "2.5", unit: "cm" }]);
    expect((await viewer.api.get(`/item-dimensions?filter[item]=${without!.id}`)).body).toEqual({ data: [], count: 0 });
    expect((await auctionAnon(app).get("/item-dimensions")).status).toBe(401);
  });
});
