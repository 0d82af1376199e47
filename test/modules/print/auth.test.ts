import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, http, restClient, type HttpResult } from "../../support/http.ts";
import { PRINT_PASSWORD, printUser } from "../../support/print-factory.ts";
import { unique, uniqueEmail } from "../../support/unique.ts";

// `app` enforces the sign-up OTP; `open` runs with SKIP_SIGNUP_OTP=true. Both with a budget the suite cannot exhaust.
let app: TestApp;
let open: TestApp;
let api: ReturnType<typeof restClient>;
let openApi: ReturnType<typeof restClient>;
beforeAll(async () => {
  [app, open] = await Promise.all([
    startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "100000" }),
    startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "100000", SKIP_SIGNUP_OTP: "true" }),
  ]);
  api = restClient(`${app.url}/print`);
  openApi = restClient(`${open.url}/print`);
});
afterAll(async () => { await Promise.all([app?.close(), open?.close()]); });

const mails = (a: TestApp, to: string) => a.services.db.kernelMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;
async function lastCode(a: TestApp, to: string) {
  const list = await mails(a, to);
  expect(list.length).toBeGreaterThan(0);
  return codeIn(list.at(-1)!.text);
}
const setCookies = (res: HttpResult) => res.headers.getSetCookie();
const cookie = (res: HttpResult, name: string) => setCookies(res).find((c) => c.startsWith(`${name}=`));
const cookieValue = (res: HttpResult, name: string) => /^[^=]+=([^;]*)/.exec(cookie(res, name) ?? "")?.[1];
const username = () => unique("u").replace(/-/g, "_").slice(0, 40);
const phone = () => String(7_000_000_000 + Math.floor(Math.random() * 999_999_999));
const customerBody = (over: Record<string, unknown> = {}) => ({
  full_name: "New Customer", username: username(), email: uniqueEmail("signup"), phone: phone(), password: "secure-pass-1", role: "customer", ...over,
});

/** The documented sign-up: send the code, read it from the mail, trade it for a signup_token. */
async function signupToken(email: string) {
  expect((await api.post("/register/send-otp", { body: { email } })).status).toBe(200);
  const res = await api.post("/register/verify-otp", { body: { email, code: await lastCode(app, email) } });
  expect(res.status, res.text).toBe(200);
  return res.body.signup_token as string;
}
const otpRow = (email: string, purpose: "signup" | "login" = "signup") =>
  app.services.db.printOtp.findFirstOrThrow({ where: { email, purpose }, orderBy: { createdAt: "desc" } });

describe("sign-up with an e-mail code", () => {
  test("send-otp mails a 6-digit code, verify-otp returns {signup_token, email}, register answers 201 with a session", async () => {
    const body = customerBody();
    const sent = await api.post("/register/send-otp", { body: { email: body.email.toUpperCase() } });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body).toEqual({ message: "Verification code sent to your email." });
    const code = await lastCode(app, body.email);
    expect((await otpRow(body.email)).codeHash).not.toContain(code);

    const verified = await api.post("/register/verify-otp", { body: { email: body.email, code } });
    expect(verified.status, verified.text).toBe(200);
    expect(Object.keys(verified.body)).toEqual(["signup_token", "email"]);
    expect(verified.body.email).toBe(body.email);

    const res = await api.post("/register", { body: { ...body, signup_token: verified.body.signup_token } });
    expect(res.status, res.text).toBe(201);
    expect(Object.keys(res.body)).toEqual(["token", "role", "username"]);
    expect(res.body).toMatchObject({ role: "customer", username: body.username });
    expect(cookie(res, "token")).toMatch(new RegExp(`^token=${res.body.token}; Max-Age=\\d+; Path=/; HttpOnly; SameSite=Lax$`));
    const profile = await api.get("/profile", { token: res.body.token });
    expect(profile.body).toMatchObject({ username: body.username, email: body.email, full_name: "New Customer", role: "customer" });
  });

  test("send-otp: 400 for a registered e-mail or an invalid one", async () => {
    const user = await printUser(app, "customer");
    const taken = await api.post("/register/send-otp", { body: { email: user.email } });
    expect([taken.status, taken.text]).toEqual([400, "This email is already registered."]);
    const bad = await api.post("/register/send-otp", { body: { email: "not-an-email" } });
    expect([bad.status, bad.text]).toEqual([400, "Please enter a valid email address."]);
    expect(await mails(app, user.email)).toHaveLength(0);
  });

  test("resending waits 60 s (429 + Retry-After), replaces the code, and stops after 5 sends an hour", async () => {
    const email = uniqueEmail("resend");
    expect((await api.post("/register/send-otp", { body: { email } })).status).toBe(200);
    const first = await lastCode(app, email);
    const tooSoon = await api.post("/register/send-otp", { body: { email } });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.text).toMatch(/^Please wait \d+ seconds before requesting a new code\.$/);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(50);
    expect(await mails(app, email)).toHaveLength(1);

    const rewind = () => app.services.db.printOtp.updateMany({ where: { email }, data: { lastSentAt: new Date(Date.now() - 61_000) } });
    for (let send = 2; send <= 5; send++) {
      await rewind();
      expect((await api.post("/register/send-otp", { body: { email } })).status).toBe(200);
    }
    expect(await mails(app, email)).toHaveLength(5);
    const latest = await lastCode(app, email);
    if (latest !== first) {
      const old = await api.post("/register/verify-otp", { body: { email, code: first } });
      expect([old.status, old.text]).toEqual([400, "Invalid or expired code."]);
    }
    await rewind();
    const sixth = await api.post("/register/send-otp", { body: { email } });
    expect([sixth.status, sixth.text]).toEqual([429, "Too many codes requested. Please try again later."]);
    expect((await api.post("/register/verify-otp", { body: { email, code: latest } })).status).toBe(200);
  });

  test("verify-otp: a wrong code is 400, and after 5 attempts even the right code is refused", async () => {
    const email = uniqueEmail("attempts");
    await api.post("/register/send-otp", { body: { email } });
    const code = await lastCode(app, email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 5; i++) {
      const res = await api.post("/register/verify-otp", { body: { email, code: wrong } });
      expect([res.status, res.text]).toEqual([400, "Invalid or expired code."]);
    }
    const right = await api.post("/register/verify-otp", { body: { email, code } });
    expect([right.status, right.text]).toEqual([400, "Too many failed attempts. Please request a new code."]);
    expect((await otpRow(email)).attempts).toBe(5);
  });

  test("verify-otp: an expired code, a used code, a malformed code and an e-mail without a code are 400", async () => {
    const email = uniqueEmail("expired");
    await api.post("/register/send-otp", { body: { email } });
    const code = await lastCode(app, email);
    await app.services.db.printOtp.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await api.post("/register/verify-otp", { body: { email, code } })).text).toBe("Invalid or expired code.");

    const other = uniqueEmail("used");
    const token = await signupToken(other);
    expect(token).toBeTruthy();
    const again = await api.post("/register/verify-otp", { body: { email: other, code: await lastCode(app, other) } });
    expect([again.status, again.text]).toEqual([400, "Invalid or expired code."]);
    const malformed = await api.post("/register/verify-otp", { body: { email: other, code: "12ab" } });
    expect([malformed.status, malformed.text]).toEqual([400, "The code must be 6 digits."]);
    const none = await api.post("/register/verify-otp", { body: { email: uniqueEmail("none"), code: "123456" } });
    expect([none.status, none.text]).toEqual([400, "Invalid or expired code."]);
  });

  test("register needs a signup_token for exactly this e-mail unless SKIP_SIGNUP_OTP", async () => {
    const body = customerBody();
    const missing = await api.post("/register", { body });
    expect([missing.status, missing.text]).toEqual([400, "Email verification is required: signup_token is missing."]);
    const forged = await api.post("/register", { body: { ...body, signup_token: "eyJhbGciOiJIUzI1NiIs.x.y" } });
    expect([forged.status, forged.text]).toEqual([400, "Invalid or expired signup token."]);
    const session = await printUser(app, "customer");
    const notSignup = await api.post("/register", { body: { ...body, signup_token: session.token } });
    expect([notSignup.status, notSignup.text]).toEqual([400, "Invalid or expired signup token."]);
    const otherEmail = await api.post("/register", { body: { ...body, signup_token: await signupToken(uniqueEmail("other")) } });
    expect([otherEmail.status, otherEmail.text]).toEqual([400, "The signup token does not match this email."]);
    expect(await app.services.db.printUser.count({ where: { email: body.email } })).toBe(0);

    const skipped = await openApi.post("/register", { body });
    expect(skipped.status, skipped.text).toBe(201);
  });

  test("a signup_token grants nothing as a bearer token (403)", async () => {
    const token = await signupToken(uniqueEmail("bearer"));
    expect((await api.get("/profile", { token })).status).toBe(403);
  });
});

describe("POST /register", () => {
  test("customers get an 8-character referral code; unknown body keys are ignored", async () => {
    const body = customerBody();
    const res = await openApi.post("/register", { body: { ...body, confirm_password: body.password, id: 7 } });
    expect(res.status, res.text).toBe(201);
    const user = await open.services.db.printUser.findUniqueOrThrow({ where: { username: body.username } });
    expect(user.referralCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(user).toMatchObject({ role: "customer", email: body.email, phone: body.phone, fullName: "New Customer", shopName: null });
    expect(user.passwordHash).not.toContain(body.password);
  });

  test("shopkeepers need shop name, location and address; they get no referral code", async () => {
    const base = customerBody({ role: "shopkeeper", shop_name: "Corner Prints", lat: 12.97, long: 77.59, address: "1 MG Road" });
    for (const drop of ["shop_name", "lat", "long", "address"]) {
      const res = await openApi.post("/register", { body: { ...base, [drop]: undefined, username: username(), email: uniqueEmail(), phone: phone() } });
      expect([res.status, res.text]).toEqual([400, "Shop name, location (lat, long) and address are required for shopkeepers."]);
    }
    const res = await openApi.post("/register", { body: base });
    expect(res.status, res.text).toBe(201);
    expect(res.body.role).toBe("shopkeeper");
    const shop = await open.services.db.printUser.findUniqueOrThrow({ where: { username: base.username } });
    expect(shop).toMatchObject({ shopName: "Corner Prints", lat: 12.97, long: 77.59, address: "1 MG Road", referralCode: null, isOpen: false });
  });

  test("role admin or an unknown role is 400", async () => {
    const admin = await openApi.post("/register", { body: customerBody({ role: "admin" }) });
    expect([admin.status, admin.text]).toEqual([400, "Invalid role: choose customer or shopkeeper."]);
    expect((await openApi.post("/register", { body: customerBody({ role: "boss" }) })).status).toBe(400);
  });

  test.each([
    ["username", "weak password", { password: "short" }, "Password must be at least 8 characters."],
    ["username", "bad username", { username: "a b" }, "Username must be 3–40 characters: letters, digits, '.', '_' or '-'."],
    ["username", "digits-only username", { username: "9876543210" }, "Username must contain at least one letter."],
    ["email", "bad email", { email: "nope" }, "Please enter a valid email address."],
    ["phone", "bad phone", { phone: "12ab" }, "Please enter a valid mobile number."],
    ["full_name", "empty name", { full_name: " " }, "Full name is required."],
  ])("%s: %s is 400", async (_field, _what, over, message) => {
    const res = await openApi.post("/register", { body: customerBody(over) });
    expect([res.status, res.text]).toEqual([400, message]);
  });

  test("a missing required field or malformed JSON is 400", async () => {
    const { email: _e, ...noEmail } = customerBody();
    const res = await openApi.post("/register", { body: noEmail });
    expect(res.status).toBe(400);
    expect(res.text).toContain("email");
    expect((await openApi.post("/register", { raw: "{nope", headers: { "content-type": "application/json" } })).text).toBe("Malformed JSON in request body");
  });

  test("errors name the documented snake_case keys, not the GraphQL input fields", async () => {
    const { full_name: _n, ...noName } = customerBody();
    expect(await openApi.post("/register", { body: noName }).then((r) => [r.status, r.text])).toEqual([400, '"full_name" is required.']);
    const badShop = await openApi.post("/register", { body: customerBody({ role: "shopkeeper", shop_name: 5, lat: 1, long: 2, address: "x" }) });
    expect([badShop.status, badShop.text]).toEqual([400, 'Invalid value 5 for "shop_name": String cannot represent a non string value: 5']);
  });

  describe("a taken username, e-mail or mobile number is 400 naming exactly the taken ones", () => {
    const cases: [string[], string][] = [
      [["username"], "This username is already in use."],
      [["email"], "This email is already in use."],
      [["phone"], "This mobile number is already in use."],
      [["username", "email"], "This username and email are already in use."],
      [["username", "phone"], "This username and mobile number are already in use."],
      [["email", "phone"], "This email and mobile number are already in use."],
      [["username", "email", "phone"], "This username, email and mobile number are already in use."],
    ];
    test.each(cases)("%j", async (taken, message) => {
      const existing = await printUser(open, "customer");
      const body = customerBody({
        ...(taken.includes("username") ? { username: existing.username } : {}),
        ...(taken.includes("email") ? { email: existing.email.toUpperCase() } : {}),
        ...(taken.includes("phone") ? { phone: existing.phone } : {}),
      });
      const res = await openApi.post("/register", { body });
      expect([res.status, res.text]).toEqual([400, message]);
    });

    test("the same Indian mobile number spelled with +91 or 91 is taken too", async () => {
      const existing = await printUser(open, "customer");
      for (const phone of [`+91${existing.phone}`, `91${existing.phone}`, `+91 ${existing.phone!.slice(0, 5)} ${existing.phone!.slice(5)}`]) {
        const res = await openApi.post("/register", { body: customerBody({ phone }) });
        expect([res.status, res.text]).toEqual([400, "This mobile number is already in use."]);
      }
    });
  });

  test("two simultaneous sign-ups with the same identity: one 201, the other the duplicate message", async () => {
    const body = customerBody();
    const results = await Promise.all([openApi.post("/register", { body }), openApi.post("/register", { body })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(results.find((r) => r.status === 400)!.text).toBe("This username, email and mobile number are already in use.");
  });

  test("over GraphQL registerPrintUser returns the same payload", async () => {
    const { full_name: fullName, ...rest } = customerBody();
    const body = { ...rest, fullName };
    const res = await gql(open.url, `mutation($input: RegisterPrintUserInput!) { registerPrintUser(input: $input) { token role username } }`, { input: body });
    expect(res.errors).toBeUndefined();
    expect(res.data.registerPrintUser).toMatchObject({ role: "customer", username: body.username });
    const dup = await gql(open.url, `mutation($input: RegisterPrintUserInput!) { registerPrintUser(input: $input) { token } }`, { input: body });
    expect(dup.errors?.[0]).toMatchObject({ message: "This username, email and mobile number are already in use.", extensions: { code: "BAD_REQUEST" } });
  });
});

describe("POST /login", () => {
  test("by username, e-mail (any case) or 10-digit mobile: {token, role, username} and the session cookie", async () => {
    const shop = await printUser(app, "shopkeeper");
    for (const login of [shop.username, shop.email.toUpperCase(), shop.phone!]) {
      const res = await api.post("/login", { body: { username: login, password: PRINT_PASSWORD } });
      expect(res.status, `${login}: ${res.text}`).toBe(200);
      expect(res.body).toEqual({ token: expect.any(String), role: "shopkeeper", username: shop.username });
      expect(cookie(res, "token")).toMatch(/HttpOnly; SameSite=Lax$/);
      expect(cookieValue(res, "token")).toBe(res.body.token);
      expect((await api.get("/profile", { token: res.body.token })).body.id).toBe(shop.id);
    }
  });

  test("a mobile number stored with +91 logs in with its 10 digits", async () => {
    const digits = phone();
    const user = await printUser(app, "customer", { phone: `+91${digits}` });
    const res = await api.post("/login", { body: { username: digits, password: PRINT_PASSWORD } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.username).toBe(user.username);
  });

  test("a wrong password and an unknown account are the same 401 Invalid credentials", async () => {
    const user = await printUser(app, "customer");
    const wrong = await api.post("/login", { body: { username: user.username, password: "wrong-password" } });
    const unknown = await api.post("/login", { body: { username: unique("nobody"), password: PRINT_PASSWORD } });
    expect([wrong.status, wrong.text]).toEqual([401, "Invalid credentials"]);
    expect([unknown.status, unknown.text]).toEqual([401, "Invalid credentials"]);
    expect(setCookies(wrong)).toEqual([]);
    const empty = await api.post("/login", { body: { username: user.username, password: "" } });
    expect([empty.status, empty.text]).toEqual([400, "Username and password are required."]);
  });

  test("works on the legacy port too", async () => {
    const user = await printUser(app, "customer");
    const res = await http("POST", `${app.legacy.print}/login`, { body: { username: user.username, password: PRINT_PASSWORD } });
    expect(res.status, res.text).toBe(200);
  });

  test("over GraphQL loginPrint returns the token", async () => {
    const user = await printUser(app, "admin");
    const res = await gql(app.url, `mutation($input: LoginPrintInput!) { loginPrint(input: $input) { role username } }`, { input: { username: user.username, password: PRINT_PASSWORD } });
    expect(res.data).toEqual({ loginPrint: { role: "admin", username: user.username } });
  });
});

describe("the auth rate-limit group", () => {
  test("login, register, OTP and recovery share one per-address budget: 429 with Retry-After", async () => {
    const limited = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "4", SKIP_SIGNUP_OTP: "true" });
    try {
      const client = restClient(`${limited.url}/print`);
      const user = await printUser(limited, "customer");
      expect((await client.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } })).status).toBe(200);
      expect((await client.post("/login/request-otp", { body: { login: user.email } })).status).toBe(200);
      expect((await client.post("/forgot-password", { body: { email: user.email } })).status).toBe(200);
      expect((await client.post("/register", { body: customerBody() })).status).toBe(201);
      const res = await client.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } });
      expect([res.status, res.text]).toEqual([429, "Too many attempts. Please try again later."]);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await client.post("/register/send-otp", { body: { email: uniqueEmail() } })).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe("login with an e-mail code", () => {
  const GENERIC = { message: "If this email is registered, a code has been sent." };

  test("request-otp refuses anything but an e-mail", async () => {
    for (const login of ["9876543210", "someuser", ""]) {
      const res = await api.post("/login/request-otp", { body: { login } });
      expect([res.status, res.text]).toEqual([400, "OTP login is available for email only."]);
    }
  });

  test("the same answer for unknown e-mails, but only registered ones get a mail", async () => {
    const stranger = uniqueEmail("stranger");
    const res = await api.post("/login/request-otp", { body: { login: stranger } });
    expect([res.status, res.body]).toEqual([200, GENERIC]);
    expect(await mails(app, stranger)).toHaveLength(0);

    const user = await printUser(app, "customer");
    const known = await api.post("/login/request-otp", { body: { login: user.email } });
    expect([known.status, known.body]).toEqual([200, GENERIC]);
    expect(await mails(app, user.email)).toHaveLength(1);
    // a resend inside 60 s answers the same, without a second mail (a 429 would reveal the account)
    expect((await api.post("/login/request-otp", { body: { login: user.email } })).body).toEqual(GENERIC);
    expect(await mails(app, user.email)).toHaveLength(1);
  });

  test("verify-otp answers like /login and sets the cookie; a code works once; a wrong code is 401", async () => {
    const user = await printUser(app, "customer");
    await api.post("/login/request-otp", { body: { login: user.email } });
    const code = await lastCode(app, user.email);
    const wrong = await api.post("/login/verify-otp", { body: { login: user.email, code: code === "000000" ? "111111" : "000000" } });
    expect([wrong.status, wrong.text]).toEqual([401, "Invalid or expired code."]);
    const res = await api.post("/login/verify-otp", { body: { login: user.email.toUpperCase(), code } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ token: expect.any(String), role: "customer", username: user.username });
    expect(cookieValue(res, "token")).toBe(res.body.token);
    const reuse = await api.post("/login/verify-otp", { body: { login: user.email, code } });
    expect([reuse.status, reuse.text]).toEqual([401, "Invalid or expired code."]);
    const phoneLogin = await api.post("/login/verify-otp", { body: { login: user.phone, code } });
    expect([phoneLogin.status, phoneLogin.text]).toEqual([400, "OTP login is available for email only."]);
  });

  test("an expired login code is 401; 5 failed attempts exhaust it", async () => {
    const user = await printUser(app, "customer");
    await api.post("/login/request-otp", { body: { login: user.email } });
    const code = await lastCode(app, user.email);
    await app.services.db.printOtp.updateMany({ where: { email: user.email, purpose: "login" }, data: { attempts: 5 } });
    const exhausted = await api.post("/login/verify-otp", { body: { login: user.email, code } });
    expect([exhausted.status, exhausted.text]).toEqual([401, "Too many failed attempts. Please request a new code."]);
    await app.services.db.printOtp.updateMany({ where: { email: user.email, purpose: "login" }, data: { attempts: 0, expiresAt: new Date(Date.now() - 1) } });
    const expired = await api.post("/login/verify-otp", { body: { login: user.email, code } });
    expect([expired.status, expired.text]).toEqual([401, "Invalid or expired code."]);
  });
});

describe("password reset", () => {
  const GENERIC = { message: "If this email is registered, a password reset link has been sent." };
  const tokenIn = (text: string) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)![1]!;

  test("forgot-password mails a reset link only to registered e-mails; the same answer for any e-mail", async () => {
    const stranger = uniqueEmail("nobody");
    expect((await api.post("/forgot-password", { body: { email: stranger } })).body).toEqual(GENERIC);
    expect(await mails(app, stranger)).toHaveLength(0);
    const user = await printUser(app, "customer");
    const res = await api.post("/forgot-password", { body: { email: user.email } });
    expect([res.status, res.body]).toEqual([200, GENERIC]);
    const [mail] = await mails(app, user.email);
    expect(mail!.text).toContain("https://qprint.co.in/reset-password?token=");
    const stored = await app.services.db.printPasswordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(tokenIn(mail!.text));
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
  });

  test("reset-password sets the password once; the account's other reset links die with it", async () => {
    const user = await printUser(app, "customer");
    await api.post("/forgot-password", { body: { email: user.email } });
    await api.post("/forgot-password", { body: { email: user.email } });
    const [first, second] = (await mails(app, user.email)).map((m) => tokenIn(m.text));
    const res = await api.post("/reset-password", { body: { token: first, password: "brand-new-pass" } });
    expect([res.status, res.body]).toEqual([200, { message: "Password has been reset successfully." }]);
    expect((await api.post("/login", { body: { username: user.username, password: "brand-new-pass" } })).status).toBe(200);
    expect((await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } })).status).toBe(401);
    for (const token of [first, second]) {
      const again = await api.post("/reset-password", { body: { token, password: "another-pass-1" } });
      expect([again.status, again.text]).toEqual([400, "Invalid or expired reset token."]);
    }
  });

  test("an expired or unknown token and a short password are 400", async () => {
    const user = await printUser(app, "customer");
    await api.post("/forgot-password", { body: { email: user.email } });
    const token = tokenIn((await mails(app, user.email))[0]!.text);
    const short = await api.post("/reset-password", { body: { token, password: "short" } });
    expect([short.status, short.text]).toEqual([400, "Password must be at least 8 characters."]);
    await app.services.db.printPasswordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await api.post("/reset-password", { body: { token, password: "long-enough-1" } })).text).toBe("Invalid or expired reset token.");
    expect((await api.post("/reset-password", { body: { token: "made-up", password: "long-enough-1" } })).status).toBe(400);
  });
});

describe("POST /forgot-username", () => {
  test("public: mails the username to a registered e-mail, the same answer otherwise", async () => {
    const GENERIC = { message: "If this email is registered, your username has been sent." };
    const user = await printUser(app, "shopkeeper");
    const res = await api.post("/forgot-username", { body: { email: user.email } });
    expect([res.status, res.body]).toEqual([200, GENERIC]);
    expect((await mails(app, user.email))[0]!.text).toContain(user.username);
    const stranger = uniqueEmail("x");
    expect((await api.post("/forgot-username", { body: { email: stranger } })).body).toEqual(GENERIC);
    expect(await mails(app, stranger)).toHaveLength(0);
  });
});

describe("cookie sessions, CSRF and logout", () => {
  test("a cookie-authenticated PUT /profile needs the CSRF token from GET /csrf-token", async () => {
    const user = await printUser(app, "customer");
    const login = await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } });
    const session = `token=${cookieValue(login, "token")}`;
    expect((await api.get("/profile", { headers: { cookie: session } })).body.id).toBe(user.id);

    const noCsrf = await api.put("/profile", { body: { address: "12 Cookie Lane" }, headers: { cookie: session } });
    expect([noCsrf.status, noCsrf.text]).toEqual([403, "Invalid or missing CSRF token"]);

    const csrf = await api.get("/csrf-token");
    expect(csrf.status).toBe(200);
    expect(Object.keys(csrf.body)).toEqual(["csrfToken"]);
    expect(cookie(csrf, "print_csrf")).toMatch(/HttpOnly; SameSite=Strict$/);
    const both = `${session}; print_csrf=${cookieValue(csrf, "print_csrf")}`;
    const wrongHeader = await api.put("/profile", { body: { address: "12 Cookie Lane" }, headers: { cookie: both, "x-csrf-token": "forged" } });
    expect(wrongHeader.status).toBe(403);
    const ok = await api.put("/profile", { body: { address: "12 Cookie Lane" }, headers: { cookie: both, "x-csrf-token": csrf.body.csrfToken } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.address).toBe("12 Cookie Lane");
  });

  test("POST /logout clears the cookie, with or without a live session", async () => {
    const user = await printUser(app, "shopkeeper");
    // idempotent: a stale or missing session is simply cleared
    const anonymous = await api.post("/logout");
    expect(anonymous.status).toBe(200);
    expect(cookie(anonymous, "token")).toMatch(/^token=; Max-Age=0/);
    expect((await api.post("/logout", { token: "garbage" })).status).toBe(200);
    const res = await user.api.post("/logout");
    expect([res.status, res.body]).toEqual([200, { message: "Logged out" }]);
    expect(cookie(res, "token")).toMatch(/^token=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);

    const login = await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } });
    const csrf = await api.get("/csrf-token");
    const viaCookie = await api.post("/logout", {
      headers: { cookie: `token=${cookieValue(login, "token")}; print_csrf=${cookieValue(csrf, "print_csrf")}`, "x-csrf-token": csrf.body.csrfToken },
    });
    expect(viaCookie.status, viaCookie.text).toBe(200);
    expect(cookie(viaCookie, "token")).toMatch(/^token=; Max-Age=0/);
  });
});

describe("OpenAPI", () => {
  test("the handler-backed session routes are documented with their flat bodies", async () => {
    const doc = (await api.get("/openapi.json")).body;
    const schemaOf = (path: string, method: string) => {
      const ref: string = doc.paths[path][method].requestBody.content["application/json"].schema.$ref;
      return doc.components.schemas[ref.split("/").at(-1)!];
    };
    expect(Object.keys(schemaOf("/register", "post").properties)).toEqual(expect.arrayContaining(["full_name", "signup_token", "referral_code", "lat", "long"]));
    expect(Object.keys(schemaOf("/login", "post").properties).sort()).toEqual(["password", "username"]);
    expect(doc.paths["/csrf-token"].get).toBeDefined();
    expect(doc.paths["/logout"].post).toBeDefined();
  });
});
