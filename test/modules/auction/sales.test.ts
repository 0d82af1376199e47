import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let clerk: AuctionStaffFixture;
let auctioneer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  clerk = await auctionStaff(app, ["clerk"]);
  auctioneer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const catalog = () => app.services.db.auctionCatalog.create({ data: { label: unique("Catalog") } });
const setItem = (id: number, data: Record<string, unknown>) => app.services.db.auctionItem.update({ where: { id }, data });

describe("GET /datatable-sales", () => {
  test("the spec's row shape with item figures, filtered by catalog, status and date", async () => {
    const cat = await catalog();
    const summer = await auctionSale(app, { catalogId: cat.id, saleDate: new Date("2025-06-15T19:00:00Z"), venue: "Main Auction House" });
    const winter = await auctionSale(app, { catalogId: cat.id, saleDate: new Date("2025-12-01T10:00:00Z"), status: "draft" });
    const owner = await auctionClient(app);
    await auctionConsignment(app, summer.id, owner.id);
    await auctionConsignment(app, summer.id, owner.id, { symbol: "B" });
    const items = await auctionItems(app, summer.id, 4, { estimateLow: "250.00", estimateHigh: "400.00" });
    await setItem(items[0]!.id, { status: "sold", hammerPrice: "1000.00" });
    await setItem(items[1]!.id, { status: "sold", hammerPrice: "500.50" });
    await setItem(items[2]!.id, { status: "unsold", hammerPrice: "90.00" });
    await setItem(items[3]!.id, { status: "withdrawn" });

    const res = await clerk.api.get(`/datatable-sales?filter[catalog]=${cat.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    // default sort: newest sale date first
    expect(res.body.data.map((s: any) => s.id)).toEqual([String(winter.id), String(summer.id)]);
    const row = res.body.data[1];
    expect(Object.keys(row).sort()).toEqual(["catalog", "consignment_count", "created", "id", "item_count", "label", "lots_locked",
      "sale_date", "status", "total_estimates", "total_hammer_price", "venue"]);
    expect(row).toEqual({
      id: String(summer.id), label: summer.label, sale_date: "2025-06-15T19:00:00.000Z", status: "published",
      catalog: { id: String(cat.id), label: cat.label }, item_count: 3, consignment_count: 2,
      total_estimates: "750.00", total_hammer_price: "1500.50", lots_locked: false, venue: "Main Auction House",
      created: expect.stringMatching(/Z$/),
    });
    expect(res.body.data[0]).toMatchObject({ status: "draft", item_count: 0, consignment_count: 0, total_estimates: "0.00", total_hammer_price: "0.00" });

    const published = await clerk.api.get(`/datatable-sales?filter[catalog]=${cat.id}&filter[status]=published`);
    expect(published.body.data.map((s: any) => s.id)).toEqual([String(summer.id)]);
    const june = await clerk.api.get(`/datatable-sales?filter[catalog]=${cat.id}&filter[sale_date][value][from]=2025-06-01&filter[sale_date][value][to]=2025-06-30`);
    expect(june.body.data.map((s: any) => s.id)).toEqual([String(summer.id)]);
    const byLabel = await clerk.api.get(`/datatable-sales?filter[catalog]=${cat.id}&sort=sale_date&fields=id,label`);
    expect(byLabel.body.data).toEqual([{ id: String(summer.id), label: summer.label }, { id: String(winter.id), label: winter.label }]);
    const ids = await clerk.api.get(`/datatable-sales?filter[id][value][0]=${summer.id}&filter[id][operator]=IN`);
    expect(ids.body.count).toBe(1);
  });

  test("figures cost the same queries for 5 or 50 sales (no N+1)", async () => {
    const small = await catalog();
    const big = await catalog();
    const make = async (catalogId: number, n: number) => {
      await app.services.db.auctionSale.createMany({ data: Array.from({ length: n }, (_, i) => ({ label: unique(`S${i}`), saleDate: new Date(), catalogId })) });
      const sales = await app.services.db.auctionSale.findMany({ where: { catalogId }, select: { id: true } });
      await app.services.db.auctionItem.createMany({ data: sales.map((s) => ({ saleId: s.id, position: 1, lot: "1", estimateLow: "10.00", status: "sold" as const, hammerPrice: "20.00" })) });
    };
    await make(small.id, 5);
    await make(big.id, 50);
    const queries = async (catalogId: number) => {
      const before = app.counter.count;
      const res = await clerk.api.get(`/datatable-sales?filter[catalog]=${catalogId}&range=100`);
      expect(res.status).toBe(200);
      expect(res.body.data.every((s: any) => s.item_count === 1 && s.total_hammer_price === "20.00" && s.consignment_count === 0)).toBe(true);
      return { n: app.counter.count - before, rows: res.body.data.length };
    };
    const five = await queries(small.id);
    const fifty = await queries(big.id);
    expect([five.rows, fifty.rows]).toEqual([5, 50]);
    expect(fifty.n).toBe(five.n);
  });

  test("400 on an unknown status or sort; 401 without a token", async () => {
    expect((await clerk.api.get("/datatable-sales?filter[status]=open")).status).toBe(400);
    expect((await clerk.api.get("/datatable-sales?sort=-nope")).status).toBe(400);
    expect((await auctionAnon(app).get("/datatable-sales")).status).toBe(401);
  });
});

describe("GET/PATCH /datatable-sales/:id", () => {
  test("one sale as {data: [sale]}; 404 in the spec's format", async () => {
    const sale = await auctionSale(app, { premiumRate: "22.50" });
    const res = await auctioneer.api.get(`/datatable-sales/${sale.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ id: String(sale.id), label: sale.label, premium_rate: "22.50", tax_rate: "0.00", status: "published", catalog: null });
    const missing = await clerk.api.get("/datatable-sales/999999");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ title: "Resource not found", status: 404, detail: "Sale with ID 999999 does not exist" });
  });

  test("locks lots and edits fields; only the given ones change", async () => {
    const cat = await catalog();
    const sale = await auctionSale(app, { venue: "Hall A" });
    const res = await admin.api.patch(`/datatable-sales/${sale.id}`, { lots_locked: true });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ id: String(sale.id), lots_locked: true, venue: "Hall A", label: sale.label });
    const more = await admin.api.patch(`/datatable-sales/${sale.id}`, {
      lots_locked: "0", label: "Renamed sale", sale_date: "2026-01-10T18:00:00Z", venue: "Hall B", catalog: String(cat.id), premium_rate: "25", tax_rate: "17.5",
    });
    expect(more.status).toBe(200);
    expect(more.body.data[0]).toMatchObject({
      lots_locked: false, label: "Renamed sale", sale_date: "2026-01-10T18:00:00.000Z", venue: "Hall B",
      catalog: { id: String(cat.id), label: cat.label }, premium_rate: "25.00", tax_rate: "17.50",
    });
    const row = await app.services.db.auctionSale.findUniqueOrThrow({ where: { id: sale.id } });
    expect(row).toMatchObject({ lotsLocked: false, venue: "Hall B", catalogId: cat.id });
    expect(row.premiumRate.toFixed(2)).toBe("25.00");
    const detach = await admin.api.patch(`/datatable-sales/${sale.id}`, { catalog: null });
    expect(detach.body.data[0].catalog).toBeNull();
  });

  test("status moves draft → published → closed only; backwards or from closed is 422", async () => {
    const sale = await auctionSale(app, { status: "draft" });
    const skip = await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "closed" });
    expect(skip.status).toBe(422);
    expect(skip.body).toMatchObject({ status: 422, detail: "A draft sale must be published before it is closed" });
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "published" })).body.data[0].status).toBe("published");
    const back = await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "draft" });
    expect(back.status).toBe(422);
    expect(back.body.errors).toEqual({ status: ["cannot go back from published to draft"] });
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "closed" })).body.data[0].status).toBe("closed");
    // the same status again changes nothing and is accepted
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "closed", venue: "After" })).status).toBe(200);
    const reopen = await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "published" });
    expect(reopen.status).toBe(422);
    expect(reopen.body.detail).toBe("A closed sale cannot change its status");
    expect((await app.services.db.auctionSale.findUniqueOrThrow({ where: { id: sale.id } })).status).toBe("closed");
  });

  test("bad values: 422 unknown catalog or rate out of range, 400 unknown status, 404 unknown sale", async () => {
    const sale = await auctionSale(app);
    const cat = await admin.api.patch(`/datatable-sales/${sale.id}`, { catalog: "999999" });
    expect(cat.status).toBe(422);
    expect(cat.body.errors).toEqual({ catalog: ["This catalog does not exist"] });
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, { catalog: "abc" })).status).toBe(422);
    // an empty body changes nothing and answers the record
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, {})).body.data[0]).toMatchObject({ id: String(sale.id), label: sale.label });
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "published" })).status).toBe(200);
    const rate = await admin.api.patch(`/datatable-sales/${sale.id}`, { premium_rate: "150" });
    expect(rate.status).toBe(422);
    expect(rate.body.errors.premium_rate).toEqual(["must be a percentage between 0 and 100"]);
    const label = await admin.api.patch(`/datatable-sales/${sale.id}`, { label: "  " });
    expect(label.status).toBe(422);
    expect((await admin.api.patch(`/datatable-sales/${sale.id}`, { status: "open" })).status).toBe(400);
    expect((await admin.api.patch("/datatable-sales/999999", { lots_locked: true })).status).toBe(404);
    expect((await app.services.db.auctionSale.findUniqueOrThrow({ where: { id: sale.id } })).catalogId).toBeNull();
  });

  test("administrators only: 403 for a clerk, 401 without a token", async () => {
    const sale = await auctionSale(app);
    const res = await clerk.api.patch(`/datatable-sales/${sale.id}`, { lots_locked: true });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
    expect((await auctionAnon(app).patch(`/datatable-sales/${sale.id}`, { body: { lots_locked: true } })).status).toBe(401);
    expect((await app.services.db.auctionSale.findUniqueOrThrow({ where: { id: sale.id } })).lotsLocked).toBe(false);
  });
});

describe("GET /sales-public", () => {
  test("anonymous; published and closed sales only, public fields only", async () => {
    const cat = await catalog();
    const pub = await auctionSale(app, { catalogId: cat.id, saleDate: new Date("2025-05-01T10:00:00Z"), venue: "Online" });
    const closed = await auctionSale(app, { catalogId: cat.id, status: "closed", saleDate: new Date("2025-04-01T10:00:00Z") });
    await auctionSale(app, { catalogId: cat.id, status: "draft" });
    await auctionItems(app, pub.id, 2);
    const res = await auctionAnon(app).get(`/sales-public?filter[catalog]=${cat.id}&sort=-sale_date`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.data.map((s: any) => s.id)).toEqual([String(pub.id), String(closed.id)]);
    expect(res.body.data[0]).toEqual({
      id: String(pub.id), label: pub.label, sale_date: "2025-05-01T10:00:00.000Z", status: "published",
      catalog: { id: String(cat.id), label: cat.label }, item_count: 2, venue: "Online",
    });
    const published = await auctionAnon(app).get(`/sales-public?filter[catalog]=${cat.id}&filter[status]=published`);
    expect(published.body.data.map((s: any) => s.id)).toEqual([String(pub.id)]);
    const drafts = await auctionAnon(app).get(`/sales-public?filter[catalog]=${cat.id}&filter[status]=draft`);
    expect(drafts.body).toEqual({ data: [], count: 0 });
    expect((await auctionAnon(app).get("/sales-public?fields=total_hammer_price")).status).toBe(400);
  });
  test("GraphQL: the public type has no money figures", async () => {
    const r = await gql(app.url, `{ auctionPublicSales { data { id totalHammerPrice } } }`);
    expect(r.errors?.[0]?.message).toMatch(/Cannot query field "totalHammerPrice"/);
  });
});

describe("GET /sale-stats/:saleId", () => {
  test("figures computed by the database", async () => {
    const sale = await auctionSale(app);
    const [a, b] = [await auctionClient(app), await auctionClient(app)];
    const items = await auctionItems(app, sale.id, 6);
    await setItem(items[0]!.id, { status: "sold", hammerPrice: "300.00", winnerId: a.id, winnerKind: "online" });
    await setItem(items[1]!.id, { status: "sold", hammerPrice: "500.00", winnerId: b.id, winnerKind: "phone", lot: "1234" });
    await setItem(items[2]!.id, { status: "sold", hammerPrice: "150.00", winnerId: a.id, winnerKind: "floor", estimateLow: null, estimateHigh: null });
    await setItem(items[3]!.id, { status: "unsold" });
    await setItem(items[4]!.id, { status: "passed" });
    await setItem(items[5]!.id, { status: "withdrawn" });
    const clients = await Promise.all([0, 1, 2, 3].map(() => auctionClient(app)));
    await app.services.db.auctionSaleBidder.createMany({
      data: (["online", "online", "phone", "floor"] as const).map((kind, i) => ({ saleId: sale.id, clientId: clients[i]!.id, bidderNumber: `B${i}`, kind })),
    });

    const res = await auctioneer.api.get(`/sale-stats/${sale.id}?refresh=1`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: [{
        sale_id: String(sale.id), total_items: 5, sold_items: 3, unsold_items: 2, sell_through_rate: 60,
        total_hammer_price: "950.00", total_estimates_low: "400.00", total_estimates_high: "800.00",
        // 950 / (100 + 100) of the sold items with estimates
        performance_vs_estimate: 475,
        total_buyers: 2, total_bidders: 4, online_bidders: 2, phone_bidders: 1, floor_bidders: 1,
        average_lot_price: "316.67",
        top_lot: { id: String(items[1]!.id), lot: "1234", hammer_price: "500.00" },
      }],
    });
    const again = await auctioneer.api.get(`/sale-stats/${sale.id}?refresh=0`);
    expect(again.body).toEqual(res.body);
    // live: a change shows at once
    await setItem(items[3]!.id, { status: "sold", hammerPrice: "50.00", winnerId: b.id });
    const live = (await auctioneer.api.get(`/sale-stats/${sale.id}`)).body.data[0];
    expect(live).toMatchObject({ sold_items: 4, sell_through_rate: 80, total_hammer_price: "1000.00", performance_vs_estimate: 333.3, average_lot_price: "250.00" });
  });

  test("an empty sale; 404 unknown sale; 401 without a token", async () => {
    const sale = await auctionSale(app);
    const res = await clerk.api.get(`/sale-stats/${sale.id}`);
    expect(res.body.data[0]).toMatchObject({
      total_items: 0, sold_items: 0, sell_through_rate: 0, total_hammer_price: "0.00", performance_vs_estimate: null,
      average_lot_price: null, top_lot: null, total_bidders: 0,
    });
    const missing = await clerk.api.get("/sale-stats/999999");
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Sale with ID 999999 does not exist");
    expect((await clerk.api.get("/sale-stats/abc")).status).toBe(404);
    expect((await auctionAnon(app).get(`/sale-stats/${sale.id}`)).status).toBe(401);
  });

  test("GraphQL: auctionSaleStats", async () => {
    const sale = await auctionSale(app);
    await auctionItems(app, sale.id, 2);
    const r = await gql(app.url, `query($id: ID!) { auctionSaleStats(saleId: $id) { saleId totalItems unsoldItems topLot { id } } }`, { id: String(sale.id) }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionSaleStats).toEqual({ saleId: String(sale.id), totalItems: 2, unsoldItems: 2, topLot: null });
  });
});

describe("sale sessions", () => {
  test("POST creates (201), POST again with the same (sale, session_number) updates it", async () => {
    const sale = await auctionSale(app);
    const res = await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_date: "2025-06-15T19:00:00Z", session_number: 1, auctioneer: String(auctioneer.id) });
    expect(res.status).toBe(201);
    const s = res.body.data[0];
    expect(s).toEqual({
      id: expect.stringMatching(/^\d+$/), sale: String(sale.id), session_date: "2025-06-15T19:00:00.000Z", session_number: 1,
      item_range_start: "", item_range_end: "", auctioneer: { id: String(auctioneer.id), name: auctioneer.name },
    });
    const again = await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_number: 1, item_range_start: "1", item_range_end: "125" });
    expect(again.status).toBe(201);
    expect(again.body.data[0]).toMatchObject({ id: s.id, session_date: "2025-06-15T19:00:00.000Z", item_range_start: "1", item_range_end: "125", auctioneer: { id: String(auctioneer.id) } });
    const second = await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_number: 2, session_date: "2025-06-16T10:00:00Z", auctioneer: null });
    expect(second.status).toBe(201);
    expect(second.body.data[0]).toMatchObject({ session_number: 2, auctioneer: null });
    expect(await app.services.db.auctionSaleSession.count({ where: { saleId: sale.id } })).toBe(2);

    const list = await auctioneer.api.get(`/sale-sessions?filter[sale]=${sale.id}`);
    expect(list.status).toBe(200);
    expect(list.body.count).toBe(2);
    expect(list.body.data.map((x: any) => x.session_number)).toEqual([1, 2]);
    expect(list.body.data[0]).toEqual({ ...s, item_range_start: "1", item_range_end: "125" });
    const desc = await auctioneer.api.get(`/sale-sessions?filter[sale]=${sale.id}&sort=-session_number`);
    expect(desc.body.data.map((x: any) => x.session_number)).toEqual([2, 1]);
  });

  test("POST errors: 400 missing fields, 422 unknown sale, inactive auctioneer, bad number or range", async () => {
    const sale = await auctionSale(app);
    const blocked = await auctionStaff(app, ["auctioneer"], { status: "blocked" });
    const post = (body: Record<string, unknown>) => clerk.api.post("/sale-sessions", { sale: String(sale.id), session_number: 1, session_date: "2025-06-15T19:00:00Z", ...body });
    const noSale = await clerk.api.post("/sale-sessions", { session_number: 1, session_date: "2025-06-15T19:00:00Z" });
    expect(noSale.status).toBe(400);
    expect(noSale.body).toMatchObject({ detail: "The field 'sale' is required", errors: { sale: ["This field is required"] } });
    const noDate = await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_number: 3 });
    expect(noDate.status).toBe(400);
    expect(noDate.body.detail).toBe("The field 'session_date' is required");
    const noNumber = await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_date: "2025-06-15T19:00:00Z" });
    expect(noNumber.body.detail).toBe("The field 'session_number' is required");
    const unknown = await post({ sale: "999999" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ sale: ["This sale does not exist"] });
    const inactive = await post({ auctioneer: String(blocked.id) });
    expect(inactive.status).toBe(422);
    expect(inactive.body.errors).toEqual({ auctioneer: ["This staff member is blocked"] });
    expect((await post({ auctioneer: "999999" })).status).toBe(422);
    const zero = await post({ session_number: 0 });
    expect(zero.status).toBe(422);
    expect(zero.body.errors).toEqual({ session_number: ["must be 1 or more"] });
    const range = await post({ item_range_start: "200", item_range_end: "100" });
    expect(range.status).toBe(422);
    expect(await app.services.db.auctionSaleSession.count({ where: { saleId: sale.id } })).toBe(0);
  });

  test("PATCH changes the given fields; a used session number is 409; 404 unknown", async () => {
    const sale = await auctionSale(app);
    const one = (await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_number: 1, session_date: "2025-06-15T19:00:00Z", auctioneer: String(auctioneer.id) })).body.data[0];
    await clerk.api.post("/sale-sessions", { sale: String(sale.id), session_number: 2, session_date: "2025-06-16T19:00:00Z" });
    const res = await clerk.api.patch(`/sale-sessions/${one.id}`, { item_range_end: "99", session_date: "2025-06-15T20:00:00Z" });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ id: one.id, session_number: 1, item_range_end: "99", session_date: "2025-06-15T20:00:00.000Z", auctioneer: { id: String(auctioneer.id) } });
    const dup = await clerk.api.patch(`/sale-sessions/${one.id}`, { session_number: 2 });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ title: "Conflict", status: 409, detail: "Session number 2 already exists in this sale" });
    const renumber = await clerk.api.patch(`/sale-sessions/${one.id}`, { session_number: 3, auctioneer: null });
    expect(renumber.body.data[0]).toMatchObject({ session_number: 3, auctioneer: null });
    expect((await clerk.api.patch("/sale-sessions/999999", { session_number: 3 })).status).toBe(404);
    const row = await app.services.db.auctionSaleSession.findUniqueOrThrow({ where: { id: Number(one.id) } });
    expect(row).toMatchObject({ sessionNumber: 3, auctioneerId: null, itemRangeEnd: "99" });
  });

  test("writes are for the catalogue desk: auctioneers 403, anonymous 401", async () => {
    const sale = await auctionSale(app);
    const body = { sale: String(sale.id), session_number: 1, session_date: "2025-06-15T19:00:00Z" };
    expect((await auctioneer.api.post("/sale-sessions", body)).status).toBe(403);
    expect((await auctionAnon(app).post("/sale-sessions", { body })).status).toBe(401);
    const made = (await admin.api.post("/sale-sessions", body)).body.data[0];
    expect((await auctioneer.api.patch(`/sale-sessions/${made.id}`, { session_number: 4 })).status).toBe(403);
    expect((await auctionAnon(app).get("/sale-sessions")).status).toBe(401);
  });
});

describe("GET /sale-session-phone-bidders-card", () => {
  test("the session's phone bidders and those for the whole sale, with phone and lots", async () => {
    const sale = await auctionSale(app);
    const items = await auctionItems(app, sale.id, 3);
    const s1 = await app.services.db.auctionSaleSession.create({ data: { saleId: sale.id, sessionNumber: 1, sessionDate: new Date() } });
    const s2 = await app.services.db.auctionSaleSession.create({ data: { saleId: sale.id, sessionNumber: 2, sessionDate: new Date() } });
    const [p1, p2, p3, online] = [
      await auctionClient(app, { phone: "+1-555-0101" }), await auctionClient(app, { phone: null, mobile: "+1-555-0202" }),
      await auctionClient(app, { phone: "+1-555-0303" }), await auctionClient(app),
    ];
    const other = await auctionSale(app);
    await app.services.db.auctionSaleBidder.createMany({
      data: [
        { saleId: sale.id, clientId: p1.id, bidderNumber: "P1", kind: "phone", sessionId: s1.id, lots: [items[0]!.lot!, items[2]!.lot!] },
        { saleId: sale.id, clientId: p2.id, bidderNumber: "P2", kind: "phone", sessionId: null, lots: [items[1]!.lot!, "999"] },
        { saleId: sale.id, clientId: p3.id, bidderNumber: "P3", kind: "phone", sessionId: s2.id },
        { saleId: sale.id, clientId: online.id, bidderNumber: "O1", kind: "online", sessionId: s1.id },
        { saleId: other.id, clientId: p3.id, bidderNumber: "X1", kind: "phone" },
      ],
    });
    const res = await clerk.api.get(`/sale-session-phone-bidders-card?filter[session]=${s1.id}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.data[0]).toEqual({
      id: expect.any(String), bidder_number: "P1", session: String(s1.id), client: { id: String(p1.id), label: `Test ${p1.lastName}` },
      phone: "+1-555-0101", lots: [items[0]!.lot, items[2]!.lot],
      lot_descriptions: [{ lot: items[0]!.lot, description: items[0]!.description }, { lot: items[2]!.lot, description: items[2]!.description }],
    });
    expect(res.body.data[1]).toMatchObject({ bidder_number: "P2", session: null, phone: "+1-555-0202", lot_descriptions: [{ lot: items[1]!.lot, description: items[1]!.description }, { lot: "999", description: null }] });
    const two = await clerk.api.get(`/sale-session-phone-bidders-card?filter[session]=${s2.id}`);
    expect(two.body.data.map((b: any) => b.bidder_number)).toEqual(["P2", "P3"]);
  });

  test("filter[session] is required (400); unknown session 404; 401 without a token", async () => {
    const res = await clerk.api.get("/sale-session-phone-bidders-card");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, title: "The field 'filter[session]' is required" });
    expect((await clerk.api.get("/sale-session-phone-bidders-card?filter[session]=999999")).status).toBe(404);
    expect((await clerk.api.get("/sale-session-phone-bidders-card?filter[sesion]=1")).status).toBe(400);
    expect((await auctionAnon(app).get("/sale-session-phone-bidders-card?filter[session]=1")).status).toBe(401);
  });
});
