import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, http } from "../../support/http.ts";
import { printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { unique } from "../../support/unique.ts";

let app: TestApp;
let admin: PrintUserFixture;
beforeAll(async () => { app = await startTestApp(); admin = await printUser(app, "admin"); });
afterAll(() => app?.close());

const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

/** Rows inserted directly (their own flows are tested elsewhere). Amounts in paise. */
const insert = (a: TestApp) => ({
  order: (fields: { userId?: number | null; shopkeeperId?: number | null; amount?: number; status?: "created" | "paid" | "failed" | "refunded"; commissionBps?: number; shopkeeperAmount?: number; createdAt?: Date; paidAt?: Date | null }) =>
    a.services.db.printPaymentOrder.create({ data: { orderId: unique("order"), amount: 1000, printType: "queue", ...fields } }),
  payout: (shopkeeperId: number, fields: { amount?: number; status?: "pending" | "processing" | "paid" | "failed"; paymentOrderId?: number; reference?: string; createdAt?: Date; paidAt?: Date } = {}) =>
    a.services.db.printPayout.create({ data: { shopkeeperId, amount: 500, ...fields } }),
  file: (userId: number, fields: { status?: "uploaded" | "printing" | "downloaded" | "withdrawn" | "cancelled"; storageKey?: string; paymentOrderId?: number; shopkeeperId?: number } = {}) =>
    a.services.db.printFile.create({ data: { userId, code: unique("f").slice(-12), originalName: "doc.pdf", mimeType: "application/pdf", sizeBytes: 100, numPages: 2, printType: "private", cost: 200, ...fields } }),
});
const rows = () => insert(app);

/** Every admin endpoint with a body valid enough to reach authorization. */
const ENDPOINTS: [string, string, unknown?][] = [
  ["GET", "/admin/dashboard/stats"],
  ["GET", "/admin/users"],
  ["GET", "/admin/users/details?user_id=1"],
  ["POST", "/admin/users/delete", { user_id: 999_999 }],
  ["GET", "/admin/orders"],
  ["GET", "/admin/payouts"],
  ["PUT", "/admin/payouts/update", { payout_id: 999_999, status: "paid" }],
  ["PUT", "/admin/payouts/bulk-update", { payout_ids: [999_999], status: "paid" }],
  ["GET", "/admin/payouts/export"],
  ["PUT", "/admin/app-downloads", { ios_coming_soon: true }],
];
const call = (base: string, method: string, path: string, body?: unknown, opts: { token?: string; headers?: Record<string, string> } = {}) =>
  http(method, `${base}${path}`, { body, ...opts });

describe("admin gate", () => {
  test.each(ENDPOINTS)("%s %s: 401 without a token or with a bad one", async (method, path, body) => {
    for (const token of [undefined, "not-a-jwt"]) {
      const res = await call(`${app.url}/print`, method, path, body, { token });
      expect(res.status, res.text).toBe(401);
      expect(res.text).toBe("Authentication required");
    }
  });

  test.each(ENDPOINTS)("%s %s: 403 for a customer and a shopkeeper", async (method, path, body) => {
    for (const role of ["customer", "shopkeeper"] as const) {
      const user = await printUser(app, role);
      const res = await call(`${app.url}/print`, method, path, body, { token: user.token });
      expect(res.status, res.text).toBe(403);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    }
  });

  test("a cookie-authenticated admin PUT needs the CSRF token; reads do not", async () => {
    const cookie = { cookie: `token=${admin.token}` };
    const get = await call(`${app.url}/print`, "GET", "/admin/dashboard/stats", undefined, { headers: cookie });
    expect(get.status, get.text).toBe(200);
    const noCsrf = await call(`${app.url}/print`, "PUT", "/admin/app-downloads", { ios_coming_soon: true }, { headers: cookie });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.text).toBe("Invalid or missing CSRF token");
    const withCsrf = await call(`${app.url}/print`, "PUT", "/admin/app-downloads", { ios_coming_soon: true },
      { headers: { cookie: `token=${admin.token}; print_csrf=csrf-abc`, "x-csrf-token": "csrf-abc" } });
    expect(withCsrf.status, withCsrf.text).toBe(200);
  });

  test("GraphQL: admin fields are FORBIDDEN for a customer and UNAUTHENTICATED without a token", async () => {
    const customer = await printUser(app, "customer");
    const denied = await gql(app.url, "{ printAdminDashboardStats { totalUsers } }", undefined, customer.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await gql(app.url, "mutation { bulkUpdatePrintPayouts(input: { payoutIds: [1], status: paid }) { updated } }");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("ALLOWED_ADMIN_IPS", () => {
  let blocked: TestApp;
  let allowed: TestApp;
  beforeAll(async () => {
    [blocked, allowed] = await Promise.all([
      startTestApp({ ALLOWED_ADMIN_IPS: "10.9.9.9" }),
      startTestApp({ ALLOWED_ADMIN_IPS: "127.0.0.1,::1,::ffff:127.0.0.1" }),
    ]);
  });
  afterAll(async () => { await Promise.all([blocked?.close(), allowed?.close()]); });

  test.each(ENDPOINTS)("%s %s: 403 \"Access denied\" for an admin calling from elsewhere", async (method, path, body) => {
    const a = await printUser(blocked, "admin");
    const res = await call(`${blocked.url}/print`, method, path, body, { token: a.token });
    expect(res.status, res.text).toBe(403);
    expect(res.text).toBe("Access denied");
  });

  test("blocked admin: nothing changes, GraphQL says FORBIDDEN, the public pages still answer", async () => {
    const a = await printUser(blocked, "admin");
    const victim = await printUser(blocked, "customer");
    expect((await call(`${blocked.url}/print`, "POST", "/admin/users/delete", { user_id: victim.id }, { token: a.token })).status).toBe(403);
    expect(await blocked.services.db.printUser.count({ where: { id: victim.id } })).toBe(1);
    const res = await gql(blocked.url, "{ printAdminUsers { total } }", undefined, a.token);
    expect(res.errors?.[0]).toMatchObject({ message: "Access denied", extensions: { code: "FORBIDDEN" } });
    expect((await http("GET", `${blocked.url}/print/app-downloads`)).status).toBe(200);
  });

  test("an admin from a listed address (loopback, any notation) is let in", async () => {
    const a = await printUser(allowed, "admin");
    const res = await call(`${allowed.url}/print`, "GET", "/admin/dashboard/stats", undefined, { token: a.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body.admins).toBe(1);
    const gq = await gql(allowed.url, "{ printAdminUsers { total } }", undefined, a.token);
    expect(gq.errors).toBeUndefined();
  });
});

describe("GET /admin/dashboard/stats", () => {
  let fresh: TestApp;
  beforeAll(async () => { fresh = await startTestApp(); });
  afterAll(() => fresh?.close());

  test("figures computed from exactly the rows in the database (amounts in rupees)", async () => {
    const boss = await printUser(fresh, "admin");
    const [c1, c2] = [await printUser(fresh, "customer", { walletBalance: 10_000 }), await printUser(fresh, "customer", { walletBalance: 5_050 })];
    await printUser(fresh, "customer");
    const open = await printUser(fresh, "shopkeeper");
    const closed = await printUser(fresh, "shopkeeper", { isOpen: false });
    const r = insert(fresh);
    for (const status of ["uploaded", "uploaded", "printing", "downloaded", "withdrawn", "cancelled"] as const) await r.file(c1.id, { status });
    await r.order({ userId: c1.id, shopkeeperId: open.id, amount: 500, status: "paid", commissionBps: 1000 }); // commission ₹0.50
    await r.order({ userId: c2.id, shopkeeperId: open.id, amount: 1234, status: "paid", commissionBps: 250 }); // 30.85 paise → 31
    await r.order({ userId: c2.id, amount: 700, status: "created", commissionBps: 1000 });
    await r.order({ userId: c1.id, amount: 900, status: "refunded", commissionBps: 1000 });
    await r.order({ userId: c1.id, amount: 1000, status: "paid", createdAt: daysAgo(2) });
    await r.payout(open.id, { amount: 300 });
    await r.payout(closed.id, { amount: 200 });
    await r.payout(open.id, { amount: 500, status: "paid" });
    await r.payout(open.id, { amount: 100, status: "processing" });

    const res = await http("GET", `${fresh.url}/print/admin/dashboard/stats`, { token: boss.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      total_users: 6, customers: 3, shopkeepers: 2, admins: 1, open_shops: 1,
      total_files: 6, files_uploaded: 2, files_printing: 1, files_downloaded: 1, files_withdrawn: 1, files_cancelled: 1,
      paid_orders: 3, revenue: 27.34, platform_commission: 0.81, today_orders: 4, today_revenue: 17.34,
      wallet_balance_total: 150.5, pending_payouts: 2, pending_payout_amount: 5,
    });
    const gq = await gql(fresh.url, "{ printAdminDashboardStats { totalUsers revenue pendingPayoutAmount } }", undefined, boss.token);
    expect(gq.data.printAdminDashboardStats).toEqual({ totalUsers: 6, revenue: 27.34, pendingPayoutAmount: 5 });
  });
});

const USER_KEYS = ["address", "created_at", "email", "files_count", "full_name", "id", "is_open", "orders_count", "phone", "referral_code", "role", "shop_name", "username", "wallet_balance"];

describe("GET /admin/users", () => {
  test("a page of users, newest first, with the documented keys and the total", async () => {
    const tag = unique("lst").replace(/-/g, "_");
    const c = await printUser(app, "customer", { username: `${tag}_c`, walletBalance: 12_345, referralCode: unique("R").slice(-10) });
    const s = await printUser(app, "shopkeeper", { username: `${tag}_s` });
    await rows().file(c.id);
    await rows().order({ userId: c.id });
    const res = await admin.api.get(`/admin/users?search=${tag}`);
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["limit", "page", "total", "users"]);
    expect(res.body).toMatchObject({ total: 2, page: 1, limit: 50 });
    for (const u of res.body.users) expect(Object.keys(u).sort()).toEqual(USER_KEYS);
    expect(res.body.users.map((u: { id: number }) => u.id)).toEqual([s.id, c.id]);
    expect(res.body.users[1]).toEqual({
      id: c.id, username: c.username, full_name: "Test customer", email: c.email, phone: c.phone, role: "customer",
      shop_name: null, address: null, is_open: false, wallet_balance: 123.45, referral_code: c.referralCode, created_at: ISO,
      files_count: 1, orders_count: 1,
    });
    expect(res.body.users[0]).toMatchObject({ role: "shopkeeper", shop_name: s.shopName, is_open: true, wallet_balance: 0, files_count: 0 });
    expect((await admin.api.get("/admin/users")).body.total).toBe(await app.services.db.printUser.count());
  });

  test("search is a case-insensitive substring of username, e-mail or phone; role filters", async () => {
    const tag = unique("SRCH").replace(/-/g, "_");
    const byName = await printUser(app, "customer", { username: `${tag}_name` });
    const byMail = await printUser(app, "shopkeeper", { email: `${tag.toLowerCase()}@mail.example.com` });
    const byPhone = await printUser(app, "customer", { phone: "+91 98765 43210" });
    const ids = async (q: string) => (await admin.api.get(`/admin/users?${q}`)).body.users.map((u: { id: number }) => u.id);
    expect(await ids(`search=${tag.toLowerCase()}`)).toEqual([byMail.id, byName.id]);
    expect(await ids(`search=${tag}&role=shopkeeper`)).toEqual([byMail.id]);
    expect(await ids(`search=${encodeURIComponent("98765 4321")}`)).toEqual([byPhone.id]);
    expect(await ids(`search=${tag}&role=admin`)).toEqual([]);
    const admins = await admin.api.get("/admin/users?role=admin");
    expect(admins.body.users.every((u: { role: string }) => u.role === "admin")).toBe(true);
    expect(admins.body.total).toBe(await app.services.db.printUser.count({ where: { role: "admin" } }));
  });

  test("pagination: 1-indexed pages of `limit`, total over all pages", async () => {
    const tag = unique("pg").replace(/-/g, "_");
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await printUser(app, "customer", { username: `${tag}_${i}` }));
    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      const res = await admin.api.get(`/admin/users?search=${tag}&page=${page}&limit=2`);
      expect(res.body).toMatchObject({ total: 5, page, limit: 2 });
      pages.push(res.body.users.map((u: { id: number }) => u.id));
    }
    const newest = made.map((u) => u.id).reverse();
    expect(pages).toEqual([newest.slice(0, 2), newest.slice(2, 4), newest.slice(4), []]);
  });

  test.each(["limit=0", "page=0", "role=superuser", "limit=abc"])("?%s is 400", async (q) => {
    const res = await admin.api.get(`/admin/users?${q}`);
    expect(res.status).toBe(400);
  });
});

describe("GET /admin/users/details", () => {
  test("profile, wallet, counts, the 10 latest orders and referral info", async () => {
    const referrer = await printUser(app, "customer");
    const c = await printUser(app, "customer", { walletBalance: 2_550, referralCode: unique("RC").slice(-10) });
    const shop = await printUser(app, "shopkeeper");
    const db = app.services.db;
    await db.printReferral.create({ data: { referrerId: referrer.id, refereeId: c.id, status: "credited", amount: 5_000, creditedAt: new Date() } });
    const [f1, f2] = [await printUser(app, "customer"), await printUser(app, "customer")];
    await db.printReferral.create({ data: { referrerId: c.id, refereeId: f1.id, status: "credited", amount: 5_000 } });
    await db.printReferral.create({ data: { referrerId: c.id, refereeId: f2.id } });
    await rows().file(c.id);
    await rows().file(c.id, { status: "downloaded" });
    const orders = [];
    for (let i = 0; i < 12; i++) {
      orders.push(await rows().order({ userId: c.id, shopkeeperId: shop.id, amount: 100 * (i + 1), status: i % 3 === 0 ? "paid" : "created", createdAt: daysAgo(12 - i) }));
    }

    const res = await admin.api.get(`/admin/users/details?user_id=${c.id}`);
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([...USER_KEYS, "paid_orders_count", "recent_orders", "referral_earnings", "referrals_count", "referrals_credited", "referred_by"].sort());
    expect(res.body).toMatchObject({
      id: c.id, username: c.username, wallet_balance: 25.5, referral_code: c.referralCode,
      files_count: 2, orders_count: 12, paid_orders_count: 4,
      referred_by: { id: referrer.id, username: referrer.username },
      referrals_count: 2, referrals_credited: 1, referral_earnings: 50,
    });
    expect(res.body.recent_orders.map((o: { id: number }) => o.id)).toEqual(orders.slice(2).reverse().map((o) => o.id));
    expect(res.body.recent_orders[0]).toEqual({
      id: orders[11]!.id, order_id: orders[11]!.orderId, user_id: c.id, customer_username: c.username, shopkeeper_id: shop.id, shop_name: shop.shopName,
      payment_id: null, amount: 12, status: "created", payment_method: "razorpay", wallet_amount: 0, razorpay_amount: 0, shopkeeper_amount: 0,
      print_type: "queue", copies: 1, created_at: ISO, paid_at: null, refunded_at: null,
    });
    const byId = await admin.api.get(`/admin/users/details?id=${c.id}`);
    expect(byId.body).toEqual(res.body);
    const plain = await admin.api.get(`/admin/users/details?user_id=${referrer.id}`);
    expect(plain.body).toMatchObject({ referred_by: null, referrals_count: 1, referrals_credited: 1, referral_earnings: 50, recent_orders: [] });
  });

  test.each([
    ["", 400, "user_id is required"],
    ["?user_id=", 400, "user_id is required"],
    ["?user_id=abc", 400, "user_id must be a positive integer"],
    ["?user_id=-3", 400, "user_id must be a positive integer"],
    ["?user_id=99999999999", 400, "user_id must be a positive integer"],
    ["?user_id=2147483000", 404, "User not found"],
  ])("%s → %i %s", async (q, status, message) => {
    const res = await admin.api.get(`/admin/users/details${q}`);
    expect(res.status).toBe(status);
    expect(res.text).toBe(message);
  });

  test("authorization answers before the parameter check", async () => {
    const customer = await printUser(app, "customer");
    const anonymous = await http("GET", `${app.url}/print/admin/users/details`);
    expect([anonymous.status, anonymous.text]).toEqual([401, "Authentication required"]);
    expect((await customer.api.get("/admin/users/details?user_id=abc")).status).toBe(403);
  });

  test("GraphQL printAdminUser", async () => {
    const c = await printUser(app, "customer", { walletBalance: 99 });
    const res = await gql(app.url, `{ printAdminUser(userId: ${c.id}) { username walletBalance ordersCount referredBy { id } } }`, undefined, admin.token);
    expect(res.data.printAdminUser).toEqual({ username: c.username, walletBalance: 0.99, ordersCount: 0, referredBy: null });
  });
});

describe("POST /admin/users/delete", () => {
  test("deletes a customer: files (rows + stored objects), reset tokens and OTPs go; orders and wallet records stay unlinked", async () => {
    const c = await printUser(app, "customer", { walletBalance: 1_000 });
    const referee = await printUser(app, "customer");
    const db = app.services.db;
    const key = `print/${c.id}/${unique("k")}-doc.pdf`;
    await app.services.storage.put(key, new Uint8Array([1, 2, 3]));
    const order = await rows().order({ userId: c.id, status: "paid" });
    await rows().file(c.id, { storageKey: key, paymentOrderId: order.id });
    await rows().file(c.id, { status: "downloaded" });
    await db.printPasswordReset.create({ data: { userId: c.id, tokenHash: unique("h"), expiresAt: daysAgo(-1) } });
    await db.printOtp.create({ data: { purpose: "login", email: c.email, codeHash: "x", expiresAt: daysAgo(-1) } });
    const tx = await db.printWalletTransaction.create({ data: { userId: c.id, type: "payment", amount: -1_000, balanceBefore: 2_000, balanceAfter: 1_000, paymentOrderId: order.id } });
    await db.printReferral.create({ data: { referrerId: c.id, refereeId: referee.id } });

    const res = await admin.api.post("/admin/users/delete", { user_id: c.id });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ message: "User deleted successfully" });
    expect(await db.printUser.count({ where: { id: c.id } })).toBe(0);
    expect(await db.printFile.count({ where: { userId: c.id } })).toBe(0);
    expect(await db.printFile.count({ where: { paymentOrderId: order.id } })).toBe(0);
    expect(await app.services.storage.get(key)).toBeNull();
    expect(await db.printPasswordReset.count({ where: { userId: c.id } })).toBe(0);
    expect(await db.printOtp.count({ where: { email: c.email } })).toBe(0);
    expect(await db.printReferral.count({ where: { referrerId: c.id } })).toBe(0);
    expect(await db.printPaymentOrder.findUnique({ where: { id: order.id } })).toMatchObject({ userId: null, status: "paid", amount: 1000 });
    expect(await db.printWalletTransaction.findUnique({ where: { id: tx.id } })).toMatchObject({ userId: null, amount: -1_000 });
    expect(await db.printUser.count({ where: { id: referee.id } })).toBe(1);
    expect((await admin.api.get(`/admin/users/details?user_id=${c.id}`)).status).toBe(404);
  });

  test("deletes a shopkeeper: payouts go; orders at the shop and customers' files stay, unlinked from the shop", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const order = await rows().order({ userId: customer.id, shopkeeperId: shop.id, status: "paid" });
    const file = await rows().file(customer.id, { shopkeeperId: shop.id, paymentOrderId: order.id });
    await rows().payout(shop.id, { paymentOrderId: order.id });
    const res = await admin.api.post("/admin/users/delete", { user_id: shop.id, extra: "ignored" });
    expect(res.status, res.text).toBe(200);
    const db = app.services.db;
    expect(await db.printPayout.count({ where: { shopkeeperId: shop.id } })).toBe(0);
    expect(await db.printPaymentOrder.findUnique({ where: { id: order.id } })).toMatchObject({ userId: customer.id, shopkeeperId: null });
    expect(await db.printFile.findUnique({ where: { id: file.id } })).toMatchObject({ userId: customer.id, shopkeeperId: null });
  });

  test("refuses oneself, another admin (400) and an unknown user (404), changing nothing", async () => {
    const other = await printUser(app, "admin");
    const self = await admin.api.post("/admin/users/delete", { user_id: admin.id });
    expect([self.status, self.text]).toEqual([400, "You cannot delete your own account"]);
    const peer = await admin.api.post("/admin/users/delete", { user_id: other.id });
    expect([peer.status, peer.text]).toEqual([400, "Cannot delete an admin account"]);
    const ghost = await admin.api.post("/admin/users/delete", { user_id: 2_147_483_000 });
    expect([ghost.status, ghost.text]).toEqual([404, "User not found"]);
    expect(await app.services.db.printUser.count({ where: { id: { in: [admin.id, other.id] } } })).toBe(2);
  });

  test.each([[{}], [{ user_id: "abc" }], [{ user_id: 0 }]])("body %j is 400", async (body) => {
    expect((await admin.api.post("/admin/users/delete", body)).status).toBe(400);
  });

  test("a missing user_id is named as documented", async () => {
    const res = await admin.api.post("/admin/users/delete", {});
    expect([res.status, res.text]).toEqual([400, '"user_id" is required.']);
  });

  test("GraphQL deletePrintUserAsAdmin", async () => {
    const c = await printUser(app, "customer");
    const res = await gql(app.url, `mutation { deletePrintUserAsAdmin(input: { userId: ${c.id} }) { message } }`, undefined, admin.token);
    expect(res.data.deletePrintUserAsAdmin).toEqual({ message: "User deleted successfully" });
    expect(await app.services.db.printUser.count({ where: { id: c.id } })).toBe(0);
  });
});

const ORDER_KEYS = ["amount", "copies", "created_at", "customer_username", "id", "order_id", "paid_at", "payment_id", "payment_method", "print_type",
  "razorpay_amount", "refunded_at", "shop_name", "shopkeeper_amount", "shopkeeper_id", "status", "user_id", "wallet_amount"];

describe("GET /admin/orders", () => {
  test("every customer's orders, newest first, with customer username and shop name", async () => {
    const [c1, c2] = [await printUser(app, "customer"), await printUser(app, "customer")];
    const shop = await printUser(app, "shopkeeper");
    const paidAt = new Date();
    const a = await rows().order({ userId: c1.id, shopkeeperId: shop.id, amount: 2_550, status: "paid", paidAt, shopkeeperAmount: 2_300 });
    const b = await rows().order({ userId: c2.id, amount: 1_000 });
    const orphan = await rows().order({ userId: null, amount: 300, status: "refunded" });
    const res = await admin.api.get("/admin/orders");
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["limit", "orders", "page", "total"]);
    expect(res.body).toMatchObject({ page: 1, limit: 50, total: await app.services.db.printPaymentOrder.count() });
    for (const o of res.body.orders) expect(Object.keys(o).sort()).toEqual(ORDER_KEYS);
    expect(res.body.orders.slice(0, 3).map((o: { id: number }) => o.id)).toEqual([orphan.id, b.id, a.id]);
    expect(res.body.orders[2]).toEqual({
      id: a.id, order_id: a.orderId, user_id: c1.id, customer_username: c1.username, shopkeeper_id: shop.id, shop_name: shop.shopName,
      payment_id: null, amount: 25.5, status: "paid", payment_method: "razorpay", wallet_amount: 0, razorpay_amount: 0, shopkeeper_amount: 23,
      print_type: "queue", copies: 1, created_at: ISO, paid_at: paidAt.toISOString(), refunded_at: null,
    });
    expect(res.body.orders[0]).toMatchObject({ user_id: null, customer_username: null, shop_name: null, status: "refunded" });
  });

  test("status filter and pagination", async () => {
    const c = await printUser(app, "customer");
    const refunded = [];
    for (let i = 0; i < 3; i++) refunded.push(await rows().order({ userId: c.id, status: "refunded" }));
    const total = await app.services.db.printPaymentOrder.count({ where: { status: "refunded" } });
    const p1 = await admin.api.get("/admin/orders?status=refunded&limit=2");
    expect(p1.body).toMatchObject({ total, page: 1, limit: 2 });
    expect(p1.body.orders.map((o: { id: number }) => o.id)).toEqual([refunded[2]!.id, refunded[1]!.id]);
    const p2 = await admin.api.get("/admin/orders?status=refunded&limit=2&page=2");
    expect(p2.body.orders[0].id).toBe(refunded[0]!.id);
    expect(p2.body.orders.every((o: { status: string }) => o.status === "refunded")).toBe(true);
    expect((await admin.api.get("/admin/orders?status=lost")).status).toBe(400);
    expect((await admin.api.get("/admin/orders?limit=500")).body.limit).toBe(100);
  });
});

const PAYOUT_KEYS = ["amount", "created_at", "id", "note", "paid_at", "payment_order_id", "reference", "shop_name", "shopkeeper_id", "shopkeeper_username", "status", "updated_at"];

describe("GET /admin/payouts", () => {
  test("every shop's payouts, newest first, with shop name; status filter and pagination", async () => {
    const [s1, s2] = [await printUser(app, "shopkeeper"), await printUser(app, "shopkeeper")];
    const order = await rows().order({ shopkeeperId: s1.id, status: "paid" });
    const a = await rows().payout(s1.id, { amount: 1_999, paymentOrderId: order.id, status: "failed" });
    const b = await rows().payout(s2.id, { amount: 500, status: "failed" });
    const res = await admin.api.get("/admin/payouts");
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["limit", "page", "payouts", "total"]);
    expect(res.body.total).toBe(await app.services.db.printPayout.count());
    for (const p of res.body.payouts) expect(Object.keys(p).sort()).toEqual(PAYOUT_KEYS);
    expect(res.body.payouts.slice(0, 2).map((p: { id: number }) => p.id)).toEqual([b.id, a.id]);
    expect(res.body.payouts[1]).toEqual({
      id: a.id, shopkeeper_id: s1.id, shop_name: s1.shopName, shopkeeper_username: s1.username, payment_order_id: order.id,
      amount: 19.99, status: "failed", reference: null, note: null, created_at: ISO, updated_at: ISO, paid_at: null,
    });
    const failed = await admin.api.get("/admin/payouts?status=failed&limit=1&page=2");
    expect(failed.body).toMatchObject({ page: 2, limit: 1, total: await app.services.db.printPayout.count({ where: { status: "failed" } }) });
    expect(failed.body.payouts.map((p: { id: number }) => p.id)).toEqual([a.id]);
    expect((await admin.api.get("/admin/payouts?status=done")).status).toBe(400);
  });
});

describe("PUT /admin/payouts/update", () => {
  test("pending → processing → paid: stamps paid_at once, sets reference and note; answers the payout", async () => {
    const shop = await printUser(app, "shopkeeper");
    const p = await rows().payout(shop.id, { amount: 750 });
    const processing = await admin.api.put("/admin/payouts/update", { payout_id: p.id, status: "processing", note: "batch 7" });
    expect(processing.status, processing.text).toBe(200);
    expect(Object.keys(processing.body).sort()).toEqual(PAYOUT_KEYS);
    expect(processing.body).toMatchObject({ id: p.id, status: "processing", note: "batch 7", reference: null, paid_at: null, amount: 7.5, shop_name: shop.shopName });
    const paid = await admin.api.put("/admin/payouts/update", { payout_id: p.id, status: "paid", reference: "UTR123" });
    expect(paid.body).toMatchObject({ status: "paid", reference: "UTR123", note: "batch 7", paid_at: ISO });
    const again = await admin.api.put("/admin/payouts/update", { payout_id: p.id, status: "paid", reference: "UTR124", note: null });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: "paid", reference: "UTR124", note: null, paid_at: paid.body.paid_at });
  });

  test("a paid payout cannot go back (409); unknown payout 404; bad bodies 400", async () => {
    const shop = await printUser(app, "shopkeeper");
    const p = await rows().payout(shop.id, { status: "paid", paidAt: new Date() });
    for (const status of ["pending", "processing", "failed"]) {
      const res = await admin.api.put("/admin/payouts/update", { payout_id: p.id, status });
      expect([res.status, res.text]).toEqual([409, "A paid payout cannot change status"]);
    }
    expect((await app.services.db.printPayout.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("paid");
    const ghost = await admin.api.put("/admin/payouts/update", { payout_id: 2_147_483_000, status: "paid" });
    expect([ghost.status, ghost.text]).toEqual([404, "Payout not found"]);
    for (const body of [{ payout_id: p.id }, { payout_id: p.id, status: "sent" }, { status: "paid" }, { payout_id: p.id, status: "paid", reference: "x".repeat(201) }]) {
      expect((await admin.api.put("/admin/payouts/update", body)).status).toBe(400);
    }
  });
});

describe("PUT /admin/payouts/bulk-update", () => {
  test("updates all listed payouts in one go → {updated}; duplicates count once", async () => {
    const shop = await printUser(app, "shopkeeper");
    const ps = [await rows().payout(shop.id), await rows().payout(shop.id, { status: "processing" }), await rows().payout(shop.id, { status: "failed" })];
    const ids = ps.map((p) => p.id);
    const res = await admin.api.put("/admin/payouts/bulk-update", { payout_ids: [...ids, ids[0]], status: "paid", reference: "BATCH-1" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ updated: 3 });
    const after = await app.services.db.printPayout.findMany({ where: { id: { in: ids } } });
    for (const p of after) expect(p).toMatchObject({ status: "paid", reference: "BATCH-1", paidAt: expect.any(Date) });
  });

  test("all or nothing: an unknown id is 400 naming it, a paid payout leaving paid is 409; nothing changes", async () => {
    const shop = await printUser(app, "shopkeeper");
    const open = await rows().payout(shop.id);
    const done = await rows().payout(shop.id, { status: "paid", paidAt: new Date() });
    const unknown = await admin.api.put("/admin/payouts/bulk-update", { payout_ids: [open.id, 2_147_483_000, 2_147_483_001], status: "processing" });
    expect([unknown.status, unknown.text]).toEqual([400, "Unknown payout ids: 2147483000, 2147483001"]);
    const back = await admin.api.put("/admin/payouts/bulk-update", { payout_ids: [open.id, done.id], status: "failed" });
    expect([back.status, back.text]).toEqual([409, `Paid payouts cannot change status: ${done.id}`]);
    const after = await app.services.db.printPayout.findMany({ where: { id: { in: [open.id, done.id] } }, orderBy: { id: "asc" } });
    expect(after.map((p) => p.status)).toEqual(["pending", "paid"]);
  });

  test.each([
    [{ payout_ids: [], status: "paid" }],
    [{ payout_ids: Array.from({ length: 501 }, (_, i) => i + 1), status: "paid" }],
    [{ payout_ids: [1], status: "sent" }],
    [{ status: "paid" }],
  ])("body %#  is 400", async (body) => {
    expect((await admin.api.put("/admin/payouts/bulk-update", body)).status).toBe(400);
  });

  test("a missing payout_id or payout_ids is named as documented", async () => {
    const one = await admin.api.put("/admin/payouts/update", { status: "paid" });
    expect([one.status, one.text]).toEqual([400, '"payout_id" is required.']);
    const bulk = await admin.api.put("/admin/payouts/bulk-update", { status: "paid" });
    expect([bulk.status, bulk.text]).toEqual([400, '"payout_ids" is required.']);
  });

  test("GraphQL bulkUpdatePrintPayouts and updatePrintPayout", async () => {
    const shop = await printUser(app, "shopkeeper");
    const p = await rows().payout(shop.id);
    const bulk = await gql(app.url, `mutation { bulkUpdatePrintPayouts(input: { payoutIds: [${p.id}], status: processing }) { updated } }`, undefined, admin.token);
    expect(bulk.data.bulkUpdatePrintPayouts).toEqual({ updated: 1 });
    const one = await gql(app.url, `mutation { updatePrintPayout(input: { payoutId: ${p.id}, status: paid }) { status paidAt shopName } }`, undefined, admin.token);
    expect(one.data.updatePrintPayout).toEqual({ status: "paid", paidAt: ISO, shopName: shop.shopName });
  });
});

/** A minimal RFC 4180 reader, independent of the server's writer. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\r" && text[i + 1] === "\n") { row.push(field); out.push(row); row = []; field = ""; i++; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); out.push(row); }
  return out;
}
const HEADER = ["id", "shop_name", "shopkeeper_id", "amount", "status", "reference", "payment_order_id", "created_at", "paid_at"];

describe("GET /admin/payouts/export", () => {
  test("a CSV attachment with the documented columns, quoting and two-decimal amounts", async () => {
    const shop = await printUser(app, "shopkeeper", { shopName: 'Joe\'s "Best", Prints\nMain St' });
    const evil = await printUser(app, "shopkeeper", { shopName: "=HYPERLINK(\"http://x\")" });
    const order = await rows().order({ shopkeeperId: shop.id, status: "paid" });
    const paidAt = new Date("2020-02-03T04:05:06.000Z");
    const a = await rows().payout(shop.id, { amount: 12_345, status: "paid", reference: "UTR,9", paymentOrderId: order.id, paidAt });
    const b = await rows().payout(evil.id, { amount: 5 });
    const res = await admin.api.get("/admin/payouts/export");
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, "");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="payouts-${today}.csv"`);
    expect(res.text.endsWith("\r\n")).toBe(true);
    const [header, ...body] = parseCsv(res.text);
    expect(header).toEqual(HEADER);
    expect(body).toHaveLength(await app.services.db.printPayout.count());
    const byId = new Map(body.map((r) => [r[0], r]));
    expect(byId.get(String(a.id))).toEqual([String(a.id), 'Joe\'s "Best", Prints\nMain St', String(shop.id), "123.45", "paid", "UTR,9", String(order.id), a.createdAt.toISOString(), paidAt.toISOString()]);
    // a cell a spreadsheet would run as a formula is kept as text
    expect(byId.get(String(b.id))).toEqual([String(b.id), "'=HYPERLINK(\"http://x\")", String(evil.id), "0.05", "pending", "", "", b.createdAt.toISOString(), ""]);
    expect(body.map((r) => Number(r[0]))).toEqual([...body.map((r) => Number(r[0]))].sort((x, y) => x - y));
  });

  test("filters by status and an inclusive created-at range (dates are whole UTC days)", async () => {
    const shop = await printUser(app, "shopkeeper");
    const at = (iso: string) => new Date(iso);
    const p1 = await rows().payout(shop.id, { createdAt: at("2001-03-01T00:00:00Z") });
    const p2 = await rows().payout(shop.id, { createdAt: at("2001-03-02T23:59:59Z"), status: "failed" });
    const p3 = await rows().payout(shop.id, { createdAt: at("2001-03-03T10:00:00Z") });
    await rows().payout(shop.id, { createdAt: at("2001-02-28T23:59:59Z") });
    const ids = async (q: string) => {
      const res = await admin.api.get(`/admin/payouts/export?${q}`);
      expect(res.status, res.text).toBe(200);
      return parseCsv(res.text).slice(1).map((r) => Number(r[0]));
    };
    expect(await ids("from=2001-03-01&to=2001-03-02")).toEqual([p1.id, p2.id]);
    expect(await ids("from=2001-03-01&to=2001-03-03&status=pending")).toEqual([p1.id, p3.id]);
    expect(await ids("from=2001-03-02T12:00:00Z&to=2001-03-03T10:00:00Z")).toEqual([p2.id, p3.id]);
    expect(await ids("from=2001-03-04&to=2001-03-05")).toEqual([]);
    const empty = await admin.api.get("/admin/payouts/export?from=2001-03-04&to=2001-03-05");
    expect(empty.text).toBe(`${HEADER.join(",")}\r\n`);
  });

  test.each([
    ["from=2001-03-05&to=2001-03-04", "from must not be after to"],
    ["from=yesterday", "Validation failed"],
    ["to=2001-13-45", "Validation failed"],
  ])("?%s is 400 %s", async (q, message) => {
    const res = await admin.api.get(`/admin/payouts/export?${q}`);
    expect([res.status, res.text]).toEqual([400, message]);
  });

  test("an unknown status is 400", async () => {
    expect((await admin.api.get("/admin/payouts/export?status=done")).status).toBe(400);
  });

  test("GraphQL printAdminPayoutExport gives the same document", async () => {
    const res = await gql(app.url, '{ printAdminPayoutExport(from: "2001-03-01", to: "2001-03-03") { filename rowCount csv } }', undefined, admin.token);
    expect(res.errors).toBeUndefined();
    const rest = await admin.api.get("/admin/payouts/export?from=2001-03-01&to=2001-03-03");
    expect(res.data.printAdminPayoutExport).toMatchObject({ filename: expect.stringMatching(/^payouts-\d{8}\.csv$/), rowCount: 3, csv: rest.text });
  });
});

describe("PUT /admin/app-downloads", () => {
  const ALL = {
    windows_shopkeeper_url: "https://dl.example.org/shop-setup.exe", android_customer_url: "https://play.google.com/store/apps/details?id=x",
    ios_customer_url: "", windows_coming_soon: false, android_coming_soon: false, ios_coming_soon: true,
  };

  test("replaces the documented fields, answers them, and the public page shows them", async () => {
    const res = await admin.api.put("/admin/app-downloads", ALL);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual(ALL);
    expect((await http("GET", `${app.url}/print/app-downloads`)).body).toEqual(ALL);
  });

  test("only the fields present change; URLs are trimmed", async () => {
    await admin.api.put("/admin/app-downloads", ALL);
    const res = await admin.api.put("/admin/app-downloads", { ios_customer_url: "  https://apps.apple.com/app/id1  ", ios_coming_soon: false });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ ...ALL, ios_customer_url: "https://apps.apple.com/app/id1", ios_coming_soon: false });
  });

  test.each([
    [{ android_customer_url: "ftp://files.example.org/app.apk" }],
    [{ android_customer_url: "javascript:alert(1)" }],
    [{ windows_shopkeeper_url: "not a url" }],
    [{ windows_shopkeeper_url: null }],
    [{ ios_coming_soon: null }],
    [{ ios_coming_soon: "yes" }],
  ])("rejects %j with 400 and changes nothing", async (body) => {
    await admin.api.put("/admin/app-downloads", ALL);
    const res = await admin.api.put("/admin/app-downloads", body);
    expect(res.status).toBe(400);
    expect((await http("GET", `${app.url}/print/app-downloads`)).body).toEqual(ALL);
  });

  test("GraphQL updatePrintAppDownloads", async () => {
    const res = await gql(app.url, 'mutation { updatePrintAppDownloads(input: { windowsComingSoon: true }) { windowsComingSoon iosCustomerUrl } }', undefined, admin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePrintAppDownloads.windowsComingSoon).toBe(true);
  });
});

test("the admin section also answers on the legacy port", async () => {
  const res = await http("GET", `${app.legacy.print}/admin/users?limit=1`, { token: admin.token });
  expect(res.status, res.text).toBe(200);
  expect(res.body).toMatchObject({ page: 1, limit: 1 });
});
