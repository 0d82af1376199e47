import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { AUCTION_PASSWORD, auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionItems, auctionOrder, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";
import { permissionsOf } from "../../../src/modules/auction/roles.ts";

let app: TestApp;
let admin: AuctionStaffFixture;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
});
afterAll(() => app?.close());

const login = (username: string, password: string) => auctionAnon(app).post("/bo_auth", { body: { username, password } });
const row = (id: number) => app.services.db.auctionStaff.findUniqueOrThrow({ where: { id } });

describe("GET /staff", () => {
  test("lists {id, name, email, roles, status}; filter[role], filter[status], fields (the spec's example)", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const both = await auctionStaff(app, ["accountant", "clerk"]);
    const blocked = await auctionStaff(app, ["clerk"], { status: "blocked" });
    const accountant = await auctionStaff(app, ["accountant"]);
    const ids = [clerk, both, blocked, accountant].map((s) => String(s.id));
    const mine = (body: any) => body.data.map((s: any) => s.id).filter((id: string) => ids.includes(id)).sort();

    const res = await admin.api.get("/staff?filter[role]=clerk&range=500");
    expect(res.status).toBe(200);
    expect(mine(res.body)).toEqual([clerk, both, blocked].map((s) => String(s.id)).sort());
    expect(res.body.data.find((s: any) => s.id === String(clerk.id))).toEqual({ id: String(clerk.id), name: clerk.name, email: clerk.email, roles: ["clerk"], status: "active" });

    const fields = await clerk.api.get(`/staff?filter[role]=clerk&fields=id,name,email&filter[id]=${clerk.id}`);
    expect(fields.body).toEqual({ data: [{ id: String(clerk.id), name: clerk.name, email: clerk.email }], count: 1 });

    const blockedClerks = await clerk.api.get("/staff?filter[role]=clerk&filter[status]=blocked&range=500");
    expect(mine(blockedClerks.body)).toEqual([String(blocked.id)]);
    const anyOf = await clerk.api.get("/staff?filter[role][value][0]=accountant&filter[role][operator]=IN&range=500");
    expect(mine(anyOf.body)).toEqual([both, accountant].map((s) => String(s.id)).sort());
  });
  test("unknown roles or statuses are a 400; 401 without a token", async () => {
    expect((await admin.api.get("/staff?filter[role]=janitor")).status).toBe(400);
    expect((await admin.api.get("/staff?filter[status]=asleep")).status).toBe(400);
    expect((await auctionAnon(app).get("/staff")).status).toBe(401);
  });
});

describe("GET /me", () => {
  test("the signed-in member with the permissions of their roles", async () => {
    const res = await admin.api.get("/me");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ id: String(admin.id), name: admin.name, email: admin.email, roles: ["administrator"], permissions: permissionsOf(["administrator"]) }] });
    expect(res.body.data[0].permissions).toContain("administer site");
    const photographer = await auctionStaff(app, ["photographer"]);
    const mine = (await photographer.api.get("/me")).body.data[0];
    expect(mine.permissions).toEqual(["read", "manage tasks"]);
    expect((await auctionAnon(app).get("/me")).status).toBe(401);
  });
});

describe("PATCH /staff/:id", () => {
  test("an administrator updates anyone's name, e-mail and username", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const email = `Renamed.${clerk.id}@Example.com`;
    const res = await admin.api.patch(`/staff/${clerk.id}`, { name: "Renamed Clerk", email, username: `renamed${clerk.id}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ id: String(clerk.id), name: "Renamed Clerk", email: email.toLowerCase(), username: `renamed${clerk.id}`, roles: ["clerk"], status: "active" }] });
    // neither the name nor the e-mail revoke the member's token
    expect((await clerk.api.get("/me")).status).toBe(200);
    expect((await login(`renamed${clerk.id}`, AUCTION_PASSWORD)).status).toBe(200);
  });
  test("new roles revoke older tokens", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const res = await admin.api.patch(`/staff/${clerk.id}`, { roles: ["clerk", "accountant", "clerk"] });
    expect(res.status).toBe(200);
    expect(res.body.data[0].roles).toEqual(["clerk", "accountant"]);
    expect((await row(clerk.id)).tokenVersion).toBe(clerk.tokenVersion + 1);
    expect((await clerk.api.get("/me")).status).toBe(401);
    const fresh = await login(clerk.username, AUCTION_PASSWORD);
    expect(fresh.body.data.user.roles).toEqual(["clerk", "accountant"]);
    const me = await auctionAnon(app).get("/me", { token: fresh.body.data.access_token });
    expect(me.body.data[0].permissions).toContain("manage finance");
  });
  test("a new password revokes older tokens; only the new password signs in", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const res = await admin.api.patch(`/staff/${clerk.id}`, { password: "a-new-password-1" });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain("password");
    expect((await clerk.api.get("/me")).status).toBe(401);
    expect((await login(clerk.username, AUCTION_PASSWORD)).status).toBe(401);
    expect((await login(clerk.username, "a-new-password-1")).status).toBe(200);
    expect((await row(clerk.id)).passwordHash).toMatch(/^\$2[aby]\$/);
  });
  test("blocking revokes tokens and sign-in; unblocking lets the member sign in again", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const res = await admin.api.patch(`/staff/${clerk.id}`, { status: "blocked" });
    expect(res.body.data[0].status).toBe("blocked");
    expect((await clerk.api.get("/me")).status).toBe(401);
    expect((await login(clerk.username, AUCTION_PASSWORD)).status).toBe(401);
    expect((await admin.api.patch(`/staff/${clerk.id}`, { status: "active" })).body.data[0].status).toBe("active");
    expect((await login(clerk.username, AUCTION_PASSWORD)).status).toBe(200);
  });
  test("a member updates their own name and e-mail, and their password with the current one", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const res = await clerk.api.patch(`/staff/${clerk.id}`, { name: "Me Myself", email: `me${clerk.id}@example.com`, roles: ["clerk"], status: "active" });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ name: "Me Myself", email: `me${clerk.id}@example.com`, roles: ["clerk"] });
    const noCurrent = await clerk.api.patch(`/staff/${clerk.id}`, { password: "brand-new-pass" });
    expect(noCurrent.status).toBe(400);
    expect(noCurrent.body.detail).toBe("The field 'current_password' is required");
    const wrong = await clerk.api.patch(`/staff/${clerk.id}`, { password: "brand-new-pass", current_password: "not-it-at-all" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual({ current_password: ["The current password is not correct"] });
    expect((await clerk.api.get("/me")).status).toBe(200);
    const ok = await clerk.api.patch(`/staff/${clerk.id}`, { password: "brand-new-pass", current_password: AUCTION_PASSWORD });
    expect(ok.status).toBe(200);
    expect((await clerk.api.get("/me")).status).toBe(401);
    expect((await login(clerk.username, "brand-new-pass")).status).toBe(200);
  });
  test("a member may not change their roles or status, nor anyone else (403)", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const other = await auctionStaff(app, ["clerk"]);
    expect((await clerk.api.patch(`/staff/${clerk.id}`, { roles: ["administrator"] })).status).toBe(403);
    expect((await clerk.api.patch(`/staff/${clerk.id}`, { status: "blocked" })).status).toBe(403);
    const res = await clerk.api.patch(`/staff/${other.id}`, { name: "Hijacked" });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
    expect((await clerk.api.patch("/staff/999999", { name: "X" })).status).toBe(403);
    expect(await row(clerk.id)).toMatchObject({ roles: ["clerk"], status: "active", tokenVersion: clerk.tokenVersion });
    expect((await row(other.id)).name).toBe(other.name);
    expect((await auctionAnon(app).patch(`/staff/${clerk.id}`, { body: { name: "X" } })).status).toBe(401);
  });
  test("validation: short password, bad e-mail, unknown or no roles (422); empty name (400); unknown id (404)", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const short = await admin.api.patch(`/staff/${clerk.id}`, { password: "short" });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual({ password: ["must be at least 8 characters"] });
    expect((await admin.api.patch(`/staff/${clerk.id}`, { email: "nope" })).status).toBe(422);
    expect((await admin.api.patch(`/staff/${clerk.id}`, { roles: ["janitor"] })).status).toBe(422);
    expect((await admin.api.patch(`/staff/${clerk.id}`, { roles: [] })).status).toBe(422);
    expect((await admin.api.patch(`/staff/${clerk.id}`, { name: "" })).status).toBe(400);
    const missing = await admin.api.patch("/staff/999999", { name: "X" });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Staff member with ID 999999 does not exist");
    expect(await row(clerk.id)).toMatchObject({ name: clerk.name, roles: ["clerk"], tokenVersion: clerk.tokenVersion });
  });
  test("e-mail and username are unique across both sign-in names (409)", async () => {
    const a = await auctionStaff(app, ["clerk"]);
    const b = await auctionStaff(app, ["clerk"]);
    const email = await admin.api.patch(`/staff/${b.id}`, { email: a.email.toUpperCase() });
    expect(email.status).toBe(409);
    expect(email.body.errors).toEqual({ email: ["is already in use"] });
    expect((await admin.api.patch(`/staff/${b.id}`, { username: a.username })).status).toBe(409);
    expect((await admin.api.patch(`/staff/${b.id}`, { username: a.email })).status).toBe(409);
    // one's own names are not a conflict
    expect((await b.api.patch(`/staff/${b.id}`, { email: b.email, username: b.username })).status).toBe(200);
  });
  test("an administrator cannot drop their own administrator role or block themselves (422)", async () => {
    const me = await auctionStaff(app, ["administrator"]);
    const demote = await me.api.patch(`/staff/${me.id}`, { roles: ["clerk"] });
    expect(demote.status).toBe(422);
    expect(demote.body.errors).toEqual({ roles: ["You cannot remove your own administrator role"] });
    const block = await me.api.patch(`/staff/${me.id}`, { status: "blocked" });
    expect(block.status).toBe(422);
    expect(await row(me.id)).toMatchObject({ roles: ["administrator"], status: "active", tokenVersion: 0 });
    // adding roles to oneself is fine
    expect((await me.api.patch(`/staff/${me.id}`, { roles: ["administrator", "clerk"] })).status).toBe(200);
  });
  test("the last active administrator cannot be demoted or blocked (422)", async () => {
    const db = app.services.db;
    // from here on `sole` is this file's database's only active administrator
    await db.auctionStaff.updateMany({ where: { roles: { has: "administrator" } }, data: { status: "blocked" } });
    const sole = await auctionStaff(app, ["administrator"]);
    try {
      for (const body of [{ roles: ["clerk"] }, { status: "blocked" }, { roles: ["accountant"], status: "blocked" }]) {
        const res = await sole.api.patch(`/staff/${sole.id}`, body);
        expect(res.status).toBe(422);
        expect(res.body).toMatchObject({ title: "Unprocessable entity", status: 422, detail: "The last active administrator cannot be demoted or blocked" });
      }
      expect(await row(sole.id)).toMatchObject({ roles: ["administrator"], status: "active", tokenVersion: 0 });
      // a blocked administrator is not one that counts
      const dormant = await auctionStaff(app, ["administrator"], { status: "blocked" });
      expect((await sole.api.patch(`/staff/${dormant.id}`, { roles: ["clerk"] })).status).toBe(200);
      expect((await sole.api.patch(`/staff/${sole.id}`, { roles: ["clerk"] })).status).toBe(422);
    } finally {
      admin = await auctionStaff(app, ["administrator"]);
    }
  });
  test("two administrators demoting each other at once: one wins, one administrator remains", async () => {
    const db = app.services.db;
    try {
      for (let round = 0; round < 3; round++) {
        await db.auctionStaff.updateMany({ where: { roles: { has: "administrator" } }, data: { status: "blocked" } });
        const a = await auctionStaff(app, ["administrator"]);
        const b = await auctionStaff(app, ["administrator"]);
        const [ra, rb] = await Promise.all([a.api.patch(`/staff/${b.id}`, { roles: ["clerk"] }), b.api.patch(`/staff/${a.id}`, { status: "blocked" })]);
        const [won, lost] = ra.status === 200 ? [ra, rb] : [rb, ra];
        // the loser's token was revoked (401) or, checked under the lock, it is no administrator any more (403)
        expect(won.status, JSON.stringify([ra.body, rb.body])).toBe(200);
        expect([401, 403]).toContain(lost.status);
        expect(await db.auctionStaff.count({ where: { status: "active", roles: { has: "administrator" } } })).toBe(1);
      }
    } finally {
      admin = await auctionStaff(app, ["administrator"]);
    }
  });
  test("GraphQL: updateAuctionStaff", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    const r = await gql(app.url, `mutation($id: ID!) { updateAuctionStaff(id: $id, input: { name: "Via GraphQL" }) { id name permissions } }`, { id: String(clerk.id) }, admin.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateAuctionStaff).toEqual({ id: String(clerk.id), name: "Via GraphQL", permissions: permissionsOf(["clerk"]) });
  });
});

describe("GET /clerk-stats", () => {
  test("per staff member in the period, computed by grouped queries", async () => {
    const db = app.services.db;
    const clerk = await auctionStaff(app, ["clerk"]);
    const accountant = await auctionStaff(app, ["accountant"]);
    const idle = await auctionStaff(app, ["clerk"]);
    const client = await auctionClient(app);
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const order = await auctionOrder(app, { ownerId: client.id, saleId: sale.id });
    const inside = new Date("2025-03-10T12:00:00Z"), outside = new Date("2025-04-02T12:00:00Z"), lastDay = new Date("2025-03-31T23:59:00Z");
    const ref = { contentType: "client", contentId: client.id, type: "update" };
    await db.auctionActivity.createMany({ data: [
      { ...ref, userId: clerk.id, createdAt: inside }, { ...ref, userId: clerk.id, createdAt: lastDay }, { ...ref, userId: clerk.id, createdAt: outside },
      { ...ref, userId: accountant.id, createdAt: inside },
    ] });
    await db.auctionItemHistory.createMany({ data: [
      { itemId: item!.id, action: "status", userId: clerk.id, createdAt: inside },
      { itemId: item!.id, action: "lot", userId: accountant.id, createdAt: outside },
    ] });
    const tx = { orderId: order.id, clientId: client.id, transactionType: "Payment", transactionDate: inside };
    await db.auctionTransaction.createMany({ data: [
      { ...tx, amount: "100.10", createdById: accountant.id, createdAt: inside },
      { ...tx, amount: "250.25", createdById: accountant.id, createdAt: inside },
      { ...tx, amount: "999.99", createdById: accountant.id, createdAt: outside },
      { ...tx, amount: "5.00", createdById: clerk.id, createdAt: inside },
    ] });
    await db.auctionCall.createMany({ data: [
      { clientId: client.id, date: inside, userId: clerk.id }, { clientId: client.id, date: inside, userId: clerk.id },
      { clientId: client.id, date: outside, userId: clerk.id, createdAt: inside },
    ] });
    await db.auctionNote.createMany({ data: [{ referenceType: "client", referenceId: client.id, note: "n", userId: clerk.id, createdAt: inside }] });
    const task = { referenceType: "client", referenceId: client.id, taskType: "call", title: "t", assignedToId: clerk.id };
    await db.auctionTask.createMany({ data: [
      { ...task, status: "completed", completedAt: inside },
      { ...task, status: "completed", completedAt: outside },
      { ...task, status: "in_progress", createdAt: inside },
    ] });

    const period = "filter[date][value][from]=2025-03-01&filter[date][value][to]=2025-03-31";
    const res = await admin.api.get(`/clerk-stats?filter[user]=${clerk.id}&${period}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ count: 1, data: [{
      user: { id: String(clerk.id), name: clerk.name },
      activities: 2, item_changes: 1, transactions: 1, transactions_total: "5.00", calls: 2, notes: 1, tasks_completed: 1,
    }] });

    const three = `filter[user][value][0]=${clerk.id}&filter[user][value][1]=${accountant.id}&filter[user][value][2]=${idle.id}&filter[user][operator]=IN`;
    const many = await clerk.api.get(`/clerk-stats?${three}&${period}&sort=id`);
    expect(many.body.count).toBe(3);
    expect(many.body.data.map((s: any) => s.user.id)).toEqual([clerk.id, accountant.id, idle.id].map(String));
    expect(many.body.data[1]).toMatchObject({ activities: 1, item_changes: 0, transactions: 2, transactions_total: "350.35", calls: 0, tasks_completed: 0 });
    expect(many.body.data[2]).toMatchObject({ activities: 0, item_changes: 0, transactions: 0, transactions_total: "0.00", calls: 0, notes: 0, tasks_completed: 0 });

    const allTime = await clerk.api.get(`/clerk-stats?filter[user]=${accountant.id}`);
    expect(allTime.body.data[0]).toMatchObject({ item_changes: 1, transactions: 3, transactions_total: "1350.34" });

    // one grouped query per table: three members cost what one does
    const count = async (q: string) => { const before = app.counter.count; await clerk.api.get(q); return app.counter.count - before; };
    expect(await count(`/clerk-stats?${three}&${period}`)).toBe(await count(`/clerk-stats?filter[user]=${clerk.id}&${period}`));
  });
  test("bad filters are a 400; 401 without a token", async () => {
    expect((await admin.api.get("/clerk-stats?filter[date][value][from]=yesterday")).status).toBe(400);
    expect((await admin.api.get("/clerk-stats?filter[user]=abc")).status).toBe(400);
    expect((await admin.api.get("/clerk-stats?filter[nope]=1")).status).toBe(400);
    expect((await auctionAnon(app).get("/clerk-stats")).status).toBe(401);
  });
  test("GraphQL: auctionClerkStats with typed filters", async () => {
    const clerk = await auctionStaff(app, ["clerk"]);
    await app.services.db.auctionNote.create({ data: { referenceType: "client", referenceId: 1, note: "n", userId: clerk.id, createdAt: new Date("2025-05-05T10:00:00Z") } });
    const r = await gql(app.url, `query($f: AuctionClerkStatsFilter) { auctionClerkStats(filter: $f) { count data { user { id } notes transactionsTotal } } }`,
      { f: { user: { eq: String(clerk.id) }, date: { eq: "2025-05-05" } } }, clerk.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.auctionClerkStats).toEqual({ count: 1, data: [{ user: { id: String(clerk.id) }, notes: 1, transactionsTotal: "0.00" }] });
  });
});
