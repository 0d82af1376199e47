import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, http } from "../../support/http.ts";
import { fundWallet, printUser } from "../../support/print-factory.ts";
import { paymentEvent, sendWebhook, startFakeRazorpay, type FakeRazorpay } from "../../support/fake-razorpay.ts";
import { AlreadyApplied, applyWalletChange, InsufficientBalance, type WalletChange } from "../../../src/modules/print/wallet/ledger.ts";

let app: TestApp;
let fake: FakeRazorpay;
beforeAll(async () => {
  fake = await startFakeRazorpay();
  app = await startTestApp({ ...fake.env, PRINT_PAYMENT_ORDERS_PER_MINUTE: "100000", PRINT_WEBHOOKS_PER_MINUTE: "100000", PRINT_TOPUPS_PER_MINUTE: "5" });
});
afterAll(async () => { await app?.close(); await fake?.close(); });

const TX_KEYS = ["amount", "balance_after", "balance_before", "created_at", "description", "id", "payment_order_id", "status", "type"];
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const customer = async (rupees = 0) => {
  const c = await printUser(app, "customer");
  if (rupees) await fundWallet(app, c.id, Math.round(rupees * 100));
  return c;
};
const balanceOf = async (id: number) => (await app.services.db.printUser.findUniqueOrThrow({ where: { id } })).walletBalance;
const change = (c: Omit<WalletChange, "description"> & { description?: string }) =>
  app.services.db.$transaction((tx) => applyWalletChange(tx, { description: "test", ...c }));
const webhook = (payload: unknown, eventId?: string) => sendWebhook(`${app.url}/print`, fake.webhookSecret, payload, { eventId });
const anonymous = (method: string, path: string, body?: unknown) => http(method, `${app.url}/print${path}`, { body });

describe("GET /wallet/balance", () => {
  test("the caller's balance in rupees, exactly {balance}", async () => {
    const c = await customer();
    expect((await c.api.get("/wallet/balance")).body).toEqual({ balance: 0 });
    await fundWallet(app, c.id, 500_00);
    const res = await c.api.get("/wallet/balance");
    expect([res.status, res.body]).toEqual([200, { balance: 500 }]);
    await fundWallet(app, c.id, 12_50);
    expect((await c.api.get("/wallet/balance")).body).toEqual({ balance: 512.5 });
    const legacy = await http("GET", `${app.legacy.print}/wallet/balance`, { token: c.token });
    expect([legacy.status, legacy.body]).toEqual([200, { balance: 512.5 }]);
  });

  test("401 without or with a bad token, 403 for shopkeepers and admins", async () => {
    expect((await anonymous("GET", "/wallet/balance")).status).toBe(401);
    expect((await http("GET", `${app.url}/print/wallet/balance`, { token: "x.y.z" })).status).toBe(401);
    for (const role of ["shopkeeper", "admin"] as const) expect((await (await printUser(app, role)).api.get("/wallet/balance")).status).toBe(403);
  });
});

describe("POST /wallet/topup", () => {
  test("creates a Razorpay order and a pending top-up; the wallet is credited only by the signed webhook, once", async () => {
    const c = await customer(100);
    const res = await c.api.post("/wallet/topup", { amount: 500.0 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ order_id: expect.stringMatching(/^order_/), key_id: fake.keyId, amount: 500 });
    expect(fake.order(res.body.order_id)).toMatchObject({ amount: 500_00, currency: "INR", notes: { purpose: "wallet_topup", user_id: String(c.id) } });
    expect(await app.services.db.printWalletTopup.findUniqueOrThrow({ where: { orderId: res.body.order_id } })).toMatchObject({ userId: c.id, amount: 500_00, status: "created" });
    expect(await balanceOf(c.id)).toBe(100_00);

    const captured = paymentEvent("payment.captured", { orderId: res.body.order_id, amount: 500_00, paymentId: "pay_topup1" });
    const deliveries = await Promise.all([1, 2, 3, 4].map(() => webhook(captured, `evt_topup_${c.id}`)));
    expect(deliveries.map((d) => d.body.status).sort()).toEqual(["duplicate", "duplicate", "duplicate", "processed"]);
    expect((await webhook(paymentEvent("order.paid", { orderId: res.body.order_id, amount: 500_00, paymentId: "pay_topup1" }))).body).toEqual({ status: "ignored" });
    expect(await balanceOf(c.id)).toBe(600_00);
    const tx = (await c.api.get("/wallet/transactions")).body.transactions[0];
    expect(tx).toEqual({ id: expect.any(Number), type: "topup", amount: 500, balance_before: 100, balance_after: 600, status: "completed",
      description: "Wallet top-up", payment_order_id: null, created_at: ISO });
    expect(await app.services.db.printWalletTopup.findUniqueOrThrow({ where: { orderId: res.body.order_id } })).toMatchObject({ status: "paid", paymentId: "pay_topup1" });
  });

  test("a capture whose amount differs from the top-up is 400 and credits nothing; a failed payment credits nothing", async () => {
    const c = await customer();
    const { body } = await c.api.post("/wallet/topup", { amount: 50 });
    const wrong = await webhook(paymentEvent("payment.captured", { orderId: body.order_id, amount: 5_000_00 }));
    expect([wrong.status, wrong.text]).toEqual([400, "Amount mismatch"]);
    expect((await webhook(paymentEvent("payment.failed", { orderId: body.order_id, amount: 50_00 }))).body).toEqual({ status: "processed" });
    expect(await balanceOf(c.id)).toBe(0);
    expect((await app.services.db.printWalletTopup.findUniqueOrThrow({ where: { orderId: body.order_id } })).status).toBe("failed");
  });

  test("a referee's first top-up credits the referral: bonus to the referrer, welcome to the referee", async () => {
    const referrer = await customer();
    const referee = await customer();
    await app.services.db.printReferral.create({ data: { referrerId: referrer.id, refereeId: referee.id } });
    const { body } = await referee.api.post("/wallet/topup", { amount: 100 });
    await webhook(paymentEvent("payment.captured", { orderId: body.order_id, amount: 100_00 }));
    expect(await balanceOf(referee.id)).toBe(100_00 + 25_00);
    expect(await balanceOf(referrer.id)).toBe(50_00);
    expect(await app.services.db.printReferral.findUniqueOrThrow({ where: { refereeId: referee.id } })).toMatchObject({ status: "credited", amount: 50_00 });
  });

  test.each([
    [9.99, "Minimum top-up amount is ₹10"],
    [0, "Minimum top-up amount is ₹10"],
    [10_000.01, "Maximum top-up amount is ₹10,000 per transaction"],
  ])("amount %s is refused with 400", async (amount, message) => {
    const c = await customer();
    const res = await c.api.post("/wallet/topup", { amount });
    expect([res.status, res.text]).toEqual([400, message]);
    expect(await app.services.db.printWalletTopup.count({ where: { userId: c.id } })).toBe(0);
  });

  test("the balance may not pass ₹50,000; the limits themselves are accepted", async () => {
    const c = await customer(45_000);
    const over = await c.api.post("/wallet/topup", { amount: 5_000.01 });
    expect([over.status, over.text]).toEqual([400, "Wallet balance cannot exceed ₹50,000"]);
    expect((await c.api.post("/wallet/topup", { amount: 5_000 })).status).toBe(200);
    expect((await (await customer()).api.post("/wallet/topup", { amount: 10 })).status).toBe(200);
    expect((await (await customer()).api.post("/wallet/topup", { amount: 10_000 })).status).toBe(200);
  });

  test("a gateway failure is 502 and records no top-up", async () => {
    const c = await customer();
    fake.failWith(502);
    try {
      expect((await c.api.post("/wallet/topup", { amount: 100 })).status).toBe(502);
    } finally { fake.failWith(null); }
    expect(await app.services.db.printWalletTopup.count({ where: { userId: c.id } })).toBe(0);
  });

  test("top-ups are rate limited per customer (429 + Retry-After); others are unaffected", async () => {
    const c = await customer();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await c.api.post("/wallet/topup", { amount: 10 }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(statuses[5]!.text).toBe("Too many top-up requests, try again later");
    expect(Number(statuses[5]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await (await customer()).api.post("/wallet/topup", { amount: 10 })).status).toBe(200);
  });

  test("401 without token, 403 for a shopkeeper", async () => {
    expect((await anonymous("POST", "/wallet/topup", { amount: 100 })).status).toBe(401);
    expect((await (await printUser(app, "shopkeeper")).api.post("/wallet/topup", { amount: 100 })).status).toBe(403);
  });
});

describe("GET /wallet/transactions", () => {
  test("the caller's ledger newest first in the documented shape, with total and limit/offset", async () => {
    const c = await customer(500);
    const paid = (await c.api.post("/create-payment-order", { amount: 50, use_wallet: true, print_type: "private" })).body;
    await change({ userId: c.id, amount: 50_00, type: "refund", description: "Refund for withdrawal", paymentOrderId: paid.id });
    await fundWallet(app, (await customer()).id, 1_00);
    const res = await c.api.get("/wallet/transactions");
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["total", "transactions"]);
    expect(res.body.total).toBe(3);
    for (const row of res.body.transactions) expect(Object.keys(row).sort()).toEqual(TX_KEYS);
    expect(res.body.transactions.map((t: { type: string; amount: number; balance_before: number; balance_after: number; payment_order_id: number | null }) =>
      [t.type, t.amount, t.balance_before, t.balance_after, t.payment_order_id])).toEqual([
      ["refund", 50, 450, 500, paid.id],
      ["payment", -50, 500, 450, paid.id],
      ["topup", 500, 0, 500, null],
    ]);
    expect(res.body.transactions[1]).toMatchObject({ status: "completed", description: "Print payment", created_at: ISO });
    const page = await c.api.get("/wallet/transactions?limit=1&offset=1");
    expect(page.body.total).toBe(3);
    expect(page.body.transactions.map((t: { type: string }) => t.type)).toEqual(["payment"]);
    expect((await c.api.get("/wallet/transactions?offset=3")).body).toEqual({ transactions: [], total: 3 });
  });

  test.each([["limit=0", "limit must be between 1 and 100"], ["limit=101", "limit must be between 1 and 100"], ["offset=-1", "offset must be 0 or more"]])(
    "%s is 400", async (qs, message) => {
      const res = await (await customer()).api.get(`/wallet/transactions?${qs}`);
      expect([res.status, res.text]).toEqual([400, message]);
    });

  test("401 without token, 403 for a shopkeeper; a new customer sees an empty ledger", async () => {
    expect((await anonymous("GET", "/wallet/transactions")).status).toBe(401);
    expect((await (await printUser(app, "shopkeeper")).api.get("/wallet/transactions")).status).toBe(403);
    expect((await (await customer()).api.get("/wallet/transactions")).body).toEqual({ transactions: [], total: 0 });
  });
});

describe("POST /wallet/withdraw", () => {
  const valid = { amount: 200.0, bank_account: "1234567890", ifsc_code: "BANK0001234", account_holder_name: "John Doe" };

  test("debits the wallet into a pending withdrawal, in the documented shape", async () => {
    const c = await customer(500);
    const res = await c.api.post("/wallet/withdraw", { ...valid, ifsc_code: "bank0001234" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ withdrawal_id: expect.any(Number), status: "pending", amount: 200, processing_time: "2-3 business days" });
    expect(await balanceOf(c.id)).toBe(300_00);
    expect(await app.services.db.printWithdrawal.findUniqueOrThrow({ where: { id: res.body.withdrawal_id } }))
      .toMatchObject({ userId: c.id, amount: 200_00, bankAccount: "1234567890", ifscCode: "BANK0001234", accountHolderName: "John Doe", status: "pending" });
    const last = (await c.api.get("/wallet/transactions?limit=1")).body.transactions[0];
    expect(last).toMatchObject({ type: "withdrawal", amount: -200, balance_before: 500, balance_after: 300 });
  });

  test.each([
    [{ amount: 99.99 }, "Minimum withdrawal amount is ₹100"],
    [{ amount: 600 }, "Insufficient wallet balance"],
    [{ bank_account: "12345678" }, "bank_account must be 9 to 18 digits"],
    [{ bank_account: "1234567890123456789" }, "bank_account must be 9 to 18 digits"],
    [{ bank_account: "12345abcde" }, "bank_account must be 9 to 18 digits"],
    [{ ifsc_code: "BANK1001234" }, "ifsc_code must be a valid IFSC code (e.g. BANK0001234)"],
    [{ ifsc_code: "BAN0001234" }, "ifsc_code must be a valid IFSC code (e.g. BANK0001234)"],
    [{ account_holder_name: "   " }, "account_holder_name is required"],
  ])("%j is 400 and nothing moves", async (over, message) => {
    const c = await customer(500);
    const res = await c.api.post("/wallet/withdraw", { ...valid, ...over });
    expect([res.status, res.text]).toEqual([400, message]);
    expect(await balanceOf(c.id)).toBe(500_00);
    expect(await app.services.db.printWithdrawal.count({ where: { userId: c.id } })).toBe(0);
  });

  test("a missing field is 400; 401 without token; 403 for a shopkeeper", async () => {
    const c = await customer(500);
    const { account_holder_name: _omitted, ...rest } = valid;
    const missing = await c.api.post("/wallet/withdraw", rest);
    expect(missing.status).toBe(400);
    expect(missing.text).toMatch(/^"account_?[hH]older_?[nN]ame" is required\.$/);
    expect((await anonymous("POST", "/wallet/withdraw", valid)).status).toBe(401);
    expect((await (await printUser(app, "shopkeeper")).api.post("/wallet/withdraw", valid)).status).toBe(403);
  });
});

describe("GraphQL wallet fields", () => {
  test("printWalletBalance, printWalletTransactions, topUpPrintWallet and withdrawPrintWallet", async () => {
    const c = await customer(300);
    const read = await gql(app.url, `{ printWalletBalance { balance } printWalletTransactions(limit: 5) { total transactions { type amount balanceAfter } } }`, undefined, c.token);
    expect(read.data).toEqual({ printWalletBalance: { balance: 300 }, printWalletTransactions: { total: 1, transactions: [{ type: "topup", amount: 300, balanceAfter: 300 }] } });
    const topup = await gql(app.url, `mutation { topUpPrintWallet(input: { amount: 25.5 }) { orderId keyId amount status } }`, undefined, c.token);
    expect(topup.data.topUpPrintWallet).toMatchObject({ keyId: fake.keyId, amount: 25.5, status: "created" });
    const withdraw = await gql(app.url, `mutation($input: WithdrawPrintWalletInput!) { withdrawPrintWallet(input: $input) { id status amount bankAccountLast4 processingTime } }`,
      { input: { amount: 150, bankAccount: "000123456789", ifscCode: "HDFC0ABC123", accountHolderName: "A B" } }, c.token);
    expect(withdraw.data.withdrawPrintWallet).toMatchObject({ status: "pending", amount: 150, bankAccountLast4: "6789", processingTime: "2-3 business days" });
    const tooMuch = await gql(app.url, `mutation { withdrawPrintWallet(input: { amount: 1000, bankAccount: "000123456789", ifscCode: "HDFC0ABC123", accountHolderName: "A B" }) { id } }`, undefined, c.token);
    expect(tooMuch.errors?.[0]).toMatchObject({ message: "Insufficient wallet balance", extensions: { code: "BAD_REQUEST" } });
    expect((await gql(app.url, `{ printWalletBalance { balance } }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("ledger: applyWalletChange", () => {
  test("writes the balance before and after, and never lets a balance go below zero", async () => {
    const c = await customer(10);
    expect(await change({ userId: c.id, amount: -4_00, type: "payment" })).toMatchObject({ balanceAfter: 6_00 });
    await expect(change({ userId: c.id, amount: -6_01, type: "payment" })).rejects.toBeInstanceOf(InsufficientBalance);
    expect(await change({ userId: c.id, amount: -6_00, type: "payment" })).toMatchObject({ balanceAfter: 0 });
    const rows = await app.services.db.printWalletTransaction.findMany({ where: { userId: c.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.amount, r.balanceBefore, r.balanceAfter])).toEqual([[10_00, 0, 10_00], [-4_00, 10_00, 6_00], [-6_00, 6_00, 0]]);
  });

  test("the ₹50,000 ceiling binds top-ups (enforceMax) but not refunds and bonuses", async () => {
    const c = await customer(49_999);
    await expect(change({ userId: c.id, amount: 2_00, type: "topup", enforceMax: true })).rejects.toThrow("Wallet balance cannot exceed ₹50,000");
    expect(await change({ userId: c.id, amount: 1_00, type: "topup", enforceMax: true })).toMatchObject({ balanceAfter: 50_000_00 });
    expect(await change({ userId: c.id, amount: 30_00, type: "refund" })).toMatchObject({ balanceAfter: 50_030_00 });
  });

  test("an idempotency key applies once, also when two twins race", async () => {
    const c = await customer();
    expect(await change({ userId: c.id, amount: 5_00, type: "refund", idempotencyKey: `k1:${c.id}` })).not.toBeNull();
    expect(await change({ userId: c.id, amount: 5_00, type: "refund", idempotencyKey: `k1:${c.id}` })).toBeNull();
    const twins = await Promise.allSettled([1, 2, 3].map(() => change({ userId: c.id, amount: 7_00, type: "refund", idempotencyKey: `k2:${c.id}` })));
    const applied = twins.filter((t) => t.status === "fulfilled" && t.value !== null);
    expect(applied).toHaveLength(1);
    for (const t of twins) if (t.status === "rejected") expect(t.reason).toBeInstanceOf(AlreadyApplied);
    expect(await balanceOf(c.id)).toBe(12_00);
  });

  test("an unknown user is NOT_FOUND", async () => {
    await expect(change({ userId: 987_654_321, amount: 1_00, type: "refund" })).rejects.toThrow("User not found");
  });
});
