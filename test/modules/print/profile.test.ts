import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { PRINT_PASSWORD, fundWallet, printUser } from "../../support/print-factory.ts";
import { unique, uniqueEmail } from "../../support/unique.ts";

let app: TestApp;
let api: ReturnType<typeof restClient>;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "100000", PRINT_PUBLIC_URL: "https://print.example.test" });
  api = restClient(`${app.url}/print`);
});
afterAll(() => app?.close());

const db = () => app.services.db;
const PROFILE_KEYS = ["id", "username", "full_name", "email", "phone", "role", "shop_name", "address", "is_open", "referral_code", "referral_link"];
const code8 = () => unique("").replace(/[^a-z0-9]/gi, "").slice(-8).toUpperCase().padStart(8, "Q");

describe("GET /profile", () => {
  test("a customer's documented profile, with its referral link", async () => {
    const referralCode = code8();
    const user = await printUser(app, "customer", { referralCode, address: "7 Lake View" });
    const res = await user.api.get("/profile");
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body)).toEqual(PROFILE_KEYS);
    expect(res.body).toEqual({
      id: user.id, username: user.username, full_name: user.fullName, email: user.email, phone: user.phone, role: "customer",
      shop_name: null, address: "7 Lake View", is_open: false, referral_code: referralCode,
      referral_link: `https://print.example.test/r/${referralCode}`,
    });
  });

  test("a shopkeeper's profile carries the shop; no referral code or link", async () => {
    const shop = await printUser(app, "shopkeeper");
    const res = await shop.api.get("/profile");
    expect(res.body).toMatchObject({ role: "shopkeeper", shop_name: shop.shopName, address: "1 Test Road", is_open: true, referral_code: null, referral_link: null });
  });

  test("a customer without a code has null code and link; admins see their own profile", async () => {
    expect((await (await printUser(app, "customer")).api.get("/profile")).body).toMatchObject({ referral_code: null, referral_link: null });
    const admin = await printUser(app, "admin");
    expect((await admin.api.get("/profile")).body).toMatchObject({ id: admin.id, role: "admin" });
  });

  test("401 without or with a bad token", async () => {
    expect((await api.get("/profile")).status).toBe(401);
    const bad = await api.get("/profile", { token: "garbage" });
    expect([bad.status, bad.text]).toEqual([401, "Authentication required"]);
  });

  test("over GraphQL printProfile", async () => {
    const user = await printUser(app, "customer");
    const res = await gql(app.url, "{ printProfile { id username fullName referralLink } }", undefined, user.token);
    expect(res.data).toEqual({ printProfile: { id: user.id, username: user.username, fullName: user.fullName, referralLink: null } });
  });
});

describe("PUT /profile", () => {
  test("changes the fields present and answers the profile; a new password works at login", async () => {
    const user = await printUser(app, "customer", { address: "Old St" });
    const username = unique("renamed").replace(/-/g, "_");
    const res = await user.api.put("/profile", { username, full_name: "Renamed Person", address: "456 New St", password: "newpassword" });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body)).toEqual(PROFILE_KEYS);
    expect(res.body).toMatchObject({ id: user.id, username, full_name: "Renamed Person", address: "456 New St", email: user.email, phone: user.phone });
    expect((await api.post("/login", { body: { username, password: "newpassword" } })).status).toBe(200);
    expect((await api.post("/login", { body: { username, password: PRINT_PASSWORD } })).status).toBe(401);
  });

  test("e-mail is stored lower-case; phone null removes it", async () => {
    const user = await printUser(app, "customer");
    const email = uniqueEmail("moved");
    const res = await user.api.put("/profile", { email: email.toUpperCase(), phone: null });
    expect(res.body).toMatchObject({ email: email.toLowerCase(), phone: null });
  });

  test.each([
    [["username"], "This username is already in use."],
    [["email"], "This email is already in use."],
    [["phone"], "This mobile number is already in use."],
    [["username", "email"], "This username and email are already in use."],
    [["username", "email", "phone"], "This username, email and mobile number are already in use."],
  ])("taking another account's %j is 400 %s", async (taken, message) => {
    const other = await printUser(app, "customer");
    const user = await printUser(app, "customer");
    const body = Object.fromEntries(taken.map((f) => [f, other[f as "username" | "email" | "phone"]]));
    const res = await user.api.put("/profile", body);
    expect([res.status, res.text]).toEqual([400, message]);
    // one's own values are not "taken"
    expect((await user.api.put("/profile", { username: user.username, email: user.email, phone: user.phone })).status).toBe(200);
  });

  test("shop details: shopkeepers only", async () => {
    const customer = await printUser(app, "customer");
    const refused = await customer.api.put("/profile", { shop_name: "Sneaky Shop" });
    expect([refused.status, refused.text]).toEqual([400, "Only shopkeepers can change shop details."]);
    const shop = await printUser(app, "shopkeeper");
    const res = await shop.api.put("/profile", { shop_name: "Moved Prints", lat: 13.01, long: 77.6, address: "9 New Market" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ shop_name: "Moved Prints", address: "9 New Market" });
    expect(await db().printUser.findUniqueOrThrow({ where: { id: shop.id }, select: { lat: true, long: true } })).toEqual({ lat: 13.01, long: 77.6 });
    const noAddress = await shop.api.put("/profile", { address: "" });
    expect([noAddress.status, noAddress.text]).toEqual([400, "Address is required for shopkeepers."]);
    const badLat = await shop.api.put("/profile", { lat: 123 });
    expect([badLat.status, badLat.text]).toEqual([400, "Latitude must be between -90 and 90."]);
  });

  test("invalid values are 400 with a message; 401 without a token", async () => {
    const user = await printUser(app, "customer");
    expect((await user.api.put("/profile", { email: "nope" })).text).toBe("Please enter a valid email address.");
    expect((await user.api.put("/profile", { password: "short" })).text).toBe("Password must be at least 8 characters.");
    expect((await user.api.put("/profile", { username: "x" })).status).toBe(400);
    expect((await api.put("/profile", { body: { address: "x" } })).status).toBe(401);
    expect((await api.put("/profile", { body: { address: "x" }, token: "garbage" })).status).toBe(401);
  });

  test("over GraphQL updatePrintProfile", async () => {
    const user = await printUser(app, "customer");
    const res = await gql(app.url, `mutation($input: UpdatePrintProfileInput!) { updatePrintProfile(input: $input) { fullName address } }`,
      { input: { fullName: "Graph Person", address: "1 Schema Rd" } }, user.token);
    expect(res.data).toEqual({ updatePrintProfile: { fullName: "Graph Person", address: "1 Schema Rd" } });
  });
});

describe("DELETE /profile", () => {
  const bytes = new TextEncoder().encode("%PDF-1.4 test");

  test("deletes the account, its files and reset tokens, keeps orders and wallet records, clears the cookie", async () => {
    const user = await printUser(app, "customer");
    await fundWallet(app, user.id, 10_000);
    const funding = await db().printWalletTransaction.findFirstOrThrow({ where: { userId: user.id } });
    const storageKey = `print/${user.id}/${unique("f")}-doc.pdf`;
    await app.services.storage.put(storageKey, bytes);
    const order = await db().printPaymentOrder.create({ data: { userId: user.id, orderId: unique("order"), amount: 500, status: "paid", printType: "private" } });
    await db().printFile.create({ data: {
      userId: user.id, paymentOrderId: order.id, code: unique("c").slice(-12), originalName: "doc.pdf", mimeType: "application/pdf",
      sizeBytes: bytes.length, storageKey, numPages: 1, printType: "private", cost: 500,
    } });
    await db().printPasswordReset.create({ data: { userId: user.id, tokenHash: unique("hash"), expiresAt: new Date(Date.now() + 60_000) } });

    const res = await user.api.delete("/profile", { password: PRINT_PASSWORD });
    expect([res.status, res.body]).toEqual([200, { message: "Account deleted successfully" }]);
    expect(res.headers.getSetCookie().find((c) => c.startsWith("token="))).toMatch(/^token=; Max-Age=0/);

    expect(await db().printUser.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db().printFile.count({ where: { paymentOrderId: order.id } })).toBe(0);
    expect(await app.services.storage.get(storageKey)).toBeNull();
    expect(await db().printPasswordReset.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().printPaymentOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ userId: null, amount: 500, status: "paid" });
    expect(await db().printWalletTransaction.findUniqueOrThrow({ where: { id: funding.id } })).toMatchObject({ userId: null, amount: 10_000, balanceAfter: 10_000 });

    const stale = await user.api.get("/profile");
    expect([stale.status, stale.text]).toEqual([401, "Authentication required"]);
    expect((await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } })).status).toBe(401);
  });

  test("a shopkeeper's payouts go with the account", async () => {
    const shop = await printUser(app, "shopkeeper");
    await db().printPayout.create({ data: { shopkeeperId: shop.id, amount: 1000 } });
    expect((await shop.api.delete("/profile", { password: PRINT_PASSWORD })).status).toBe(200);
    expect(await db().printPayout.count({ where: { shopkeeperId: shop.id } })).toBe(0);
  });

  test("a wrong password is 400 and deletes nothing; admins are refused with 403", async () => {
    const user = await printUser(app, "customer");
    const wrong = await user.api.delete("/profile", { password: "not-my-password" });
    expect([wrong.status, wrong.text]).toEqual([400, "Incorrect password."]);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(await db().printUser.count({ where: { id: user.id } })).toBe(1);
    const admin = await printUser(app, "admin");
    const refused = await admin.api.delete("/profile", { password: PRINT_PASSWORD });
    expect([refused.status, refused.text]).toEqual([403, "Admin accounts cannot be deleted through this endpoint."]);
    expect(await db().printUser.count({ where: { id: admin.id } })).toBe(1);
  });

  test("401 without or with a bad token; 400 without the password", async () => {
    expect((await api.delete("/profile", { body: { password: PRINT_PASSWORD } })).status).toBe(401);
    expect((await api.delete("/profile", { body: { password: PRINT_PASSWORD }, token: "garbage" })).status).toBe(401);
    const user = await printUser(app, "customer");
    const res = await user.api.delete("/profile", {});
    expect(res.status).toBe(400);
    expect(res.text).toContain("password");
  });

  test("over GraphQL deletePrintProfile", async () => {
    const user = await printUser(app, "shopkeeper");
    const res = await gql(app.url, `mutation($input: DeletePrintProfileInput!) { deletePrintProfile(input: $input) { message } }`, { input: { password: PRINT_PASSWORD } }, user.token);
    expect(res.data).toEqual({ deletePrintProfile: { message: "Account deleted successfully" } });
    expect(await db().printUser.count({ where: { id: user.id } })).toBe(0);
  });
});
