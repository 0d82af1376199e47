import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon } from "../../support/auction-factory.ts";
import { restClient } from "../../support/http.ts";
import { seedAuctionDemo } from "../../../src/modules/auction/seed.ts";
import { auctionConfig } from "../../../src/modules/auction/config.ts";

let app: TestApp;
let logins: Awaited<ReturnType<typeof seedAuctionDemo>>;

beforeAll(async () => {
  app = await startTestApp();
  logins = await seedAuctionDemo(app.services);
});
afterAll(() => app?.close());

const signIn = async (username: string, password: string) => {
  const res = await auctionAnon(app).post("/bo_auth", { body: { username, password } });
  expect(res.status).toBe(200);
  const api = restClient(`${app.url}/auction/api/v1.0`);
  return { user: res.body.data.user, get: (p: string) => api.get(p, { token: res.body.data.access_token }) };
};

describe("seedAuctionDemo", () => {
  test("the configured administrator, a clerk and an accountant (same password) can sign in", async () => {
    const cfg = auctionConfig(app.services.config);
    expect(logins.map((l) => [l.role, l.login])).toEqual([["administrator", cfg.AUCTION_ADMIN_USER.toLowerCase()], ["clerk", "clerk"], ["accountant", "accountant"]]);
    for (const l of logins) {
      expect(l.password).toBe(cfg.AUCTION_ADMIN_PASSWORD);
      const { user } = await signIn(l.login, l.password);
      expect(user.roles).toEqual([l.role]);
    }
  });

  test("the demo sale's items are listed, with sold and unsold lots", async () => {
    const cfg = auctionConfig(app.services.config);
    const admin = await signIn(cfg.AUCTION_ADMIN_USER, cfg.AUCTION_ADMIN_PASSWORD);
    const sale = await app.services.db.auctionSale.findFirstOrThrow({ where: { label: "Summer Auction 2025" }, include: { sessions: true } });
    expect(sale.status).toBe("published");
    expect(sale.sessions).toHaveLength(2);
    const items = await admin.get(`/datatable-items?filter[sale]=${sale.id}&range=50`);
    expect(items.status).toBe(200);
    expect(items.body.count).toBe(12);
    const statuses = items.body.data.map((i: any) => (typeof i.status === "object" ? i.status.id : i.status));
    expect(statuses).toEqual(expect.arrayContaining(["sold", "unsold", "available"]));
    const sold = await app.services.db.auctionItem.findMany({ where: { saleId: sale.id, status: "sold" } });
    expect(sold.every((i) => i.hammerPrice && i.winnerId && i.winnerKind && i.winnerBidderNumber)).toBe(true);
  });

  test("Jane's invoice: lines for her lots, a charge, a payment, totals from recalcOrder", async () => {
    const cfg = auctionConfig(app.services.config);
    const admin = await signIn(cfg.AUCTION_ADMIN_USER, cfg.AUCTION_ADMIN_PASSWORD);
    const order = await app.services.db.auctionOrder.findFirstOrThrow({ where: { type: "bidder", owner: { email: "jane.smith@example.com" } }, include: { lines: true, transactions: true } });
    expect(order.lines).toHaveLength(3);
    expect(order.transactions).toHaveLength(1);
    const res = await admin.get(`/orders/${order.id}`);
    expect(res.status).toBe(200);
    // 740.00 hammer + 148.00 premium + 25.16 VAT on it + 25.00 shipping + 5.25 VAT on it − 500.00 paid
    expect(res.body.data[0]).toMatchObject({ grand_total: "943.41", payment_received: "500.00", amount_due: "443.41" });
  });

  test("reference lists and the back office's records", async () => {
    const db = app.services.db;
    expect((await db.auctionPaymentType.findMany({ orderBy: { id: "asc" } })).map((p) => p.letter)).toEqual(["CC", "WT", "CH", "CA"]);
    expect((await db.auctionShippingArea.findMany({ orderBy: { id: "asc" } })).map((a) => [a.label, a.baseRate.toFixed(2)]))
      .toEqual([["Local", "10.00"], ["National", "25.00"], ["International", "50.00"]]);
    expect((await db.auctionChargeTerm.findMany()).map((t) => t.label).sort()).toEqual(["Insurance", "Shipping Fee"]);
    expect(await db.auctionCategory.count({ where: { parentId: { not: null } } })).toBe(1);
    expect(await db.auctionClient.count()).toBe(3);
    expect(await db.auctionClientAddress.count({ where: { isDefault: true } })).toBe(3);
    expect(await db.auctionConsignment.count()).toBe(2);
    expect(await db.auctionSaleBidder.count()).toBe(3);
    expect(await db.auctionCataloguePart.count()).toBe(2);
    expect(await db.auctionBidStep.count()).toBeGreaterThan(0);
    expect(await db.auctionBankAccount.count()).toBeGreaterThan(0);
    expect(await db.auctionClientSource.count()).toBeGreaterThan(0);
    for (const model of [db.auctionNote, db.auctionTask, db.auctionCall] as { count: () => Promise<number> }[]) expect(await model.count()).toBe(1);
    const customerNumbers = (await db.auctionClient.findMany({ orderBy: { id: "asc" } })).map((c) => c.customerNumber);
    expect(customerNumbers).toEqual(["C10001", "C10002", "C10003"]);
  });
});
