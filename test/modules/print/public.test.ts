import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, http, restClient } from "../../support/http.ts";

let app: TestApp;
let api: ReturnType<typeof restClient>;
beforeAll(async () => { app = await startTestApp({ PRINT_PUBLIC_URL: "https://print.example.org" }); api = restClient(`${app.url}/print`); });
afterAll(() => app?.close());

const APP_KEYS = ["android_coming_soon", "android_customer_url", "ios_coming_soon", "ios_customer_url", "windows_coming_soon", "windows_shopkeeper_url"];

describe("GET /app-downloads", () => {
  test("on a fresh database: the defaults, created once even by concurrent first reads, no token needed", async () => {
    expect(await app.services.db.printAppDownloads.count()).toBe(0);
    const all = await Promise.all([1, 2, 3, 4, 5].map(() => api.get("/app-downloads")));
    for (const res of all) {
      expect(res.status, res.text).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(APP_KEYS);
      expect(res.body).toEqual({
        windows_shopkeeper_url: "", android_customer_url: "", ios_customer_url: "",
        windows_coming_soon: false, android_coming_soon: false, ios_coming_soon: true,
      });
    }
    expect(await app.services.db.printAppDownloads.count()).toBe(1);
  });

  test("answers what the settings row holds, also with a bad token and on the legacy port", async () => {
    await app.services.db.printAppDownloads.update({
      where: { id: 1 },
      data: { windowsShopkeeperUrl: "https://dl.example.org/shop.exe", androidCustomerUrl: "https://play.example.org/app", iosComingSoon: false, androidComingSoon: true },
    });
    const expected = {
      windows_shopkeeper_url: "https://dl.example.org/shop.exe", android_customer_url: "https://play.example.org/app", ios_customer_url: "",
      windows_coming_soon: false, android_coming_soon: true, ios_coming_soon: false,
    };
    const res = await api.get("/app-downloads", { token: "not-a-jwt" });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual(expected);
    const legacy = await http("GET", `${app.legacy.print}/app-downloads`);
    expect(legacy.status).toBe(200);
    expect(legacy.body).toEqual(expected);
  });

  test("GraphQL printAppDownloads needs no token either", async () => {
    const res = await gql(app.url, "{ printAppDownloads { windowsShopkeeperUrl androidComingSoon iosComingSoon updatedAt } }");
    expect(res.errors).toBeUndefined();
    expect(res.data.printAppDownloads).toMatchObject({ windowsShopkeeperUrl: "https://dl.example.org/shop.exe", androidComingSoon: true, iosComingSoon: false });
  });
});

describe("GET /delete-data", () => {
  test("serves a static HTML page explaining in-app deletion, DELETE /profile and support contact", async () => {
    const res = await api.get("/delete-data");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.text).toMatch(/^<!doctype html>/);
    expect(res.text).toContain("<title>Delete your account and data</title>");
    expect(res.text).toContain("Delete Account");
    expect(res.text).toContain("<code>DELETE /profile</code>");
    expect(res.text).toContain('<a href="https://print.example.org">https://print.example.org</a>');
    expect(res.text).toContain("Payment orders and wallet transactions are kept");
    expect(res.text).not.toMatch(/<script/i);
  });

  test("needs no token, ignores a bad one, and is the same on the legacy port", async () => {
    const main = await api.get("/delete-data", { token: "garbage" });
    const legacy = await http("GET", `${app.legacy.print}/delete-data`);
    expect(main.status).toBe(200);
    expect(legacy.status).toBe(200);
    expect(legacy.text).toBe(main.text);
  });

  test("only GET: other methods are 405", async () => {
    const res = await api.post("/delete-data", { body: {} });
    expect(res.status).toBe(405);
  });

  test("GraphQL printDataDeletionInfo carries what the page shows", async () => {
    const res = await gql(app.url, "{ printDataDeletionInfo { title steps apiEndpoint deleted retained supportUrl } }");
    expect(res.errors).toBeUndefined();
    const info = res.data.printDataDeletionInfo;
    expect(info).toMatchObject({ title: "Delete your account and data", apiEndpoint: "DELETE /profile", supportUrl: "https://print.example.org" });
    expect(info.steps).toHaveLength(3);
    const page = (await api.get("/delete-data")).text;
    for (const line of [...info.steps, ...info.deleted, ...info.retained]) expect(page).toContain(line);
  });
});
