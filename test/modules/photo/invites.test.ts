import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { photoOperator, type PhotoOperatorFixture } from "../../support/photo-factory.ts";
import { uniqueEmail } from "../../support/unique.ts";
import { DAILY_INVITE_QUOTA_PER_OPERATOR as QUOTA } from "../../../src/modules/photo/invites/invite.service.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const MISSING = "00000000-0000-4000-8000-000000000000";
const DAY = 24 * 60 * 60 * 1000;
const bulk = (op: PhotoOperatorFixture, projectId: string, emails: unknown) => op.api.post(`/v1/projects/${projectId}/invites/bulk`, { emails });
const db = () => app.services.db;

/** A participant account, optionally already a member of the project. */
async function participant(email: string, joinProjectId?: string) {
  const user = await db().photoUser.create({ data: { email, name: "Participant" } });
  if (joinProjectId) await db().photoProjectMember.create({ data: { projectId: joinProjectId, userId: user.id } });
  return user;
}

describe("POST /v1/projects/:id/invites/bulk", () => {
  test("202 {queued, skipped}; invites stored normalised with a 7-day expiry; one outbox e-mail per invite", async () => {
    const op = await photoOperator(app);
    const project = await op.project({ projectLink: "https://example.com/gala" });
    const [a, b] = [uniqueEmail("alice"), uniqueEmail("bob")];
    const before = Date.now();
    const res = await bulk(op, project.id, [`  ${a.toUpperCase()} `, b]);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ queued: 2, skipped: 0 });

    const invites = await db().photoInvite.findMany({ where: { projectId: project.id }, orderBy: { email: "asc" } });
    expect(invites.map((i) => i.email)).toEqual([a, b].sort());
    for (const invite of invites) {
      const ttl = invite.expiresAt.getTime() - invite.createdAt.getTime();
      expect(ttl).toBe(7 * DAY);
      expect(invite.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    }

    const mails = await db().kernelMail.findMany({ where: { to: { in: [a, b] } } });
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      const invite = invites.find((i) => i.email === mail.to)!;
      expect(mail).toMatchObject({ system: "photo", status: "queued" });
      expect(mail.subject).toContain(project.name);
      expect(mail.text).toContain(project.name);
      expect(mail.text).toContain(`https://example.com/gala?invite=${invite.id}`);
    }
  });

  test("without a project link the e-mail carries the invite code", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const email = uniqueEmail();
    expect((await bulk(op, project.id, [email])).status).toBe(202);
    const invite = await db().photoInvite.findFirstOrThrow({ where: { projectId: project.id, email } });
    const mail = await db().kernelMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).toContain(invite.id);
    expect(mail.text).toContain(project.name);
  });

  test("duplicates within the request are skipped silently, any case and whitespace", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const email = uniqueEmail();
    const res = await bulk(op, project.id, [email, email.toUpperCase(), ` ${email}`]);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ queued: 1, skipped: 2 });
    expect(await db().photoInvite.count({ where: { projectId: project.id } })).toBe(1);
    expect(await db().kernelMail.count({ where: { to: email } })).toBe(1);
  });

  test("project members are skipped; members of another project are invited", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const elsewhere = await op.project();
    const [member, otherMember] = [uniqueEmail("member"), uniqueEmail("other")];
    await participant(member, project.id);
    await participant(otherMember, elsewhere.id);
    const res = await bulk(op, project.id, [member.toUpperCase(), otherMember]);
    expect(res.body).toEqual({ queued: 1, skipped: 1 });
    expect(await db().kernelMail.count({ where: { to: member } })).toBe(0);
  });

  test("a live pending invite is skipped; after it expires the address is invited again", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const email = uniqueEmail();
    expect((await bulk(op, project.id, [email])).body).toEqual({ queued: 1, skipped: 0 });
    expect((await bulk(op, project.id, [email])).body).toEqual({ queued: 0, skipped: 1 });
    expect(await db().kernelMail.count({ where: { to: email } })).toBe(1);

    await db().photoInvite.updateMany({ where: { projectId: project.id, email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await bulk(op, project.id, [email])).body).toEqual({ queued: 1, skipped: 0 });
    expect(await db().photoInvite.count({ where: { projectId: project.id, email } })).toBe(2);
    expect(await db().kernelMail.count({ where: { to: email } })).toBe(2);
  });

  test("concurrent batches for the same address invite it once", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const email = uniqueEmail();
    const results = await Promise.all(Array.from({ length: 5 }, () => bulk(op, project.id, [email])));
    expect(results.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect(results.reduce((sum, r) => sum + r.body.queued, 0)).toBe(1);
    expect(await db().photoInvite.count({ where: { projectId: project.id, email } })).toBe(1);
  });

  test("an invite to the same address for another project does not block", async () => {
    const op = await photoOperator(app);
    const [p1, p2] = [await op.project(), await op.project()];
    const email = uniqueEmail();
    expect((await bulk(op, p1.id, [email])).body).toEqual({ queued: 1, skipped: 0 });
    expect((await bulk(op, p2.id, [email])).body).toEqual({ queued: 1, skipped: 0 });
  });

  test("1 and 500 addresses are accepted", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    expect((await bulk(op, project.id, [uniqueEmail()])).body).toEqual({ queued: 1, skipped: 0 });
    const many = Array.from({ length: 500 }, () => uniqueEmail("bulk"));
    const res = await bulk(op, project.id, many);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ queued: 500, skipped: 0 });
    expect(await db().photoInvite.count({ where: { projectId: project.id } })).toBe(501);
    expect(await db().kernelMail.count({ where: { to: { in: many } } })).toBe(500);
  });

  test.each([
    ["an empty list", []],
    ["501 addresses", Array.from({ length: 501 }, (_, i) => `u${i}@example.com`)],
    ["an invalid address", ["alice@example.com", "not-an-email"]],
    ["an empty string", [""]],
    ["a number instead of a list", 42],
    ["a missing field", undefined],
  ])("%s is 400 and invites nobody", async (_label, emails) => {
    const op = await photoOperator(app);
    const project = await op.project();
    const res = await op.api.post(`/v1/projects/${project.id}/invites/bulk`, emails === undefined ? {} : { emails });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await db().photoInvite.count({ where: { projectId: project.id } })).toBe(0);
  });

  test("closed and archived projects are 409; draft and live projects accept invites", async () => {
    const op = await photoOperator(app);
    const draft = await op.project();
    expect((await bulk(op, draft.id, [uniqueEmail()])).status).toBe(202);
    const project = await op.project({ status: "live" });
    expect((await bulk(op, project.id, [uniqueEmail()])).status).toBe(202);
    expect((await op.api.patch(`/v1/projects/${project.id}/status`, { status: "closed" })).status).toBe(200);
    const closed = await bulk(op, project.id, [uniqueEmail()]);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("CONFLICT");
    expect((await op.api.patch(`/v1/projects/${project.id}/status`, { status: "archived" })).status).toBe(200);
    expect((await bulk(op, project.id, [uniqueEmail()])).status).toBe(409);
    expect(await db().photoInvite.count({ where: { projectId: project.id } })).toBe(1);
  });

  test("another operator's or a missing project is 404; 401 without or with a bad token; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const project = await other.project();
    const email = uniqueEmail();
    expect((await bulk(op, project.id, [email])).status).toBe(404);
    expect((await bulk(op, MISSING, [email])).status).toBe(404);
    const anon = restClient(`${app.url}/photo`);
    expect((await anon.post(`/v1/projects/${project.id}/invites/bulk`, { body: { emails: [email] } })).status).toBe(401);
    expect((await anon.post(`/v1/projects/${project.id}/invites/bulk`, { body: { emails: [email] }, token: "garbage" })).status).toBe(401);
    const ph = await other.photographer();
    expect((await ph.api.post(`/v1/projects/${project.id}/invites/bulk`, { emails: [email] })).status).toBe(403);
    expect(await db().photoInvite.count({ where: { projectId: project.id } })).toBe(0);
  });

  test(`an operator's invites are capped at ${QUOTA} per 24 hours across its projects: 429 RATE_LIMITED with Retry-After`, async () => {
    const op = await photoOperator(app);
    const [a, b] = [await op.project(), await op.project()];
    // reach the quota cheaply: rows straight into the table, on project a; older than 24 h they no longer count
    const now = Date.now();
    const rows = (n: number, ageMs: number) => Array.from({ length: n }, () => ({
      projectId: a.id, email: uniqueEmail("bulk"), createdAt: new Date(now - ageMs), expiresAt: new Date(now - ageMs + 7 * DAY),
    }));
    await db().photoInvite.createMany({ data: [...rows(50, DAY + 60_000), ...rows(10, 23 * 3600_000), ...rows(QUOTA - 13, 3600_000)] });

    // the last 3 of the quota go out, from the operator's other project
    const last = [uniqueEmail(), uniqueEmail(), uniqueEmail()];
    expect(await bulk(op, b.id, last)).toMatchObject({ status: 202, body: { queued: 3, skipped: 0 } });
    // addresses that would be skipped anyway (live invites) cost nothing
    expect(await bulk(op, b.id, last)).toMatchObject({ status: 202, body: { queued: 0, skipped: 3 } });

    const [mailsBefore, invitesBefore] = [await db().kernelMail.count(), await db().photoInvite.count()];
    const over = await bulk(op, b.id, [uniqueEmail()]);
    expect(over.status, over.text).toBe(429);
    expect(over.body.error.code).toBe("RATE_LIMITED");
    expect(over.body.error.message).toContain(`at most ${QUOTA} invites`);
    // room opens when the oldest invites of the window (sent 23 h ago) turn 24 h old: about an hour
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(over.body.error.details).toMatchObject({ retryAfter, limit: QUOTA });
    expect(await db().photoInvite.count()).toBe(invitesBefore);
    expect(await db().kernelMail.count()).toBe(mailsBefore);
    expect((await bulk(op, a.id, [uniqueEmail()])).status).toBe(429);

    // GraphQL answers the same code
    const send = `mutation($id: UUID!, $input: SendPhotoProjectInvitesInput!) { sendPhotoProjectInvites(id: $id, input: $input) { queued } }`;
    const res = await gql(app.url, send, { id: b.id, input: { emails: [uniqueEmail()] } }, op.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", details: { limit: QUOTA } });

    // another operator is not affected
    const other = await photoOperator(app);
    expect((await bulk(other, (await other.project()).id, [uniqueEmail()])).status).toBe(202);
  });
});

describe("GET /v1/projects/:id/invites", () => {
  test("newest first, exact item shape, with registrationStatus pending / registered / joined / expired", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const [pending, registered, joined, expired] = ["pending", "registered", "joined", "expired"].map((p) => uniqueEmail(p));
    // one request per address: distinct createdAt, so the expected order is the reverse of sending
    for (const email of [pending, registered, joined, expired]) expect((await bulk(op, project.id, [email])).status).toBe(202);
    await participant(registered!);
    await participant(joined!, project.id);
    await db().photoInvite.updateMany({ where: { projectId: project.id, email: expired }, data: { expiresAt: new Date(Date.now() - DAY) } });

    const res = await op.api.get(`/v1/projects/${project.id}/invites`);
    expect(res.status).toBe(200);
    expect(res.body.map((i: { email: string }) => i.email)).toEqual([expired, joined, registered, pending]);
    for (const item of res.body) expect(Object.keys(item).sort()).toEqual(["createdAt", "email", "expiresAt", "id", "registrationStatus"]);
    expect(res.body.map((i: { registrationStatus: string }) => i.registrationStatus)).toEqual(["expired", "joined", "registered", "pending"]);
    expect(new Date(res.body[3].expiresAt).getTime() - new Date(res.body[3].createdAt).getTime()).toBe(7 * DAY);
  });

  test("an expired invite of an invitee who registered meanwhile is registered, not expired", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const email = uniqueEmail();
    await bulk(op, project.id, [email]);
    await db().photoInvite.updateMany({ where: { projectId: project.id, email }, data: { expiresAt: new Date(Date.now() - DAY) } });
    await participant(email);
    expect((await op.api.get(`/v1/projects/${project.id}/invites`)).body[0].registrationStatus).toBe("registered");
  });

  test("a project without invites answers []; only that project's invites are listed", async () => {
    const op = await photoOperator(app);
    const [empty, other] = [await op.project(), await op.project()];
    await bulk(op, other.id, [uniqueEmail()]);
    const res = await op.api.get(`/v1/projects/${empty.id}/invites`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  test("registration statuses are batched: the query count does not grow with the invites", async () => {
    const count = async (fn: () => Promise<unknown>) => { const before = app.counter.count; await fn(); return app.counter.count - before; };
    const op = await photoOperator(app);
    const [small, large] = [await op.project(), await op.project()];
    await bulk(op, small.id, [uniqueEmail()]);
    const emails = Array.from({ length: 30 }, () => uniqueEmail());
    await bulk(op, large.id, emails);
    for (const email of emails.slice(0, 10)) await participant(email, large.id);
    const smallCount = await count(() => op.api.get(`/v1/projects/${small.id}/invites`));
    const largeCount = await count(async () => expect((await op.api.get(`/v1/projects/${large.id}/invites`)).body).toHaveLength(30));
    expect(largeCount).toBe(smallCount);
  });

  test("another operator's or a missing project is 404; malformed id 400; 401; 403 for a photographer", async () => {
    const op = await photoOperator(app);
    const other = await photoOperator(app);
    const project = await other.project();
    expect((await op.api.get(`/v1/projects/${project.id}/invites`)).status).toBe(404);
    expect((await op.api.get(`/v1/projects/${MISSING}/invites`)).status).toBe(404);
    expect((await op.api.get(`/v1/projects/not-a-uuid/invites`)).status).toBe(400);
    expect((await restClient(`${app.url}/photo`).get(`/v1/projects/${project.id}/invites`)).status).toBe(401);
    const ph = await other.photographer();
    expect((await ph.api.get(`/v1/projects/${project.id}/invites`)).status).toBe(403);
  });
});

describe("GraphQL", () => {
  test("sendPhotoProjectInvites, photoProjectInvites and project { invites { registrationStatus } }", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const [a, b] = [uniqueEmail(), uniqueEmail()];
    const sent = await gql(app.url, `mutation($id: UUID!, $input: SendPhotoProjectInvitesInput!) { sendPhotoProjectInvites(id: $id, input: $input) { queued skipped } }`,
      { id: project.id, input: { emails: [a, a, b] } }, op.token);
    expect(sent.data).toEqual({ sendPhotoProjectInvites: { queued: 2, skipped: 1 } });
    await participant(b, project.id);

    const listed = await gql(app.url, `query($id: UUID!) { photoProjectInvites(id: $id) { email registrationStatus } }`, { id: project.id }, op.token);
    expect(listed.data.photoProjectInvites).toHaveLength(2);
    const nested = await gql(app.url, `query($id: UUID!) { photoProject(id: $id) { invites { email registrationStatus } } }`, { id: project.id }, op.token);
    const byEmail = Object.fromEntries(nested.data.photoProject.invites.map((i: { email: string; registrationStatus: string }) => [i.email, i.registrationStatus]));
    expect(byEmail).toEqual({ [a]: "pending", [b]: "joined" });
  });

  test("errors carry codes: validation, not found, forbidden", async () => {
    const op = await photoOperator(app);
    const project = await op.project();
    const send = `mutation($id: UUID!, $input: SendPhotoProjectInvitesInput!) { sendPhotoProjectInvites(id: $id, input: $input) { queued } }`;
    expect((await gql(app.url, send, { id: project.id, input: { emails: [] } }, op.token)).errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect((await gql(app.url, send, { id: MISSING, input: { emails: [uniqueEmail()] } }, op.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const ph = await op.photographer();
    expect((await gql(app.url, send, { id: project.id, input: { emails: [uniqueEmail()] } }, ph.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
