import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { fundWallet, printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { unique, uniqueEmail } from "../../support/unique.ts";
import { creditReferralOnFirstAction } from "../../../src/modules/print/referral/referral-credit.ts";
import { printConfig } from "../../../src/modules/print/config.ts";

let app: TestApp;
let api: ReturnType<typeof restClient>;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "100000", SKIP_SIGNUP_OTP: "true", REFERRAL_BONUS: "50", REFERRAL_WELCOME: "25" });
  api = restClient(`${app.url}/print`);
});
afterAll(() => app?.close());

const db = () => app.services.db;
const credit = (refereeId: number) => {
  const { REFERRAL_BONUS: bonus, REFERRAL_WELCOME: welcome } = printConfig(app.services.config);
  return db().$transaction((tx) => creditReferralOnFirstAction(tx, refereeId, { bonus, welcome }));
};
const balance = async (id: number) => (await db().printUser.findUniqueOrThrow({ where: { id }, select: { walletBalance: true } })).walletBalance;

/** A customer who signed up through the documented endpoint, so it has its own referral code. */
async function registeredCustomer(referralCode?: string) {
  const username = unique("c").replace(/-/g, "_");
  const res = await api.post("/register", { body: { full_name: "Referral Tester", username, email: uniqueEmail("ref"), password: "secure-pass-1", role: "customer", referral_code: referralCode } });
  expect(res.status, res.text).toBe(201);
  const user = await db().printUser.findUniqueOrThrow({ where: { username } });
  return { ...user, token: res.body.token as string };
}
const get = (u: { token: string }, path: string) => api.get(path, { token: u.token });

describe("referral end to end", () => {
  test("sign-up with a code → pending; the first qualifying action credits both wallets exactly once", async () => {
    const referrer = await registeredCustomer();
    const referee = await registeredCustomer(referrer.referralCode!.toLowerCase());
    const row = await db().printReferral.findUniqueOrThrow({ where: { refereeId: referee.id } });
    expect(row).toMatchObject({ referrerId: referrer.id, status: "pending", amount: 0, creditedAt: null });
    expect((await get(referrer, "/referral/summary")).body).toEqual({ total_referred: 1, total_credited: 0, total_earnings: 0, pending_count: 1 });

    expect(await credit(referee.id)).toBe(true);
    expect(await credit(referee.id)).toBe(false);
    expect(await balance(referrer.id)).toBe(5000);
    expect(await balance(referee.id)).toBe(2500);
    const ledger = await db().printWalletTransaction.findMany({ where: { userId: { in: [referrer.id, referee.id] } }, orderBy: { id: "asc" } });
    expect(ledger.map((t) => [t.userId, t.type, t.amount, t.balanceBefore, t.balanceAfter])).toEqual([
      [referrer.id, "referral_bonus", 5000, 0, 5000],
      [referee.id, "referral_welcome", 2500, 0, 2500],
    ]);

    const summary = await get(referrer, "/referral/summary");
    expect([summary.status, summary.body]).toEqual([200, { total_referred: 1, total_credited: 1, total_earnings: 50, pending_count: 0 }]);
    const history = await get(referrer, "/referral/history");
    expect(history.status, history.text).toBe(200);
    expect(history.body).toEqual({ referrals: [{ id: row.id, status: "credited", amount: 50, credited_at: expect.any(String), created_at: row.createdAt.toISOString() }] });
    expect(Date.parse(history.body.referrals[0].credited_at)).toBeGreaterThanOrEqual(row.createdAt.getTime());
    // the referee referred nobody
    expect((await get(referee, "/referral/summary")).body).toEqual({ total_referred: 0, total_credited: 0, total_earnings: 0, pending_count: 0 });
  });

  test("paying is not a first print: the referral is credited when a paid file is printed, once", async () => {
    const referrer = await registeredCustomer();
    const referee = await registeredCustomer(referrer.referralCode!);
    await fundWallet(app, referee.id, 10_00);
    const shop = await printUser(app, "shopkeeper");
    const queueFile = () => db().printFile.create({ data: { userId: referee.id, shopkeeperId: shop.id, code: randomBytes(5).toString("hex"),
      originalName: "doc.pdf", mimeType: "application/pdf", sizeBytes: 1000, numPages: 1, printType: "queue", cost: 100 } });
    const [paid1, paid2, unpaid] = [await queueFile(), await queueFile(), await queueFile()];
    const order = await api.post("/create-payment-order", { token: referee.token, body: {
      amount: 2, use_wallet: true, print_type: "queue", shopkeeper_id: shop.id, file_ids: [paid1.id, paid2.id], platform_commission: 0 } });
    expect(order.status, order.text).toBe(200);
    expect(order.body).toMatchObject({ status: "paid", payment_method: "wallet" });
    const status = async () => (await db().printReferral.findUniqueOrThrow({ where: { refereeId: referee.id } })).status;
    expect(await status()).toBe("pending");
    // printing a file nobody paid for is not a qualifying print
    expect((await shop.api.post(`/queue/${unpaid.id}/confirm`)).status).toBe(200);
    expect(await status()).toBe("pending");
    expect([await balance(referrer.id), await balance(referee.id)]).toEqual([0, 8_00]);

    expect((await shop.api.post(`/queue/${paid1.id}/confirm`)).status).toBe(200);
    expect(await status()).toBe("credited");
    expect([await balance(referrer.id), await balance(referee.id)]).toEqual([5000, 8_00 + 2500]);
    expect((await shop.api.post(`/queue/${paid2.id}/confirm`)).status).toBe(200);
    expect([await balance(referrer.id), await balance(referee.id)]).toEqual([5000, 8_00 + 2500]);
  });

  test("two concurrent first actions credit once", async () => {
    const referrer = await registeredCustomer();
    const referee = await registeredCustomer(referrer.referralCode!);
    const results = await Promise.allSettled([credit(referee.id), credit(referee.id)]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value === true)).toHaveLength(1);
    expect(await balance(referrer.id)).toBe(5000);
    expect(await balance(referee.id)).toBe(2500);
  });

  test("a referee without a referral is not credited", async () => {
    const loner = await registeredCustomer();
    expect(await credit(loner.id)).toBe(false);
    expect(await balance(loner.id)).toBe(0);
  });

  test("an unknown code, or a shopkeeper's, is 400 Invalid referral code. and creates no account", async () => {
    for (const code of ["NOPE0000", " "]) {
      const username = unique("x").replace(/-/g, "_");
      const res = await api.post("/register", { body: { full_name: "X", username, email: uniqueEmail(), password: "secure-pass-1", referral_code: code } });
      if (code.trim()) {
        expect([res.status, res.text]).toEqual([400, "Invalid referral code."]);
        expect(await db().printUser.count({ where: { username } })).toBe(0);
      } else {
        expect(res.status).toBe(201); // a blank code is no code
      }
    }
    const shop = await printUser(app, "shopkeeper", { referralCode: unique("").replace(/[^A-Za-z0-9]/g, "").slice(-8).toUpperCase() });
    const res = await api.post("/register", { body: { full_name: "X", username: unique("y").replace(/-/g, "_"), email: uniqueEmail(), password: "secure-pass-1", referral_code: shop.referralCode } });
    expect([res.status, res.text]).toEqual([400, "Invalid referral code."]);
  });
});

describe("GET /referral/history", () => {
  async function referrerWith(n: number) {
    const referrer = await printUser(app, "customer");
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const referee = await printUser(app, "customer");
      const r = await db().printReferral.create({ data: { referrerId: referrer.id, refereeId: referee.id, createdAt: new Date(Date.UTC(2024, 0, 1 + i)) } });
      ids.push(r.id);
    }
    return { referrer, newestFirst: ids.reverse() };
  }

  test("newest first, paged by limit and offset; another customer's referrals never show", async () => {
    const { referrer, newestFirst } = await referrerWith(5);
    await referrerWith(1);
    const all = await referrer.api.get("/referral/history");
    expect(all.body.referrals.map((r: { id: number }) => r.id)).toEqual(newestFirst);
    expect(Object.keys(all.body.referrals[0])).toEqual(["id", "status", "amount", "credited_at", "created_at"]);
    expect(all.body.referrals[0]).toMatchObject({ status: "pending", amount: 0, credited_at: null, created_at: "2024-01-05T00:00:00.000Z" });
    const page = await referrer.api.get("/referral/history?limit=2&offset=1");
    expect(page.status, page.text).toBe(200);
    expect(page.body.referrals.map((r: { id: number }) => r.id)).toEqual(newestFirst.slice(1, 3));
    expect((await referrer.api.get("/referral/history?offset=5")).body).toEqual({ referrals: [] });
  });

  test("limit outside 1–100 or a negative offset is 400", async () => {
    const customer = await printUser(app, "customer");
    for (const limit of [0, 101]) {
      const res = await customer.api.get(`/referral/history?limit=${limit}`);
      expect([res.status, res.text]).toEqual([400, "limit must be between 1 and 100."]);
    }
    expect((await customer.api.get("/referral/history?limit=100")).status).toBe(200);
    const neg = await customer.api.get("/referral/history?offset=-1");
    expect([neg.status, neg.text]).toEqual([400, "offset must be 0 or more."]);
  });
});

describe("customer only", () => {
  test.each([
    ["GET", "/referral/summary"],
    ["GET", "/referral/history"],
    ["POST", "/referral/invite"],
  ])("%s %s: 401 without or with a bad token, 403 for shopkeepers and admins", async (method, path) => {
    const call = (token?: string) => (method === "GET" ? api.get(path, { token }) : api.post(path, { token, body: { email: uniqueEmail() } }));
    expect((await call()).status).toBe(401);
    expect((await call("garbage")).status).toBe(401);
    for (const role of ["shopkeeper", "admin"] as const) expect((await call((await printUser(app, role)).token)).status).toBe(403);
  });
});

describe("POST /referral/invite", () => {
  const mailsTo = (to: string) => db().kernelMail.findMany({ where: { to } });

  test("mails the referral link; a customer without a code gets one first", async () => {
    const customer = await printUser(app, "customer");
    expect(customer.referralCode).toBeNull();
    const friend = uniqueEmail("friend");
    const res = await customer.api.post("/referral/invite", { email: friend.toUpperCase() });
    expect([res.status, res.body]).toEqual([200, { ok: true, message: "Invite sent." }]);
    const { referralCode } = await db().printUser.findUniqueOrThrow({ where: { id: customer.id } });
    expect(referralCode).toMatch(/^[A-Z0-9]{8}$/);
    const [mail] = await mailsTo(friend);
    expect(mail!.text).toContain(`https://qprint.co.in/r/${referralCode}`);
    expect(await db().printReferralInvite.count({ where: { referrerId: customer.id, email: friend } })).toBe(1);
    expect((await customer.api.get("/profile")).body.referral_link).toBe(`https://qprint.co.in/r/${referralCode}`);
  });

  test("an invalid e-mail or a registered one is 400", async () => {
    const customer = await printUser(app, "customer");
    const bad = await customer.api.post("/referral/invite", { email: "friend-at-example" });
    expect([bad.status, bad.text]).toEqual([400, "Please enter a valid email address."]);
    const member = await printUser(app, "shopkeeper");
    const taken = await customer.api.post("/referral/invite", { email: member.email });
    expect([taken.status, taken.text]).toEqual([400, "This email is already registered."]);
    expect(await mailsTo(member.email)).toHaveLength(0);
  });

  test("10 invites per referrer per 24 h, counted in the database: the 11th is 429", async () => {
    const customer: PrintUserFixture = await printUser(app, "customer");
    const longAgo = new Date(Date.now() - 25 * 3600_000);
    await db().printReferralInvite.createMany({ data: Array.from({ length: 3 }, () => ({ referrerId: customer.id, email: uniqueEmail(), createdAt: longAgo })) });
    await db().printReferralInvite.createMany({ data: Array.from({ length: 8 }, () => ({ referrerId: customer.id, email: uniqueEmail() })) });
    const results = await Promise.all([1, 2, 3].map(() => customer.api.post("/referral/invite", { email: uniqueEmail("burst") })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 429]);
    const limited = results.find((r) => r.status === 429)!;
    expect(limited.text).toBe("You can send at most 10 invites per 24 hours.");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);
    // another customer's budget is its own
    expect((await (await printUser(app, "customer")).api.post("/referral/invite", { email: uniqueEmail() })).status).toBe(200);
  });
});

describe("GraphQL", () => {
  test("printReferralSummary and printReferralHistory", async () => {
    const referrer = await registeredCustomer();
    await registeredCustomer(referrer.referralCode!);
    const res = await gql(app.url, "{ printReferralSummary { totalReferred pendingCount totalEarnings } printReferralHistory(limit: 1) { referrals { status amount } } }", undefined, referrer.token);
    expect(res.data).toEqual({
      printReferralSummary: { totalReferred: 1, pendingCount: 1, totalEarnings: 0 },
      printReferralHistory: { referrals: [{ status: "pending", amount: 0 }] },
    });
    const shop = await printUser(app, "shopkeeper");
    const denied = await gql(app.url, "{ printReferralSummary { totalReferred } }", undefined, shop.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
