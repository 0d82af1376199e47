import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, http } from "../../support/http.ts";
import { fundWallet, printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { paymentEvent, sendWebhook, signWebhook, startFakeRazorpay, type FakeRazorpay } from "../../support/fake-razorpay.ts";
import { expireUnpaidOrders } from "../../../src/modules/print/payments/payment-settlement.service.ts";

let app: TestApp;
let fake: FakeRazorpay;
const NO_LIMITS = { PRINT_PAYMENT_ORDERS_PER_MINUTE: "100000", PRINT_WEBHOOKS_PER_MINUTE: "100000", PRINT_TOPUPS_PER_MINUTE: "100000" };
beforeAll(async () => {
  fake = await startFakeRazorpay();
  app = await startTestApp({ ...fake.env, ...NO_LIMITS });
});
afterAll(async () => { await app?.close(); await fake?.close(); });

const CREATED_KEYS = ["amount", "id", "key_id", "order_id", "payment_method", "razorpay_amount", "shopkeeper_amount", "shopkeeper_id", "skip_payment", "status", "wallet_amount"];
const STATUS_KEYS = ["amount", "created_at", "id", "order_id", "paid_at", "payment_id", "payment_method", "status", "user_id", "wallet_amount"];
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

const body = (over: Record<string, unknown> = {}) => ({
  amount: 50.0, use_wallet: true, print_type: "private", copies: 1, print_mode: "single", color_mode: "bw", paper_size: "A4",
  comment: "Optional comment", platform_commission: 0.0, ...over,
});
const customer = async (rupees = 0) => {
  const c = await printUser(app, "customer");
  if (rupees) await fundWallet(app, c.id, Math.round(rupees * 100));
  return c;
};
const pay = (c: PrintUserFixture, over: Record<string, unknown> = {}) => c.api.post("/create-payment-order", body(over));
const balanceOf = async (id: number) => (await app.services.db.printUser.findUniqueOrThrow({ where: { id } })).walletBalance;
const ledger = (userId: number) => app.services.db.printWalletTransaction.findMany({ where: { userId }, orderBy: { id: "asc" } });
const dbOrder = (id: number) => app.services.db.printPaymentOrder.findUniqueOrThrow({ where: { id } });
const webhook = (payload: unknown, opts?: Parameters<typeof sendWebhook>[3]) => sendWebhook(`${app.url}/print`, fake.webhookSecret, payload, opts);
const uploaded = (userId: number, cost: number, extra: Record<string, unknown> = {}) => app.services.db.printFile.create({
  data: { userId, code: randomBytes(5).toString("hex"), originalName: "doc.pdf", mimeType: "application/pdf", sizeBytes: 1000, numPages: 1, printType: "private", cost, ...extra },
});

describe("POST /create-payment-order", () => {
  test("a wallet that covers the amount pays at once: paid, wallet, skip_payment, no Razorpay order (scenario A)", async () => {
    const c = await customer(200);
    const before = fake.orders.length;
    const res = await pay(c);
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(CREATED_KEYS);
    expect(res.body).toEqual({
      id: expect.any(Number), order_id: `wallet_${res.body.id}`, amount: 50, status: "paid", payment_method: "wallet",
      wallet_amount: 50, razorpay_amount: 0, key_id: fake.keyId, shopkeeper_id: null, shopkeeper_amount: 50, skip_payment: true,
    });
    expect(fake.orders.length).toBe(before);
    expect(await balanceOf(c.id)).toBe(150_00);
    const rows = await ledger(c.id);
    expect(rows.at(-1)).toMatchObject({ type: "payment", amount: -50_00, balanceBefore: 200_00, balanceAfter: 150_00, paymentOrderId: res.body.id, description: "Print payment" });
    const stored = await dbOrder(res.body.id);
    expect(stored).toMatchObject({ userId: c.id, printType: "private", copies: 1, printMode: "single", colorMode: "bw", paperSize: "A4", comment: "Optional comment", commissionBps: 0 });
    expect(stored.paidAt).toBeInstanceOf(Date);
  });

  test("an empty wallet (or use_wallet false) goes to Razorpay for the full amount (scenario B)", async () => {
    const c = await customer();
    const res = await pay(c, { amount: 50 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: "created", payment_method: "razorpay", wallet_amount: 0, razorpay_amount: 50, amount: 50, skip_payment: false, key_id: fake.keyId });
    expect(fake.order(res.body.order_id)).toMatchObject({ amount: 50_00, currency: "INR", notes: { purpose: "print", user_id: String(c.id) } });

    const rich = await customer(500);
    const noWallet = await pay(rich, { use_wallet: false, amount: 20 });
    expect(noWallet.body).toMatchObject({ payment_method: "razorpay", razorpay_amount: 20, wallet_amount: 0, status: "created" });
    expect(await balanceOf(rich.id)).toBe(500_00);
  });

  test("a partial balance pays what it holds and Razorpay the rest (scenario C, hybrid)", async () => {
    const c = await customer(30);
    const res = await pay(c, { amount: 50 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: "created", payment_method: "hybrid", wallet_amount: 30, razorpay_amount: 20, amount: 50, skip_payment: false });
    expect(fake.order(res.body.order_id)!.amount).toBe(20_00);
    expect(await balanceOf(c.id)).toBe(0);
    expect((await ledger(c.id)).at(-1)).toMatchObject({ type: "payment", amount: -30_00, balanceAfter: 0, paymentOrderId: res.body.id });
  });

  test("a hybrid leaves Razorpay at least its ₹1 minimum", async () => {
    const c = await customer(49.5);
    const res = await pay(c, { amount: 50 });
    expect(res.body).toMatchObject({ payment_method: "hybrid", wallet_amount: 49, razorpay_amount: 1 });
    expect(await balanceOf(c.id)).toBe(50);
  });

  test("queue prints need an existing shopkeeper; the shop is echoed with its amount", async () => {
    const c = await customer(100);
    const shop = await printUser(app, "shopkeeper");
    const other = await customer();
    expect((await pay(c, { print_type: "queue" })).text).toBe("shopkeeper_id is required for queue prints");
    for (const id of [999_999, other.id]) {
      const res = await pay(c, { print_type: "queue", shopkeeper_id: id });
      expect([res.status, res.text]).toEqual([400, "Shopkeeper not found"]);
    }
    const ok = await pay(c, { print_type: "queue", shopkeeper_id: shop.id, amount: 10 });
    expect(ok.body).toMatchObject({ shopkeeper_id: shop.id, shopkeeper_amount: 10, status: "paid" });
    expect(await balanceOf(c.id)).toBe(90_00);
  });

  test.each([
    [{ amount: 0 }, "amount must be greater than 0"],
    [{ amount: -5 }, "amount must be greater than 0"],
    [{ amount: 100_000.01 }, "amount must not exceed ₹100,000"],
    [{ platform_commission: 0.1 }, "platform_commission mismatch"],
    [{ platform_commission: 1.5 }, "platform_commission must be between 0 and 1"],
    [{ copies: 0 }, "copies must be between 1 and 100"],
    [{ print_mode: "triple" }, "print_mode must be single or double"],
    [{ color_mode: "sepia" }, "color_mode must be bw or color"],
    [{ paper_size: "A4;drop" }, "paper_size must be 1-20 letters or digits"],
  ])("rejects %j with 400 and a clear message, moving no money", async (over, message) => {
    const c = await customer(500);
    const res = await pay(c, over);
    expect([res.status, res.text]).toEqual([400, message]);
    expect(await balanceOf(c.id)).toBe(500_00);
    expect(await app.services.db.printPaymentOrder.count({ where: { userId: c.id } })).toBe(0);
  });

  test("malformed amounts and missing required fields are 400", async () => {
    const c = await customer(500);
    const decimals = await pay(c, { amount: 10.555 });
    expect(decimals.status).toBe(400);
    expect(decimals.text).toContain("at most 2 decimals");
    const missing = await c.api.post("/create-payment-order", { amount: 10 });
    expect(missing.status).toBe(400);
    expect(missing.text).toMatch(/^"print_?[tT]ype" is required\.$/);
    expect((await pay(c, { print_type: "public" })).status).toBe(400);
  });

  test("with file_ids the amount must be what those unpaid uploads cost, and they are linked to the order", async () => {
    const c = await customer(100);
    const [f1, f2] = [await uploaded(c.id, 25_00), await uploaded(c.id, 15_00)];
    const mismatch = await pay(c, { amount: 39, file_ids: [f1.id, f2.id] });
    expect([mismatch.status, mismatch.text]).toEqual([400, "amount mismatch"]);

    const foreign = await uploaded((await customer()).id, 10_00);
    const notMine = await pay(c, { amount: 50, file_ids: [f1.id, f2.id, foreign.id] });
    expect([notMine.status, notMine.text]).toEqual([400, "file_ids must be your own uploaded files that are not paid yet"]);

    const ok = await pay(c, { amount: 40, file_ids: [f1.id, f2.id] });
    expect(ok.body).toMatchObject({ status: "paid", amount: 40 });
    const files = await app.services.db.printFile.findMany({ where: { id: { in: [f1.id, f2.id] } } });
    expect(files.map((f) => f.paymentOrderId)).toEqual([ok.body.id, ok.body.id]);
    const again = await pay(c, { amount: 25, file_ids: [f1.id] });
    expect([again.status, again.text]).toEqual([400, "file_ids must be your own uploaded files that are not paid yet"]);
    expect(await balanceOf(c.id)).toBe(60_00);
  });

  test("when Razorpay fails nothing is written: no wallet debit, no order", async () => {
    const c = await customer(30);
    fake.failWith(503);
    try {
      const res = await pay(c, { amount: 50 });
      expect(res.status).toBe(502);
      expect(res.text).toBe("Payment gateway unavailable");
      const viaGraphql = await gql(app.url, `mutation($input: CreatePrintPaymentOrderInput!) { createPrintPaymentOrder(input: $input) { id } }`,
        { input: { amount: 50, useWallet: true, printType: "private" } }, c.token);
      expect(viaGraphql.errors?.[0]).toMatchObject({ message: "Payment gateway unavailable", extensions: { code: "BAD_GATEWAY" } });
    } finally {
      fake.failWith(null);
    }
    expect(await balanceOf(c.id)).toBe(30_00);
    expect(await app.services.db.printPaymentOrder.count({ where: { userId: c.id } })).toBe(0);
    expect(await ledger(c.id)).toHaveLength(1);
  });

  test("401 without or with a bad token, 403 for shopkeepers and admins, 403 for a cookie without CSRF token", async () => {
    expect((await http("POST", `${app.url}/print/create-payment-order`, { body: body() })).status).toBe(401);
    expect((await http("POST", `${app.url}/print/create-payment-order`, { body: body(), token: "not-a-jwt" })).status).toBe(401);
    for (const role of ["shopkeeper", "admin"] as const) expect((await pay(await printUser(app, role))).status).toBe(403);
    const c = await customer(100);
    const cookie = await http("POST", `${app.url}/print/create-payment-order`, { body: body(), headers: { cookie: `token=${c.token}` } });
    expect([cookie.status, cookie.text]).toEqual([403, "Invalid or missing CSRF token"]);
    expect(await balanceOf(c.id)).toBe(100_00);
  });
});

describe("GET /payment-order/:orderId/status", () => {
  test("the caller's order by numeric id or by order_id, in the documented shape", async () => {
    const c = await customer(100);
    const created = (await pay(c)).body;
    for (const ref of [String(created.id), created.order_id]) {
      const res = await c.api.get(`/payment-order/${ref}/status`);
      expect(res.status, res.text).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(STATUS_KEYS);
      expect(res.body).toEqual({ id: created.id, user_id: c.id, order_id: created.order_id, payment_id: null, amount: 50, status: "paid",
        payment_method: "wallet", wallet_amount: 50, created_at: ISO, paid_at: ISO });
    }
  });

  test("another customer's order, or an unknown one, is 404; no token 401; shopkeeper 403", async () => {
    const owner = await customer(100);
    const created = (await pay(owner)).body;
    const stranger = await customer();
    for (const ref of [String(created.id), created.order_id, "order_unknown", "99999999999"]) {
      const res = await stranger.api.get(`/payment-order/${ref}/status`);
      expect([res.status, res.text]).toEqual([404, "Payment order not found"]);
    }
    expect((await http("GET", `${app.url}/print/payment-order/${created.id}/status`)).status).toBe(401);
    expect((await (await printUser(app, "shopkeeper")).api.get(`/payment-order/${created.id}/status`)).status).toBe(403);
  });
});

describe("POST /payment/webhook", () => {
  const razorpayOrder = async (walletRupees: number, amount = 50) => {
    const c = await customer(walletRupees);
    const created = (await pay(c, { amount })).body;
    return { c, created };
  };

  test("rejects a missing, wrong or foreign signature with 400 Invalid signature, changing nothing", async () => {
    const { created } = await razorpayOrder(0);
    const payload = paymentEvent("payment.captured", { orderId: created.order_id, amount: 50_00 });
    for (const signature of [null, "", "deadbeef", "a".repeat(64)]) {
      const res = await webhook(payload, { signature });
      expect([res.status, res.text]).toEqual([400, "Invalid signature"]);
    }
    const otherSecret = await sendWebhook(`${app.url}/print`, "another-secret", payload);
    expect([otherSecret.status, otherSecret.text]).toEqual([400, "Invalid signature"]);
    // a valid signature over different bytes (whitespace) does not cover this body
    const res = await webhook(payload, { raw: JSON.stringify(payload, null, 2), signature: signWebhook(JSON.stringify(payload), fake.webhookSecret) });
    expect(res.text).toBe("Invalid signature");
    expect((await dbOrder(created.id)).status).toBe("created");
  });

  test("payment.captured marks the order paid once; a retried delivery is acknowledged as duplicate", async () => {
    const { c, created } = await razorpayOrder(0);
    const payload = paymentEvent("payment.captured", { orderId: created.order_id, amount: 50_00, paymentId: "pay_abc123" });
    const first = await webhook(payload, { eventId: `evt_${created.id}` });
    expect([first.status, first.body]).toEqual([200, { status: "processed" }]);
    const retry = await webhook(payload, { eventId: `evt_${created.id}` });
    expect([retry.status, retry.body]).toEqual([200, { status: "duplicate" }]);
    const orderPaid = await webhook(paymentEvent("order.paid", { orderId: created.order_id, amount: 50_00, paymentId: "pay_abc123" }));
    expect(orderPaid.body).toEqual({ status: "ignored" });
    const status = await c.api.get(`/payment-order/${created.order_id}/status`);
    expect(status.body).toMatchObject({ status: "paid", payment_id: "pay_abc123", paid_at: ISO, payment_method: "razorpay" });
    expect(await app.services.db.printWebhookEvent.count({ where: { id: `evt_${created.id}` } })).toBe(1);
  });

  test("a hybrid capture must carry exactly the Razorpay part; a mismatch is 400 and changes nothing", async () => {
    const { c, created } = await razorpayOrder(30);
    const wrong = await webhook(paymentEvent("payment.captured", { orderId: created.order_id, amount: 50_00 }));
    expect([wrong.status, wrong.text]).toEqual([400, "Amount mismatch"]);
    expect((await dbOrder(created.id)).status).toBe("created");
    const right = await webhook(paymentEvent("order.paid", { orderId: created.order_id, amount: 20_00 }));
    expect(right.body).toEqual({ status: "processed" });
    expect(await dbOrder(created.id)).toMatchObject({ status: "paid", walletAmount: 30_00, razorpayAmount: 20_00 });
    expect(await balanceOf(c.id)).toBe(0);
  });

  test("payment.failed fails a hybrid order and returns its wallet part exactly once", async () => {
    const { c, created } = await razorpayOrder(30);
    const failed = await webhook(paymentEvent("payment.failed", { orderId: created.order_id, amount: 20_00 }));
    expect(failed.body).toEqual({ status: "processed" });
    expect((await dbOrder(created.id)).status).toBe("failed");
    expect(await balanceOf(c.id)).toBe(30_00);
    const again = await webhook(paymentEvent("payment.failed", { orderId: created.order_id, amount: 20_00 }));
    expect(again.body).toEqual({ status: "ignored" });
    expect(await balanceOf(c.id)).toBe(30_00);
    const refunds = (await ledger(c.id)).filter((r) => r.type === "refund");
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: 30_00, balanceBefore: 0, balanceAfter: 30_00, paymentOrderId: created.id });
  });

  test("a capture after a failure re-takes the wallet part, or leaves the order failed when it is spent", async () => {
    const { c, created } = await razorpayOrder(30);
    await webhook(paymentEvent("payment.failed", { orderId: created.order_id, amount: 20_00 }));
    const late = await webhook(paymentEvent("payment.captured", { orderId: created.order_id, amount: 20_00 }));
    expect(late.body).toEqual({ status: "processed" });
    expect((await dbOrder(created.id)).status).toBe("paid");
    expect(await balanceOf(c.id)).toBe(0);

    const spent = await razorpayOrder(30);
    await webhook(paymentEvent("payment.failed", { orderId: spent.created.order_id, amount: 20_00 }));
    await app.services.db.printUser.update({ where: { id: spent.c.id }, data: { walletBalance: 0 } });
    const tooLate = await webhook(paymentEvent("payment.captured", { orderId: spent.created.order_id, amount: 20_00 }));
    expect(tooLate.body).toEqual({ status: "ignored" });
    expect((await dbOrder(spent.created.id)).status).toBe("failed");
  });

  test("deduplicates by the payload id when no event id header is sent; unknown orders and events are ignored", async () => {
    const { created } = await razorpayOrder(0);
    const payload = { ...paymentEvent("payment.captured", { orderId: created.order_id, amount: 50_00 }), id: `evt_payload_${created.id}` };
    expect((await webhook(payload, { eventId: null })).body).toEqual({ status: "processed" });
    expect((await webhook(payload, { eventId: null })).body).toEqual({ status: "duplicate" });
    expect((await webhook(paymentEvent("payment.captured", { orderId: "order_nobody", amount: 100 }))).body).toEqual({ status: "ignored" });
    expect((await webhook({ event: "refund.created", payload: {} })).body).toEqual({ status: "ignored" });
  });

  test("a signed body that is not a payment event is 400 Invalid webhook payload", async () => {
    for (const raw of ["not json", "[]", JSON.stringify({ event: "payment.captured", payload: {} })]) {
      const res = await webhook(null, { raw });
      expect([res.status, res.text]).toEqual([400, "Invalid webhook payload"]);
    }
  });

  test("the webhook is a GraphQL mutation too, verifying the same signature", async () => {
    const res = await gql(app.url, `mutation($input: ProcessPrintRazorpayWebhookInput!) { processPrintRazorpayWebhook(input: $input) { status } }`,
      { input: { body: "{}", signature: "nope" } });
    expect(res.errors?.[0]).toMatchObject({ message: "Invalid signature", extensions: { code: "BAD_REQUEST" } });
  });
});

describe("a failed-then-captured hybrid order cancelled by the shop", () => {
  test("the customer gets the full amount back, the wallet part re-taken by the capture included", async () => {
    const c = await customer(30);
    const shop = await printUser(app, "shopkeeper");
    const files = [await uploaded(c.id, 20_00, { printType: "queue", shopkeeperId: shop.id }), await uploaded(c.id, 30_00, { printType: "queue", shopkeeperId: shop.id })];
    const created = (await pay(c, { amount: 50, print_type: "queue", shopkeeper_id: shop.id, file_ids: files.map((f) => f.id) })).body;
    expect(created).toMatchObject({ status: "created", payment_method: "hybrid", wallet_amount: 30, razorpay_amount: 20 });
    expect((await webhook(paymentEvent("payment.failed", { orderId: created.order_id, amount: 20_00 }))).body).toEqual({ status: "processed" });
    expect(await balanceOf(c.id)).toBe(30_00);
    expect((await webhook(paymentEvent("payment.captured", { orderId: created.order_id, amount: 20_00 }))).body).toEqual({ status: "processed" });
    expect(await dbOrder(created.id)).toMatchObject({ status: "paid" });
    expect(await balanceOf(c.id)).toBe(0);

    const res = await shop.api.post(`/queue/${files[0]!.id}/cancel`, { reason: "Printer out of order" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ cancelled_file_ids: files.map((f) => f.id), refunded_amount: 50 });
    expect(await balanceOf(c.id)).toBe(50_00);
    expect(await dbOrder(created.id)).toMatchObject({ status: "refunded" });
  });
});

describe("referral credit is not given for paying", () => {
  const referee = async (rupees = 0) => {
    const c = await customer(rupees);
    const referrer = await customer();
    await app.services.db.printReferral.create({ data: { referrerId: referrer.id, refereeId: c.id } });
    return { c, referrer };
  };
  const referralOf = (refereeId: number) => app.services.db.printReferral.findUniqueOrThrow({ where: { refereeId } });

  test("a ₹1 wallet payment leaves the referral pending", async () => {
    const { c, referrer } = await referee(1);
    const res = await pay(c, { amount: 1 });
    expect(res.body).toMatchObject({ status: "paid", payment_method: "wallet" });
    expect(await referralOf(c.id)).toMatchObject({ status: "pending", creditedAt: null });
    expect([await balanceOf(c.id), await balanceOf(referrer.id)]).toEqual([0, 0]);
  });

  test("a captured Razorpay payment leaves the referral pending", async () => {
    const { c, referrer } = await referee();
    const created = (await pay(c, { amount: 1 })).body;
    expect((await webhook(paymentEvent("payment.captured", { orderId: created.order_id, amount: 1_00 }))).body).toEqual({ status: "processed" });
    expect((await dbOrder(created.id)).status).toBe("paid");
    expect(await referralOf(c.id)).toMatchObject({ status: "pending", creditedAt: null });
    expect([await balanceOf(c.id), await balanceOf(referrer.id)]).toEqual([0, 0]);
  });
});

describe("GET /my-orders", () => {
  test("the caller's orders newest first with print details; others' orders never appear", async () => {
    const c = await customer(100);
    const shop = await printUser(app, "shopkeeper");
    const first = (await pay(c, { amount: 10 })).body;
    const second = (await pay(c, { amount: 20, print_type: "queue", shopkeeper_id: shop.id, copies: 2, color_mode: "color", print_mode: "double", paper_size: "Letter" })).body;
    await pay(await customer(100));
    const res = await c.api.get("/my-orders");
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((o: { id: number }) => o.id)).toEqual([second.id, first.id]);
    expect(res.body[0]).toEqual({
      id: second.id, user_id: c.id, order_id: second.order_id, payment_id: null, amount: 20, status: "paid", payment_method: "wallet",
      wallet_amount: 20, razorpay_amount: 0, print_type: "queue", copies: 2, print_mode: "double", color_mode: "color", paper_size: "Letter",
      shopkeeper_id: shop.id, shop_name: shop.shopName, shopkeeper_amount: 20, comment: "Optional comment", created_at: ISO, paid_at: ISO, refunded_at: null,
    });
    expect((await c.api.get("/my-orders?limit=1&offset=1")).body.map((o: { id: number }) => o.id)).toEqual([first.id]);
    const bad = await c.api.get("/my-orders?limit=101");
    expect([bad.status, bad.text]).toEqual([400, "limit must be between 1 and 100"]);
    expect((await (await customer()).api.get("/my-orders")).body).toEqual([]);
  });

  test("401 without token, 403 for a shopkeeper", async () => {
    expect((await http("GET", `${app.url}/print/my-orders`)).status).toBe(401);
    expect((await (await printUser(app, "shopkeeper")).api.get("/my-orders")).status).toBe(403);
  });

  test("GraphQL: createPrintPaymentOrder, printPaymentOrder and printMyOrders agree", async () => {
    const c = await customer(80);
    const created = await gql(app.url, `mutation($input: CreatePrintPaymentOrderInput!) { createPrintPaymentOrder(input: $input) { id orderId paymentMethod walletAmount razorpayAmount skipPayment platformCommission } }`,
      { input: { amount: 100, useWallet: true, printType: "private" } }, c.token);
    expect(created.errors).toBeUndefined();
    const order = created.data.createPrintPaymentOrder;
    expect(order).toMatchObject({ paymentMethod: "hybrid", walletAmount: 80, razorpayAmount: 20, skipPayment: false, platformCommission: 0 });
    const read = await gql(app.url, `query($id: String!) { printPaymentOrder(orderId: $id) { id status } printMyOrders { id } }`, { id: order.orderId }, c.token);
    expect(read.data).toEqual({ printPaymentOrder: { id: order.id, status: "created" }, printMyOrders: [{ id: order.id }] });
    const anonymous = await gql(app.url, `{ printMyOrders { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("abandoned checkouts", () => {
  test("the expiry job fails orders unpaid for an hour and returns their wallet part; fresh and paid ones stay", async () => {
    const stale = await customer(30);
    const staleOrder = (await pay(stale, { amount: 50 })).body;
    const fresh = await customer(30);
    const freshOrder = (await pay(fresh, { amount: 50 })).body;
    const paid = await customer(100);
    const paidOrder = (await pay(paid, { amount: 50 })).body;
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await app.services.db.printPaymentOrder.updateMany({ where: { id: { in: [staleOrder.id, paidOrder.id] } }, data: { createdAt: twoHoursAgo } });

    expect(await expireUnpaidOrders(app.services)).toBeGreaterThanOrEqual(1);
    expect((await dbOrder(staleOrder.id)).status).toBe("failed");
    expect(await balanceOf(stale.id)).toBe(30_00);
    expect((await dbOrder(freshOrder.id)).status).toBe("created");
    expect(await balanceOf(fresh.id)).toBe(0);
    expect((await dbOrder(paidOrder.id)).status).toBe("paid");
    await expireUnpaidOrders(app.services);
    expect(await balanceOf(stale.id)).toBe(30_00);
  });
});

describe("limits (own app: tight budgets, wrong Razorpay secret)", () => {
  let tight: TestApp;
  beforeAll(async () => {
    tight = await startTestApp({ ...fake.env, RAZORPAY_KEY_SECRET: "wrong-secret", PRINT_PAYMENT_ORDERS_PER_MINUTE: "3", PRINT_WEBHOOKS_PER_MINUTE: "2" });
  });
  afterAll(() => tight?.close());

  test("Razorpay refusing our credentials is a gateway failure, not a half-written top-up", async () => {
    const c = await printUser(tight, "customer");
    const res = await c.api.post("/wallet/topup", { amount: 100 });
    expect(res.status).toBe(502);
    expect(await tight.services.db.printWalletTopup.count({ where: { userId: c.id } })).toBe(0);
  });

  test("payment orders and webhooks are rate limited per IP with 429 and Retry-After", async () => {
    const c = await printUser(tight, "customer");
    await fundWallet(tight, c.id, 100_00);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await c.api.post("/create-payment-order", body({ amount: 1 })));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(results[3]!.text).toBe("Too many payment requests, try again later");
    expect(Number(results[3]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await tight.services.db.printUser.findUniqueOrThrow({ where: { id: c.id } }).then((u) => u.walletBalance)).toBe(97_00);
    const hooks = [];
    for (let i = 0; i < 3; i++) hooks.push(await sendWebhook(`${tight.url}/print`, fake.webhookSecret, { event: "ping" }));
    expect(hooks.map((h) => h.status)).toEqual([200, 200, 429]);
  });
});
