import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient } from "../../support/auction-data.ts";
import { auctionAddress } from "../../support/auction-clients-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let clerk: AuctionStaffFixture;
let viewer: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  clerk = await auctionStaff(app, ["clerk"]);
  viewer = await auctionStaff(app, ["cataloguer"]);
});
afterAll(() => app?.close());

const db = () => app.services.db;
const SPEC_BODY = {
  address: { country: "US", administrative_area: "NY", locality: "New York", postal_code: "10001", thoroughfare: "123 Main St", premise: "Apt 4B", first_name: "John", last_name: "Doe" },
  address_types: ["billing", "shipping"],
  default_address: true,
};
const create = (clientId: number, over: Record<string, unknown> = {}) => clerk.api.post("/client-address", { ...SPEC_BODY, client: String(clientId), ...over });
const defaults = async (clientId: number) =>
  (await db().auctionClientAddress.findMany({ where: { clientId, isDefault: true }, select: { id: true } })).map((a) => String(a.id));

describe("POST /client-address", () => {
  test("creates the spec's address: 201 {data: [address]} with its rendered form", async () => {
    const client = await auctionClient(app);
    const res = await create(client.id);
    expect(res.status).toBe(201);
    const a = res.body.data[0];
    expect(a).toMatchObject({
      label: "Default address - US - 10001",
      client: String(client.id),
      address: { ...SPEC_BODY.address, name_line: "John Doe" },
      address_types: [{ id: "billing", label: "Billing" }, { id: "shipping", label: "Shipping" }],
      default_address: true,
      validated: false,
      rendered: "John Doe\n123 Main St\nApt 4B\nNew York, NY 10001\nUnited States",
    });
    expect(a.id).toMatch(/^\d+$/);
    expect(a.created).toMatch(/Z$/);
    const row = await db().auctionClientAddress.findUniqueOrThrow({ where: { id: Number(a.id) } });
    expect(row).toMatchObject({ clientId: client.id, administrativeArea: "NY", premise: "Apt 4B", types: ["billing", "shipping"], isDefault: true });
  });

  test("a client's first address is its default; a new default replaces the old one", async () => {
    const client = await auctionClient(app);
    const first = (await create(client.id, { default_address: false, address: { country: "fr", locality: "Paris", postal_code: "75001" } })).body.data[0];
    expect(first).toMatchObject({ default_address: true, label: "Default address - FR - 75001", rendered: "Paris, 75001\nFrance" });
    const second = (await create(client.id, { default_address: "0" })).body.data[0];
    expect(second.default_address).toBe(false);
    expect(second.label).toBe("Address - US - 10001");
    expect(await defaults(client.id)).toEqual([first.id]);
    const third = (await create(client.id, { default_address: 1 })).body.data[0];
    expect(third.default_address).toBe(true);
    expect(await defaults(client.id)).toEqual([third.id]);
  });

  test("required fields 400; unknown client and malformed values 422; 401 and 403", async () => {
    const client = await auctionClient(app);
    const noClient = await clerk.api.post("/client-address", SPEC_BODY);
    expect(noClient.status).toBe(400);
    expect(noClient.body).toMatchObject({ detail: "The field 'client' is required", errors: { client: ["This field is required"] } });
    const noCountry = await create(client.id, { address: { locality: "Nowhere" } });
    expect(noCountry.status).toBe(400);
    expect(noCountry.body.detail).toBe("The field 'address.country' is required");
    const unknown = await create(99999999);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ client: ["Client with ID 99999999 does not exist"] });
    const badType = await create(client.id, { address_types: ["billing", "holiday"] });
    expect(badType.status).toBe(422);
    expect(badType.body.errors.address_types).toEqual(["must be billing or shipping"]);
    const badCountry = await create(client.id, { address: { country: "United States" } });
    expect(badCountry.status).toBe(422);
    const deleted = await auctionClient(app, { status: "deleted" });
    expect((await create(deleted.id)).status).toBe(422);
    expect((await auctionAnon(app).post("/client-address", { body: { ...SPEC_BODY, client: String(client.id) } })).status).toBe(401);
    expect((await viewer.api.post("/client-address", { ...SPEC_BODY, client: String(client.id) })).status).toBe(403);
    expect(await db().auctionClientAddress.count({ where: { clientId: client.id } })).toBe(0);
  });
});

describe("GET /client-address", () => {
  test("lists a client's addresses by client_id or filter[client], the default first", async () => {
    const client = await auctionClient(app);
    const other = await auctionClient(app);
    const a1 = await auctionAddress(app, client.id, { isDefault: false, types: ["shipping"], postalCode: "20001" });
    const a2 = await auctionAddress(app, client.id, { isDefault: true, types: ["billing"], country: "GB", administrativeArea: "", locality: "London", postalCode: "SW1A 1AA", validated: true });
    await auctionAddress(app, other.id, { isDefault: true });

    const byParam = await viewer.api.get(`/client-address?client_id=${client.id}`);
    expect(byParam.status).toBe(200);
    expect(byParam.body.count).toBe(2);
    expect(byParam.body.data.map((a: any) => a.id)).toEqual([String(a2.id), String(a1.id)]);
    expect(byParam.body.data[0]).toEqual({
      id: String(a2.id), label: "Default address - GB - SW1A 1AA", client: String(client.id),
      address: { country: "GB", administrative_area: "", locality: "London", postal_code: "SW1A 1AA", thoroughfare: "1 Main St", premise: "", name_line: "John Doe", first_name: "John", last_name: "Doe" },
      address_types: [{ id: "billing", label: "Billing" }], default_address: true, validated: true,
      rendered: "John Doe\n1 Main St\nLondon, SW1A 1AA\nUnited Kingdom",
      created: a2.createdAt.toISOString(), updated: a2.updatedAt.toISOString(),
    });
    const byFilter = await viewer.api.get(`/client-address?filter[client]=${client.id}&sort=-created`);
    expect(byFilter.body.data.map((a: any) => a.id)).toEqual([String(a2.id), String(a1.id)]);
    const asc = await viewer.api.get(`/client-address?filter[client]=${client.id}&sort=id&fields=id,default_address`);
    expect(asc.body.data).toEqual([{ id: String(a1.id), default_address: false }, { id: String(a2.id), default_address: true }]);

    const shipping = await viewer.api.get(`/client-address?client_id=${client.id}&filter[types]=shipping`);
    expect(shipping.body.data.map((a: any) => a.id)).toEqual([String(a1.id)]);
    const defaultsOnly = await viewer.api.get(`/client-address?filter[client][value][0]=${client.id}&filter[client][value][1]=${other.id}&filter[client][operator]=IN&filter[default_address]=1`);
    expect(defaultsOnly.body.count).toBe(2);
    expect(defaultsOnly.body.data.every((a: any) => a.default_address)).toBe(true);
    const unchecked = await viewer.api.get(`/client-address?client_id=${client.id}&filter[validated]=false`);
    expect(unchecked.body.data.map((a: any) => a.id)).toEqual([String(a1.id)]);
  });

  test("unknown filters 400, malformed client_id 400, 401 without a token; GraphQL list", async () => {
    for (const q of ["filter[nope]=1", "sort=nope", "client_id=abc", "filter[types]=holiday"]) {
      const res = await viewer.api.get(`/client-address?${q}`);
      expect(res.status, q).toBe(400);
    }
    expect((await auctionAnon(app).get("/client-address")).status).toBe(401);
    const client = await auctionClient(app);
    await auctionAddress(app, client.id, { isDefault: true });
    const r = await gql(app.url, `query($c: ID) { auctionClientAddresses(clientId: $c) { count data { client defaultAddress address { nameLine } } } }`, { c: String(client.id) }, viewer.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionClientAddresses).toEqual({ count: 1, data: [{ client: String(client.id), defaultAddress: true, address: { nameLine: "John Doe" } }] });
  });
});

describe("GET/PATCH /client-address/:id", () => {
  test("reads one address; 404 in the spec's format", async () => {
    const client = await auctionClient(app);
    const a = await auctionAddress(app, client.id, { isDefault: true });
    const res = await viewer.api.get(`/client-address/${a.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ id: String(a.id), client: String(client.id), default_address: true });
    const missing = await viewer.api.get("/client-address/99999999");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ title: "Resource not found", status: 404, detail: "Client address with ID 99999999 does not exist" });
  });

  test("only the given parts change (validated resets); default_address: true moves the default", async () => {
    const client = await auctionClient(app);
    const a1 = await auctionAddress(app, client.id, { isDefault: true, validated: true });
    const a2 = await auctionAddress(app, client.id, { isDefault: false, validated: true });
    const res = await clerk.api.patch(`/client-address/${a2.id}`, { address: { thoroughfare: "456 Broadway", premise: "Suite 100" }, default_address: true });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({
      default_address: true, validated: false,
      address: { thoroughfare: "456 Broadway", premise: "Suite 100", locality: "New York", country: "US", first_name: "John" },
    });
    expect(await defaults(client.id)).toEqual([String(a2.id)]);
    const types = await clerk.api.patch(`/client-address/${a1.id}`, { address_types: ["shipping"], validated: "1" });
    expect(types.body.data[0]).toMatchObject({ address_types: [{ id: "shipping", label: "Shipping" }], validated: true, default_address: false });
    expect((await db().auctionClientAddress.findUniqueOrThrow({ where: { id: a1.id } })).thoroughfare).toBe("1 Main St");
  });

  test("the default cannot be unset directly (422); bad values 422; 404; 403", async () => {
    const client = await auctionClient(app);
    const a = await auctionAddress(app, client.id, { isDefault: true });
    const unset = await clerk.api.patch(`/client-address/${a.id}`, { default_address: false });
    expect(unset.status).toBe(422);
    expect(unset.body.title).toBe("The default address cannot be unset");
    expect(await defaults(client.id)).toEqual([String(a.id)]);
    expect((await clerk.api.patch(`/client-address/${a.id}`, { address: { country: "" } })).status).toBe(422);
    expect((await clerk.api.patch(`/client-address/${a.id}`, { address: { postal_code: "x".repeat(30) } })).status).toBe(422);
    expect((await clerk.api.patch("/client-address/99999999", { validated: true })).status).toBe(404);
    expect((await viewer.api.patch(`/client-address/${a.id}`, { validated: true })).status).toBe(403);
  });
});

describe("DELETE /client-address/:id", () => {
  test("deletes an address: 204; deleting the default promotes the oldest other address", async () => {
    const client = await auctionClient(app);
    const a1 = await auctionAddress(app, client.id, { isDefault: true });
    const a2 = await auctionAddress(app, client.id, { isDefault: false, createdAt: new Date("2025-01-01T00:00:00Z") });
    const a3 = await auctionAddress(app, client.id, { isDefault: false, createdAt: new Date("2025-03-01T00:00:00Z") });
    const gone = await clerk.api.delete(`/client-address/${a3.id}`);
    expect(gone.status).toBe(204);
    expect(gone.text).toBe("");
    expect(await defaults(client.id)).toEqual([String(a1.id)]);
    expect((await clerk.api.delete(`/client-address/${a1.id}`)).status).toBe(204);
    expect(await defaults(client.id)).toEqual([String(a2.id)]);
    expect(await db().auctionClientAddress.count({ where: { clientId: client.id } })).toBe(1);
  });

  test("the only address of a client cannot be deleted (422); 404; 401/403", async () => {
    const client = await auctionClient(app);
    const only = await auctionAddress(app, client.id, { isDefault: true });
    const res = await clerk.api.delete(`/client-address/${only.id}`);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ title: "Cannot delete the only address", status: 422, detail: "You cannot delete a client's default address if it's the only address" });
    expect(await db().auctionClientAddress.count({ where: { id: only.id } })).toBe(1);
    expect((await clerk.api.delete("/client-address/99999999")).status).toBe(404);
    expect((await auctionAnon(app).delete(`/client-address/${only.id}`)).status).toBe(401);
    expect((await viewer.api.delete(`/client-address/${only.id}`)).status).toBe(403);
  });

  test("GraphQL: delete through the typed mutation", async () => {
    const client = await auctionClient(app);
    await auctionAddress(app, client.id, { isDefault: true });
    const extra = await auctionAddress(app, client.id, { isDefault: false });
    const r = await gql(app.url, `mutation($id: ID!) { deleteAuctionClientAddress(id: $id) { id } }`, { id: String(extra.id) }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.deleteAuctionClientAddress).toEqual({ id: String(extra.id) });
    expect(await db().auctionClientAddress.count({ where: { id: extra.id } })).toBe(0);
  });
});
