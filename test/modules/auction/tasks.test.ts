import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { auctionAnon, auctionStaff, type AuctionStaffFixture } from "../../support/auction-factory.ts";
import { auctionClient, auctionItems, auctionSale } from "../../support/auction-data.ts";
import { gql } from "../../support/http.ts";

let app: TestApp;
let admin: AuctionStaffFixture;
let clerk: AuctionStaffFixture;
let photographer: AuctionStaffFixture;
let other: AuctionStaffFixture;
let itemId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await auctionStaff(app, ["administrator"]);
  clerk = await auctionStaff(app, ["clerk"]);
  photographer = await auctionStaff(app, ["photographer"]);
  other = await auctionStaff(app, ["accountant"]);
  const sale = await auctionSale(app);
  itemId = String((await auctionItems(app, sale.id, 1))[0]!.id);
});
afterAll(() => app?.close());

const newTask = (by: AuctionStaffFixture, over: Record<string, unknown> = {}) => by.api.post("/tasks", {
  reference: itemId, task_type: "photography", title: "Take additional photos", description: "Customer requested close-ups",
  assigned_to: String(photographer.id), due_date: "2025-10-20", priority: "high", ...over,
});

describe("POST /tasks", () => {
  test("creates a task: 201 {data: [task]} in the spec's shape, the caller as creator, an activity on the item", async () => {
    const res = await newTask(clerk);
    expect(res.status).toBe(201);
    const task = res.body.data[0];
    expect(task).toMatchObject({
      id: expect.stringMatching(/^\d+$/), reference: itemId, reference_type: "item", task_type: { id: "photography", label: "Photography" },
      title: "Take additional photos", description: "Customer requested close-ups", status: "open", priority: "high",
      assigned_to: { id: String(photographer.id), name: photographer.name }, due_date: "2025-10-20", created: expect.stringMatching(/Z$/),
      completed_at: null, completion_notes: "", created_by: { id: String(clerk.id), name: clerk.name },
    });
    const logged = await app.services.db.auctionActivity.findFirst({ where: { type: "task_created", contentType: "item", contentId: Number(itemId) }, orderBy: { id: "desc" } });
    expect(logged?.details).toEqual({ task: task.id });
  });

  test("defaults: item reference, general type, normal priority, unassigned, no due date", async () => {
    const client = await auctionClient(app);
    const res = await other.api.post("/tasks", { reference: String(client.id), reference_type: "client", title: "Call back" });
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ reference_type: "client", task_type: { id: "general", label: "General" }, priority: "normal", assigned_to: null, due_date: null });
  });

  test("title and reference are required (400); unknown reference, blocked or unknown assignee, bad values: 422", async () => {
    const noTitle = await newTask(clerk, { title: "" });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body).toMatchObject({ detail: "The field 'title' is required" });
    const noRef = await newTask(clerk, { reference: undefined });
    expect(noRef.body).toMatchObject({ status: 400, detail: "The field 'reference' is required" });
    const unknownRef = await newTask(clerk, { reference: "999999" });
    expect(unknownRef.status).toBe(422);
    expect(unknownRef.body.errors.reference[0]).toMatch(/does not exist/);
    const blocked = await auctionStaff(app, ["photographer"], { status: "blocked" });
    const blockedRes = await newTask(clerk, { assigned_to: String(blocked.id) });
    expect(blockedRes.status).toBe(422);
    expect(blockedRes.body.errors.assigned_to[0]).toMatch(/does not exist or is blocked/);
    expect((await newTask(clerk, { assigned_to: "999999" })).status).toBe(422);
    expect((await newTask(clerk, { priority: "urgent" })).status).toBe(422);
    expect((await newTask(clerk, { due_date: "2025-02-30" })).status).toBe(422);
    expect((await newTask(clerk, { due_date: "0000-01-01" })).status).toBe(422);
    expect((await newTask(clerk, { reference_type: "invoice" })).status).toBe(422);
    const count = await app.services.db.auctionTask.count({ where: { title: "Take additional photos", assignedToId: blocked.id } });
    expect(count).toBe(0);
  });

  test("401 without a token", async () => {
    expect((await auctionAnon(app).post("/tasks", { body: { title: "x", reference: itemId } })).status).toBe(401);
  });
});

describe("PATCH /tasks/:id", () => {
  test("open → in_progress → completed stamps completed_at; completed is final for the assignee", async () => {
    const id = (await newTask(clerk)).body.data[0].id;
    const started = await photographer.api.patch(`/tasks/${id}`, { status: "in_progress" });
    expect(started.status).toBe(200);
    expect(started.body.data[0]).toMatchObject({ status: "in_progress", completed_at: null });
    const back = await photographer.api.patch(`/tasks/${id}`, { status: "open" });
    expect(back.status).toBe(422);
    expect(back.body.title).toBe("A task cannot move from in_progress to open");
    const done = await photographer.api.patch(`/tasks/${id}`, { status: "completed", completion_notes: "Photos uploaded to item" });
    expect(done.status).toBe(200);
    expect(done.body.data[0]).toMatchObject({ status: "completed", completion_notes: "Photos uploaded to item", completed_at: expect.stringMatching(/Z$/) });
    const reopen = await photographer.api.patch(`/tasks/${id}`, { status: "open" });
    expect(reopen.status).toBe(422);
    const creatorEdit = await clerk.api.patch(`/tasks/${id}`, { title: "Changed" });
    expect(creatorEdit.status).toBe(422);
    const row = await app.services.db.auctionTask.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(row).toMatchObject({ status: "completed", title: "Take additional photos" });
    expect(row.completedAt).toBeInstanceOf(Date);
    const logged = await app.services.db.auctionActivity.findFirst({ where: { type: "task_completed", contentId: Number(itemId) }, orderBy: { id: "desc" } });
    expect(logged?.details).toMatchObject({ task: id, old_value: "in_progress", new_value: "completed" });
  });

  test("open → completed directly; an administrator may reopen (completed_at cleared)", async () => {
    const id = (await newTask(clerk)).body.data[0].id;
    expect((await clerk.api.patch(`/tasks/${id}`, { status: "completed" })).body.data[0].status).toBe("completed");
    const reopened = await admin.api.patch(`/tasks/${id}`, { status: "open" });
    expect(reopened.status).toBe(200);
    expect(reopened.body.data[0]).toMatchObject({ status: "open", completed_at: null });
  });

  test("only the assignee, the creator or an administrator: 403 for anyone else", async () => {
    const id = (await newTask(clerk)).body.data[0].id;
    const res = await other.api.patch(`/tasks/${id}`, { status: "in_progress" });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ title: "Access denied", status: 403 });
    expect((await app.services.db.auctionTask.findUniqueOrThrow({ where: { id: Number(id) } })).status).toBe("open");
    const byAdmin = await admin.api.patch(`/tasks/${id}`, { priority: "low" });
    expect(byAdmin.body.data[0].priority).toBe("low");
  });

  test("reassign, change due date and title; unassign with null; bad values 422/400; unknown task 404", async () => {
    const id = (await newTask(clerk)).body.data[0].id;
    const res = await clerk.api.patch(`/tasks/${id}`, { assigned_to: String(other.id), due_date: "2025-12-01", title: "New title" });
    expect(res.body.data[0]).toMatchObject({ assigned_to: { id: String(other.id) }, due_date: "2025-12-01", title: "New title" });
    // the new assignee may now change it
    expect((await other.api.patch(`/tasks/${id}`, { status: "in_progress" })).status).toBe(200);
    const cleared = await clerk.api.patch(`/tasks/${id}`, { assigned_to: null, due_date: null });
    expect(cleared.body.data[0]).toMatchObject({ assigned_to: null, due_date: null });
    expect((await clerk.api.patch(`/tasks/${id}`, { status: "done" })).status).toBe(422);
    expect((await clerk.api.patch(`/tasks/${id}`, { assigned_to: "999999" })).status).toBe(422);
    expect((await clerk.api.patch(`/tasks/${id}`, { title: "" })).status).toBe(400);
    const missing = await clerk.api.patch("/tasks/999999", { status: "completed" });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe("Task with ID 999999 does not exist");
    expect((await auctionAnon(app).patch(`/tasks/${id}`, { body: { status: "completed" } })).status).toBe(401);
  });
});

describe("GET /tasks", () => {
  test("filters reference, status, assigned_to, priority, reference_type; default sort created", async () => {
    const sale = await auctionSale(app);
    const [item] = await auctionItems(app, sale.id, 1);
    const ref = String(item!.id);
    const a = (await newTask(clerk, { reference: ref, priority: "low" })).body.data[0];
    const b = (await newTask(clerk, { reference: ref, assigned_to: String(other.id) })).body.data[0];
    const c = (await newTask(clerk, { reference: ref })).body.data[0];
    await photographer.api.patch(`/tasks/${c.id}`, { status: "completed" });

    const all = await other.api.get(`/tasks?filter[reference]=${ref}`);
    expect(all.status).toBe(200);
    expect(all.body.count).toBe(3);
    expect(all.body.data.map((t: any) => t.id)).toEqual([a.id, b.id, c.id]);
    expect(all.body.data[0]).toMatchObject({ reference: ref, task_type: { id: "photography", label: "Photography" }, due_date: "2025-10-20" });
    const open = await other.api.get(`/tasks?filter[reference]=${ref}&filter[status]=open`);
    expect(open.body.data.map((t: any) => t.id)).toEqual([a.id, b.id]);
    const mine = await other.api.get(`/tasks?filter[reference]=${ref}&filter[assigned_to]=${other.id}`);
    expect(mine.body.data.map((t: any) => t.id)).toEqual([b.id]);
    const low = await other.api.get(`/tasks?filter[reference]=${ref}&filter[priority]=low`);
    expect(low.body.data.map((t: any) => t.id)).toEqual([a.id]);
    const byType = await other.api.get(`/tasks?filter[reference]=${ref}&filter[reference_type]=client`);
    expect(byType.body.count).toBe(0);
    const newest = await other.api.get(`/tasks?filter[reference]=${ref}&sort=-created`);
    expect(newest.body.data.map((t: any) => t.id)).toEqual([c.id, b.id, a.id]);
    expect((await other.api.get("/tasks?filter[status]=done")).status).toBe(400);
    expect((await auctionAnon(app).get("/tasks")).status).toBe(401);
  });

  test("GraphQL: auctionTasks with the content label, updateAuctionTask", async () => {
    const id = (await newTask(clerk)).body.data[0].id;
    const res = await gql(app.url, `query { auctionTasks(filter: { id: { eq: "${id}" } }) { count data { id content { type label } status } } }`, {}, photographer.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.auctionTasks.data[0]).toMatchObject({ id, content: { type: "item", label: expect.stringMatching(/^Item #/) }, status: "open" });
    const upd = await gql(app.url, `mutation { updateAuctionTask(id: "${id}", input: { status: "in_progress" }) { status } }`, {}, photographer.token);
    expect(upd.data.updateAuctionTask.status).toBe("in_progress");
  });
});
