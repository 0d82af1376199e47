import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  viewer = await auctionStaff(app, ["auctioneer"]);
});
afterAll(() => app?.close());

const newClient = (over: Record<string, unknown> = {}) => admin.api.post("/datatable-clients", {
  first_name: "Jane", last_name: "Smith", email: `jane${Math.random().toString(36).slice(2, 8)}@example.com`, phone: "+1-555-0199",
  status: "new", subscription_type: "email", ...over,
});

describe("POST /datatable-clients", () => {
  test("creates a client: 201 {data: [client]} with a customer number", async () => {
    const res = await newClient();
    expect(res.status).toBe(201);
    const c = res.body.data[0];
    expect(c).toMatchObject({ first_name: "Jane", last_name: "Smith", status: { id: "new", label: "New" }, balance: { value: "0.00", formatted: "$0.00" } });
    expect(c.id).toMatch(/^\d+$/);
    expect(c.philaworksplace_id).toMatch(/^C\d+$/);
    expect(c.created).toMatch(/Z$/);
  });
  test("a missing e-mail is the spec's 400", async () => {
    const res = await admin.api.post("/datatable-clients", { first_name: "No", last_name: "Mail" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: "Validation error", status: 400, detail: "The field 'email' is required", errors: { email: ["This field is required"] } });
  });
  test("a malformed e-mail is the spec's 422", async () => {
    const res = await newClient({ email: "not-an-email" });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ title: "Invalid email format", status: 422, errors: { email: ["Please enter a valid email address"] } });
  });
  test("401 without a token, 403 for a role that may not edit clients", async () => {
    const anon = await auctionAnon(app).post("/datatable-clients", { body: { email: "a@b.co" } });
    expect(anon.status).toBe(401);
    expect(anon.body).toMatchObject({ title: "Unauthorized", status: 401 });
    const res = await viewer.api.post("/datatable-clients", { email: "a@b.co", last_name: "X" });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
  });
});

describe("GET/PATCH /datatable-clients/:id", () => {
  test("reads and updates one client", async () => {
    const id = (await newClient()).body.data[0].id;
    const got = await viewer.api.get(`/datatable-clients/${id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toHaveLength(1);
    expect(got.body.data[0]).toMatchObject({ id, categories: [], additional_charges: [], consignor_commissions: [] });
    const upd = await admin.api.patch(`/datatable-clients/${id}`, { status: "approved", phone: "+1-555-0200" });
    expect(upd.status).toBe(200);
    expect(upd.body.data[0]).toMatchObject({ status: { id: "approved", label: "Approved" }, phone: "+1-555-0200", first_name: "Jane" });
  });
  test("nested snake_case bodies reach the typed input (consignor commission steps)", async () => {
    const id = (await newClient()).body.data[0].id;
    const upd = await admin.api.patch(`/datatable-clients/${id}`, { consignor_commissions: [{ consignor_commission: "15.00", step_from: "0.00" }, { consignor_commission: "12.5", step_from: "10000" }] });
    expect(upd.status).toBe(200);
    expect(upd.body.data[0].consignor_commissions).toEqual([
      { consignor_commission: "15.00", step_from: "0.00" }, { consignor_commission: "12.50", step_from: "10000.00" },
    ]);
  });
  test("404 in the spec's format", async () => {
    const res = await viewer.api.get("/datatable-clients/999999");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ title: "Resource not found", status: 404, detail: "Client with ID 999999 does not exist" });
  });
});

describe("GET /datatable-clients (grammar)", () => {
  test("filters, IN, ranges, regex, sort, fields, global_search, paging", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const made = [];
    for (const [i, status] of (["approved", "pending", "approved"] as const).entries()) {
      made.push((await newClient({ first_name: `Zed${tag}${i}`, status, email: `z${tag}${i}@example.com` })).body.data[0]);
    }
    const search = await viewer.api.get(`/datatable-clients?global_search=Zed${tag}&sort=first_name`);
    expect(search.body.count).toBe(3);
    expect(search.body.data.map((c: any) => c.first_name)).toEqual([0, 1, 2].map((i) => `Zed${tag}${i}`));

    const approved = await viewer.api.get(`/datatable-clients?global_search=Zed${tag}&filter[status]=approved`);
    expect(approved.body.count).toBe(2);

    const inIds = await viewer.api.get(`/datatable-clients?filter[id][value][0]=${made[0].id}&filter[id][value][1]=${made[2].id}&filter[id][operator]=IN&fields=id,first_name`);
    expect(inIds.body.count).toBe(2);
    expect(Object.keys(inIds.body.data[0]).sort()).toEqual(["first_name", "id"]);

    const regex = await viewer.api.get(`/datatable-clients?filter[first_name][value]=^zed${tag}[02]$&filter[first_name][operator]=REGEXP`);
    expect(regex.body.count).toBe(2);

    const today = new Date().toISOString().slice(0, 10);
    const range = await viewer.api.get(`/datatable-clients?global_search=Zed${tag}&filter[updated][value][from]=${today}&filter[updated][value][to]=${today}`);
    expect(range.body.count).toBe(3);
    const past = await viewer.api.get(`/datatable-clients?global_search=Zed${tag}&filter[updated][value][to]=2020-01-01`);
    expect(past.body.count).toBe(0);

    const page1 = await viewer.api.get(`/datatable-clients?global_search=Zed${tag}&sort=-first_name&range=2&page=1`);
    expect(page1.body).toMatchObject({ count: 3 });
    expect(page1.body.data.map((c: any) => c.first_name)).toEqual([`Zed${tag}0`]);
  });
  test("unknown filter, sort or field names are a 400", async () => {
    for (const q of ["filter[nope]=1", "sort=-nope", "fields=id,nope", "range=0", "page=-1", "filter[status]=bogus", "filter[updated][value][from]=yesterday", "filter[first_name][value]=(&filter[first_name][operator]=REGEXP"]) {
      const res = await viewer.api.get(`/datatable-clients?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.status).toBe(400);
    }
  });
  test("dates outside years 1-9999 in a filter are a 400 naming the filter, not a 500", async () => {
    for (const q of ["filter[updated][value][from]=-271821-04-20T00:00:00Z", "filter[updated][value][to]=0000-01-01", "filter[updated]=+010000-01-01T00:00:00Z"]) {
      const res = await viewer.api.get(`/datatable-clients?${q.replace("+", "%2B")}`);
      expect(res.status, q).toBe(400);
      expect(res.body.errors, q).toHaveProperty(["filter[updated]"]);
    }
  });
  test("rate-limit headers on every call; 401 without a token", async () => {
    const res = await viewer.api.get("/datatable-clients?range=1");
    expect(res.headers.get("x-ratelimit-limit")).toBe("600");
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBeLessThan(600);
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect((await auctionAnon(app).get("/datatable-clients")).status).toBe(401);
  });
  test("GraphQL: the same grammar as typed inputs", async () => {
    const r = await gql(app.url, `query($f: AuctionClientFilter) { auctionClients(filter: $f, sort: [{field: updated, desc: true}], range: 5) { count data { id status { id } } } }`,
      { f: { status: { in: ["approved"] } } }, viewer.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionClients.data.every((c: any) => c.status.id === "approved")).toBe(true);
  });
});
