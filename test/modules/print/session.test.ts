import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { PRINT_PASSWORD, printUser } from "../../support/print-factory.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const tokenCookie = (res: { headers: Headers }) => /token=([^;]+)/.exec(res.headers.getSetCookie().find((c) => c.startsWith("token=")) ?? "")?.[1];

test("a browser still holding a session cookie can log in again without a CSRF token (login is public)", async () => {
  const api = restClient(`${app.url}/print`);
  const user = await printUser(app, "customer");
  const first = await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } });
  const again = await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD }, headers: { cookie: `token=${tokenCookie(first)}` } });
  expect(again.status, again.text).toBe(200);
});

test("a cookie without CSRF on a protected state-changing route is 403 before its body is looked at; a missing session is 401", async () => {
  const api = restClient(`${app.url}/print`);
  const user = await printUser(app, "customer");
  const login = await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } });
  const res = await api.post("/wallet/topup", { raw: "{not json", headers: { cookie: `token=${tokenCookie(login)}`, "content-type": "application/json" } });
  expect([res.status, res.text]).toEqual([403, "Invalid or missing CSRF token"]);
  expect((await api.post("/wallet/topup", { raw: "{not json", headers: { "content-type": "application/json" } })).status).toBe(401);
});

test("over /graphql a cookie session reads, but a cookie mutation without CSRF is refused", async () => {
  const user = await printUser(app, "customer");
  const login = await restClient(`${app.url}/print`).post("/login", { body: { username: user.username, password: PRINT_PASSWORD } });
  const cookie = `token=${tokenCookie(login)}`;
  const read = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ printWalletBalance { balance } }")}`, { headers: { cookie } });
  expect((await read.json()).data.printWalletBalance).toEqual({ balance: 0 });
  const write = await fetch(`${app.url}/graphql`, { method: "POST", headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ query: "mutation { recordPrintShopHeartbeat { ok } }" }) });
  expect((await write.json()).errors[0].extensions.code).toBe("FORBIDDEN");
  expect((await gql(app.url, "{ printWalletBalance { balance } }", undefined, user.token)).data.printWalletBalance).toEqual({ balance: 0 });
});

test("a password reset revokes every token issued before it; a fresh login works", async () => {
  const api = restClient(`${app.url}/print`);
  const user = await printUser(app, "customer");
  const before = (await api.post("/login", { body: { username: user.username, password: PRINT_PASSWORD } })).body.token as string;
  expect((await api.get("/profile", { token: before })).status).toBe(200);
  expect((await api.post("/forgot-password", { body: { email: user.email } })).status).toBe(200);
  const mail = await app.services.db.kernelMail.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
  const resetToken = /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  const reset = await api.post("/reset-password", { body: { token: resetToken, password: "a-brand-new-pass" } });
  expect(reset.status, reset.text).toBe(200);
  expect((await api.get("/profile", { token: before })).status).toBe(401);
  expect((await api.get("/profile", { token: user.token })).status).toBe(401);
  const after = await api.post("/login", { body: { username: user.username, password: "a-brand-new-pass" } });
  expect((await api.get("/profile", { token: after.body.token })).status).toBe(200);
});
