import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { gql, restClient } from "../../support/http.ts";
import { printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { unique } from "../../support/unique.ts";
import type { PrintFileStatus, PrintPaymentStatus } from "../../../generated/prisma/enums.ts";

let app: TestApp;
let api: ReturnType<typeof restClient>;
beforeAll(async () => { app = await startTestApp(); api = restClient(`${app.url}/print`); });
afterAll(() => app?.close());

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const code = () => randomBytes(6).toString("base64url");

type FileSpec = { pages?: number; cost?: number; status?: PrintFileStatus; name?: string; bytes?: Uint8Array | null; createdAt?: Date };

/** A queue file at `shop`, its bytes stored unless `bytes: null` (uploads have their own tests; rows go straight in). */
async function queueFile(customer: PrintUserFixture, shop: PrintUserFixture, spec: FileSpec & { paymentOrderId?: number | null } = {}) {
  const c = code();
  const name = spec.name ?? `${c}.pdf`;
  const storageKey = `print/${customer.id}/${c}-${name}`;
  const bytes = spec.bytes === undefined ? new TextEncoder().encode(`%PDF-1.4 ${c}`) : spec.bytes;
  if (bytes) await app.services.storage.put(storageKey, bytes, "application/pdf");
  return app.services.db.printFile.create({
    data: {
      userId: customer.id, shopkeeperId: shop.id, paymentOrderId: spec.paymentOrderId ?? null, code: c, originalName: name,
      mimeType: "application/pdf", sizeBytes: bytes?.byteLength ?? 10, storageKey, numPages: spec.pages ?? 2, printType: "queue",
      cost: spec.cost ?? 200, status: spec.status ?? "uploaded", createdAt: spec.createdAt,
    },
  });
}

/** A payment order of `customer` at `shop` with its files; amount = the files' costs unless given. */
async function order(customer: PrintUserFixture, shop: PrintUserFixture, files: FileSpec[], opts: { status?: PrintPaymentStatus; amount?: number; shopkeeperAmount?: number; createdAt?: Date } = {}) {
  const amount = opts.amount ?? files.reduce((s, f) => s + (f.cost ?? 200), 0);
  const row = await app.services.db.printPaymentOrder.create({
    data: {
      userId: customer.id, orderId: unique("order"), amount, status: opts.status ?? "paid", paymentMethod: "wallet", walletAmount: amount,
      printType: "queue", shopkeeperId: shop.id, shopkeeperAmount: opts.shopkeeperAmount ?? amount, paidAt: opts.status && opts.status !== "paid" ? null : new Date(),
    },
  });
  const created = [];
  for (const f of files) created.push(await queueFile(customer, shop, { createdAt: opts.createdAt, ...f, paymentOrderId: row.id }));
  return { ...row, files: created };
}

const fileRow = (id: number) => app.services.db.printFile.findUniqueOrThrow({ where: { id } });
const balance = async (userId: number) => (await app.services.db.printUser.findUniqueOrThrow({ where: { id: userId } })).walletBalance;

const GROUP_KEYS = ["created_at", "customer_name", "files_count", "first_file_id", "order_group_id", "order_id", "payment_order_id", "payment_status", "status", "total_cost", "total_pages"];
const FILE_KEYS = ["cancel_reason", "cancelled_at", "code", "color_mode", "comment", "copies", "created_at", "customer_name", "id", "mime_type", "num_pages", "original_name", "paper_size", "payment_order_id", "print_mode", "print_type", "size_bytes", "status", "total_cost", "updated_at"];

describe("GET /queue", () => {
  test("groups waiting files by payment order, oldest first, in the documented shape", async () => {
    const shop = await printUser(app, "shopkeeper");
    const other = await printUser(app, "shopkeeper");
    const alice = await printUser(app, "customer", { fullName: "Alice A" });
    const bob = await printUser(app, "customer", { fullName: "Bob B" });
    const first = await order(alice, shop, [{ pages: 3, cost: 300 }, { pages: 5, cost: 500, status: "printing" }, { pages: 1, cost: 100, status: "downloaded" }], { createdAt: minutesAgo(30) });
    const lone = await queueFile(bob, shop, { pages: 4, cost: 400, createdAt: minutesAgo(20) });
    const second = await order(bob, shop, [{ pages: 2, cost: 250 }], { createdAt: minutesAgo(10) });
    await order(alice, shop, [{ status: "cancelled" }, { status: "withdrawn" }], { createdAt: minutesAgo(40) });
    await order(alice, other, [{}]);

    const res = await shop.api.get("/queue");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toHaveLength(3);
    for (const g of res.body) expect(Object.keys(g).sort()).toEqual(GROUP_KEYS);
    expect(res.body[0]).toEqual({
      order_group_id: `order-${first.id}`, first_file_id: first.files[0]!.id, payment_order_id: first.id, order_id: first.orderId,
      payment_status: "paid", customer_name: "Alice A", files_count: 2, total_pages: 8, total_cost: 8, status: "printing",
      created_at: first.files[0]!.createdAt.toISOString(),
    });
    expect(res.body[1]).toEqual({
      order_group_id: `file-${lone.id}`, first_file_id: lone.id, payment_order_id: null, order_id: null, payment_status: null,
      customer_name: "Bob B", files_count: 1, total_pages: 4, total_cost: 4, status: "uploaded", created_at: lone.createdAt.toISOString(),
    });
    expect(res.body[2]).toMatchObject({ order_group_id: `order-${second.id}`, total_cost: 2.5, status: "uploaded", customer_name: "Bob B" });
  });

  test("an empty queue is an empty array; reading it records web activity", async () => {
    const shop = await printUser(app, "shopkeeper");
    const res = await shop.api.get("/queue");
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    const row = await app.services.db.printUser.findUniqueOrThrow({ where: { id: shop.id } });
    expect(Date.now() - row.lastWebActivityAt!.getTime()).toBeLessThan(10_000);
  });

  test("401 without or with a bad token, 403 for a customer", async () => {
    expect((await api.get("/queue")).status).toBe(401);
    expect((await api.get("/queue", { token: "garbage" })).status).toBe(401);
    const res = await (await printUser(app, "customer")).api.get("/queue");
    expect(res.status).toBe(403);
    expect(res.text).toBe("You are not allowed to do this");
  });

  test("the same number of SQL statements for 3 and for 30 orders", async () => {
    const customer = await printUser(app, "customer");
    const seed = async (n: number) => {
      const shop = await printUser(app, "shopkeeper");
      for (let i = 0; i < n; i++) await order(customer, shop, [{}, {}], { createdAt: minutesAgo(n - i) });
      return shop;
    };
    const [small, large] = [await seed(3), await seed(30)];
    const statements = async (shop: PrintUserFixture) => {
      const before = app.counter.count;
      const res = await shop.api.get("/queue");
      return { groups: res.body.length, sql: app.counter.count - before };
    };
    const s = await statements(small);
    const l = await statements(large);
    expect([s.groups, l.groups]).toEqual([3, 30]);
    expect(l.sql).toBe(s.sql);
  });

  test("GraphQL printShopQueue", async () => {
    const shop = await printUser(app, "shopkeeper");
    const o = await order(await printUser(app, "customer"), shop, [{ cost: 150 }, { cost: 50 }]);
    const res = await gql(app.url, "{ printShopQueue { orderGroupId filesCount totalCost paymentStatus } }", {}, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.printShopQueue).toEqual([{ orderGroupId: `order-${o.id}`, filesCount: 2, totalCost: 2, paymentStatus: "paid" }]);
  });
});

describe("GET /queue/:orderGroupId/files", () => {
  test("the group's files (printed ones too, cancelled ones not) in upload order", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer", { fullName: "Cara C" });
    const o = await order(customer, shop, [{ pages: 3, cost: 300, name: "a.pdf" }, { status: "downloaded" }, { status: "cancelled" }]);
    for (const key of [`order-${o.id}`, String(o.id)]) {
      const res = await shop.api.get(`/queue/${key}/files`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.map((f: { id: number }) => f.id)).toEqual([o.files[0]!.id, o.files[1]!.id]);
    }
    const res = await shop.api.get(`/queue/order-${o.id}/files`);
    for (const f of res.body) expect(Object.keys(f).sort()).toEqual(FILE_KEYS);
    const f = o.files[0]!;
    expect(res.body[0]).toEqual({
      id: f.id, code: f.code, original_name: "a.pdf", mime_type: "application/pdf", size_bytes: f.sizeBytes, num_pages: 3, copies: 1,
      print_mode: "single", color_mode: "bw", paper_size: "A4", print_type: "queue", comment: null, total_cost: 3, status: "uploaded",
      payment_order_id: o.id, customer_name: "Cara C", cancel_reason: null, cancelled_at: null,
      created_at: f.createdAt.toISOString(), updated_at: f.updatedAt.toISOString(),
    });
    expect(res.body[1].status).toBe("downloaded");
  });

  test("a file without an order is its own group", async () => {
    const shop = await printUser(app, "shopkeeper");
    const file = await queueFile(await printUser(app, "customer"), shop);
    const res = await shop.api.get(`/queue/file-${file.id}/files`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.map((x: { id: number }) => x.id)).toEqual([file.id]);
  });

  test("another shop's group, an unknown or fully cancelled group and a malformed key are 404", async () => {
    const shop = await printUser(app, "shopkeeper");
    const other = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const theirs = await order(customer, other, [{}]);
    const cancelled = await order(customer, shop, [{ status: "cancelled" }]);
    const lone = await queueFile(customer, other);
    for (const key of [`order-${theirs.id}`, String(theirs.id), `file-${lone.id}`, `order-${cancelled.id}`, "order-999999999", "nonsense", "file-x"]) {
      const res = await shop.api.get(`/queue/${key}/files`);
      expect(res.status, key).toBe(404);
      expect(res.text).toBe("Order not found");
    }
    expect((await other.api.get(`/queue/order-${theirs.id}/files`)).status).toBe(200);
  });

  test("401 without a token, 403 for a customer", async () => {
    expect((await api.get("/queue/order-1/files")).status).toBe(401);
    expect((await (await printUser(app, "customer")).api.get("/queue/order-1/files")).status).toBe(403);
  });
});

describe("GET /queue/download/:fileId", () => {
  test("serves the stored bytes with type and file name", async () => {
    const shop = await printUser(app, "shopkeeper");
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 1, 2, 255]);
    const file = await queueFile(await printUser(app, "customer"), shop, { bytes, name: "Résumé \"final\".pdf" });
    const res = await fetch(`${app.url}/print/queue/download/${file.id}`, { headers: { authorization: `Bearer ${shop.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="R_sum_ _final_.pdf"; filename*=UTF-8''${encodeURIComponent("Résumé \"final\".pdf")}`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  test("another shop's file, a printed or cancelled file, missing bytes and unknown ids are 404", async () => {
    const shop = await printUser(app, "shopkeeper");
    const other = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const files = [
      await queueFile(customer, other),
      await queueFile(customer, shop, { status: "downloaded" }),
      await queueFile(customer, shop, { status: "cancelled" }),
      await queueFile(customer, shop, { bytes: null }),
    ];
    for (const id of [...files.map((f) => f.id), 999_999_999, "abc"]) {
      const res = await shop.api.get(`/queue/download/${id}`);
      expect(res.status, String(id)).toBe(404);
      expect(res.text).toBe("File not found");
    }
  });

  test("401 without a token, 403 for a customer (even its own file)", async () => {
    const customer = await printUser(app, "customer");
    const file = await queueFile(customer, await printUser(app, "shopkeeper"));
    expect((await api.get(`/queue/download/${file.id}`)).status).toBe(401);
    expect((await customer.api.get(`/queue/download/${file.id}`)).status).toBe(403);
  });
});

describe("POST /queue/:fileId/print-started | print-failed | confirm", () => {
  test("print-started → printing, print-failed → uploaded, confirm → downloaded and the bytes deleted", async () => {
    const shop = await printUser(app, "shopkeeper");
    const file = await queueFile(await printUser(app, "customer"), shop);
    const started = await shop.api.post(`/queue/${file.id}/print-started`);
    expect(started.status, started.text).toBe(200);
    expect(started.body).toEqual({ id: file.id, code: file.code, status: "printing" });
    expect((await shop.api.post(`/queue/${file.id}/print-failed`)).body.status).toBe("uploaded");
    await shop.api.post(`/queue/${file.id}/print-started`);
    const done = await shop.api.post(`/queue/${file.id}/confirm`);
    expect(done.body).toEqual({ id: file.id, code: file.code, status: "downloaded" });
    const row = await fileRow(file.id);
    expect(row).toMatchObject({ status: "downloaded", storageKey: null });
    expect(await app.services.storage.get(file.storageKey!)).toBeNull();
  });

  test("confirming the last file of a paid order records the shop's payout once", async () => {
    const shop = await printUser(app, "shopkeeper");
    const o = await order(await printUser(app, "customer"), shop, [{}, {}]);
    await shop.api.post(`/queue/${o.files[0]!.id}/confirm`);
    expect(await app.services.db.printPayout.count({ where: { paymentOrderId: o.id } })).toBe(0);
    await shop.api.post(`/queue/${o.files[1]!.id}/confirm`);
    const payouts = await shop.api.get("/shopkeeper/payouts");
    expect(payouts.body).toMatchObject([{ payment_order_id: o.id, amount: 4, status: "pending" }]);
  });

  test("a withdrawn (refunded) file is not paid to the shop: the payout is the printed files' share, rounded down", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    // ₹10 order, ₹9.01 of it the shop's; the customer withdraws the ₹6.67 file and gets it back
    const o = await order(customer, shop, [{ cost: 333 }, { cost: 667 }], { shopkeeperAmount: 901 });
    const withdrawn = await customer.api.post(`/withdraw/${o.files[1]!.id}`);
    expect(withdrawn.body).toMatchObject({ status: "withdrawn", refund_amount: 6.67 });
    expect((await shop.api.post(`/queue/${o.files[0]!.id}/confirm`)).status).toBe(200);
    // 333 × 901 / 1000 = 300.03 → 300 paise
    const payouts = await app.services.db.printPayout.findMany({ where: { paymentOrderId: o.id } });
    expect(payouts.map((p) => [p.shopkeeperId, p.amount])).toEqual([[shop.id, 300]]);
    expect(await balance(customer.id)).toBe(667);
  });

  test("withdrawing the last waiting file of a partly printed order records the printed share; withdrawing everything pays nothing", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, shop, [{ cost: 300 }, { cost: 200 }]);
    await shop.api.post(`/queue/${o.files[0]!.id}/confirm`);
    expect(await app.services.db.printPayout.count({ where: { paymentOrderId: o.id } })).toBe(0);
    expect((await customer.api.post(`/withdraw/${o.files[1]!.id}`)).status).toBe(200);
    expect((await app.services.db.printPayout.findMany({ where: { paymentOrderId: o.id } })).map((p) => p.amount)).toEqual([300]);

    const none = await order(customer, shop, [{ cost: 300 }, { cost: 200 }]);
    for (const f of none.files) expect((await customer.api.post(`/withdraw/${f.id}`)).status).toBe(200);
    expect(await app.services.db.printPayout.count({ where: { paymentOrderId: none.id } })).toBe(0);
  });

  test("a step from the wrong status is 409 naming the status", async () => {
    const shop = await printUser(app, "shopkeeper");
    const file = await queueFile(await printUser(app, "customer"), shop, { status: "downloaded" });
    const res = await shop.api.post(`/queue/${file.id}/print-started`);
    expect(res.status).toBe(409);
    expect(res.text).toBe("File is downloaded; expected uploaded");
    expect((await shop.api.post(`/queue/${file.id}/print-failed`)).text).toBe("File is downloaded; expected printing");
    expect((await shop.api.post(`/queue/${file.id}/confirm`)).status).toBe(409);
  });

  test("another shop's file is 404 and stays untouched; 401/403", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const file = await queueFile(customer, await printUser(app, "shopkeeper"));
    for (const step of ["print-started", "print-failed", "confirm"]) {
      const res = await shop.api.post(`/queue/${file.id}/${step}`);
      expect(res.status, step).toBe(404);
      expect(res.text).toBe("File not found");
      expect((await api.post(`/queue/${file.id}/${step}`)).status).toBe(401);
      expect((await customer.api.post(`/queue/${file.id}/${step}`)).status).toBe(403);
    }
    expect((await fileRow(file.id)).status).toBe("uploaded");
  });

  test("GraphQL startPrintQueueFile", async () => {
    const shop = await printUser(app, "shopkeeper");
    const file = await queueFile(await printUser(app, "customer"), shop);
    const res = await gql(app.url, "mutation($id: Int!) { startPrintQueueFile(fileId: $id) { id status } }", { id: file.id }, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.startPrintQueueFile).toEqual({ id: file.id, status: "printing" });
  });
});

describe("POST /queue/:fileId/cancel", () => {
  const REASON = "Printer out of order. Please try another shop.";

  test("cancels the whole order, refunds the paid amount to the wallet once and notifies the customer", async () => {
    const shop = await printUser(app, "shopkeeper", { shopName: "Corner Prints" });
    const fcmToken = unique("fcm");
    const customer = await printUser(app, "customer", { fcmToken });
    const o = await order(customer, shop, [{ cost: 300 }, { cost: 450 }]);
    const res = await shop.api.post(`/queue/${o.files[1]!.id}/cancel`, { reason: REASON });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ message: "Order cancelled and refunded", payment_order_id: o.id, cancelled_file_ids: o.files.map((f) => f.id), refunded_amount: 7.5 });

    for (const f of o.files) {
      const row = await fileRow(f.id);
      expect(row).toMatchObject({ status: "cancelled", cancelReason: REASON, cancelledBy: shop.id });
      expect(Date.now() - row.cancelledAt!.getTime()).toBeLessThan(10_000);
    }
    expect(await balance(customer.id)).toBe(750);
    const ledger = await app.services.db.printWalletTransaction.findMany({ where: { userId: customer.id } });
    expect(ledger).toMatchObject([{ type: "refund", amount: 750, balanceBefore: 0, balanceAfter: 750, paymentOrderId: o.id, idempotencyKey: `refund:order:${o.id}` }]);
    expect(await app.services.db.printPaymentOrder.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ status: "refunded" });

    const pushes = await app.services.db.kernelNotification.findMany({ where: { system: "print", recipient: fcmToken } });
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.title).toBe("Print order cancelled");
    expect(pushes[0]!.body).toBe(`Corner Prints cancelled your order: ${REASON} ₹7.50 was refunded to your wallet.`);
    expect(pushes[0]!.data).toMatchObject({ payment_order_id: String(o.id), refunded_amount: "7.50" });

    // gone from the queue and from the order's files; a second cancel has nothing left to do and refunds nothing
    expect((await shop.api.get("/queue")).body).toEqual([]);
    expect((await shop.api.get(`/queue/order-${o.id}/files`)).status).toBe(404);
    const again = await shop.api.post(`/queue/${o.files[0]!.id}/cancel`, { reason: REASON });
    expect(again.status).toBe(409);
    expect(again.text).toBe("This order has no files waiting to be printed");
    expect(await balance(customer.id)).toBe(750);
  });

  test("400 while any file of the order is printing; nothing changes", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, shop, [{}, { status: "printing" }]);
    const res = await shop.api.post(`/queue/${o.files[0]!.id}/cancel`, { reason: REASON });
    expect(res.status).toBe(400);
    expect(res.text).toBe("Cannot cancel: a file in this order is already printing.");
    expect((await fileRow(o.files[0]!.id)).status).toBe("uploaded");
    expect(await balance(customer.id)).toBe(0);
  });

  test("an order already partly refunded (a withdrawn file) gets only the rest back", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, shop, [{ cost: 300, status: "withdrawn" }, { cost: 500 }]);
    await app.services.db.$transaction(async (tx) => {
      await tx.printUser.update({ where: { id: customer.id }, data: { walletBalance: 300 } });
      await tx.printWalletTransaction.create({ data: { userId: customer.id, type: "refund", amount: 300, balanceBefore: 0, balanceAfter: 300, paymentOrderId: o.id, idempotencyKey: `refund:file:${o.files[0]!.id}`, description: "Refund for withdrawal" } });
    });
    const res = await shop.api.post(`/queue/${o.files[1]!.id}/cancel`, { reason: REASON });
    expect(res.body).toMatchObject({ cancelled_file_ids: [o.files[1]!.id], refunded_amount: 5 });
    expect(await balance(customer.id)).toBe(800);
    expect((await fileRow(o.files[0]!.id)).status).toBe("withdrawn");
  });

  test("when part of the order was printed, only the cancelled files' cost is refunded", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, shop, [{ cost: 300, status: "downloaded" }, { cost: 200 }]);
    const res = await shop.api.post(`/queue/${o.files[1]!.id}/cancel`, { reason: REASON });
    expect(res.body).toMatchObject({ cancelled_file_ids: [o.files[1]!.id], refunded_amount: 2 });
    expect(await balance(customer.id)).toBe(200);
    expect((await fileRow(o.files[0]!.id)).status).toBe("downloaded");
  });

  test("cancelling the rest of a partly printed order pays the shop for the printed part only", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, shop, [{ cost: 300 }, { cost: 200 }], { shopkeeperAmount: 450 });
    await shop.api.post(`/queue/${o.files[0]!.id}/confirm`);
    const res = await shop.api.post(`/queue/${o.files[1]!.id}/cancel`, { reason: REASON });
    expect(res.body).toMatchObject({ cancelled_file_ids: [o.files[1]!.id], refunded_amount: 2 });
    expect(await balance(customer.id)).toBe(200);
    const payouts = await app.services.db.printPayout.findMany({ where: { paymentOrderId: o.id } });
    expect(payouts.map((p) => [p.shopkeeperId, p.amount])).toEqual([[shop.id, 270]]);
  });

  test("an unpaid or already refunded order is cancelled without a refund; no push without a device token", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    for (const status of ["created", "refunded"] as const) {
      const o = await order(customer, shop, [{}], { status });
      const res = await shop.api.post(`/queue/${o.files[0]!.id}/cancel`, { reason: REASON });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ message: "Order cancelled", refunded_amount: 0 });
      expect((await app.services.db.printPaymentOrder.findUniqueOrThrow({ where: { id: o.id } })).status).toBe(status);
    }
    expect(await balance(customer.id)).toBe(0);
    expect(await app.services.db.printWalletTransaction.count({ where: { userId: customer.id } })).toBe(0);
    expect(await app.services.db.kernelNotification.count({ where: { body: { contains: shop.shopName! } } })).toBe(0);
  });

  test("a file without an order is cancelled alone", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const [a, b] = [await queueFile(customer, shop), await queueFile(customer, shop)];
    const res = await shop.api.post(`/queue/${a.id}/cancel`, { reason: "Out of paper" });
    expect(res.body).toEqual({ message: "Order cancelled", payment_order_id: null, cancelled_file_ids: [a.id], refunded_amount: 0 });
    expect((await fileRow(b.id)).status).toBe("uploaded");
  });

  test.each([[{ reason: "no" }, "A reason of 3 to 500 characters is required"], [{ reason: "   ab  " }, "A reason of 3 to 500 characters is required"],
    [{ reason: "x".repeat(501) }, "A reason of 3 to 500 characters is required"], [{}, "\"reason\" is required."]])("body %j is 400", async (body, message) => {
    const shop = await printUser(app, "shopkeeper");
    const file = await queueFile(await printUser(app, "customer"), shop);
    const res = await shop.api.post(`/queue/${file.id}/cancel`, body);
    expect(res.status).toBe(400);
    expect(res.text).toBe(message);
    expect((await fileRow(file.id)).status).toBe("uploaded");
  });

  test("another shop's file is 404 and nothing is cancelled; 401 without a token; 403 for a customer", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, await printUser(app, "shopkeeper"), [{}]);
    const res = await shop.api.post(`/queue/${o.files[0]!.id}/cancel`, { reason: REASON });
    expect(res.status).toBe(404);
    expect(res.text).toBe("File not found");
    expect((await api.post(`/queue/${o.files[0]!.id}/cancel`, { body: { reason: REASON } })).status).toBe(401);
    expect((await customer.api.post(`/queue/${o.files[0]!.id}/cancel`, { reason: REASON })).status).toBe(403);
    expect((await fileRow(o.files[0]!.id)).status).toBe("uploaded");
    expect(await balance(customer.id)).toBe(0);
  });

  test("two simultaneous cancellations refund once", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const o = await order(customer, shop, [{ cost: 1000 }, { cost: 1000 }]);
    const results = await Promise.all(o.files.map((f) => shop.api.post(`/queue/${f.id}/cancel`, { reason: REASON })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await balance(customer.id)).toBe(2000);
  });

  test("GraphQL cancelPrintQueueOrder", async () => {
    const shop = await printUser(app, "shopkeeper");
    const o = await order(await printUser(app, "customer"), shop, [{ cost: 120 }]);
    const res = await gql(app.url, "mutation($id: Int!) { cancelPrintQueueOrder(fileId: $id, input: { reason: \"Closed today\" }) { paymentOrderId cancelledFileIds refundedAmount } }", { id: o.files[0]!.id }, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.cancelPrintQueueOrder).toEqual({ paymentOrderId: o.id, cancelledFileIds: [o.files[0]!.id], refundedAmount: 1.2 });
  });
});

describe("GET /shop/history", () => {
  test("printed and cancelled files of the shop, most recently finished first, paginated", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const [a, b, c] = [await queueFile(customer, shop), await queueFile(customer, shop), await queueFile(customer, shop)];
    await queueFile(customer, shop); // still waiting
    await queueFile(customer, await printUser(app, "shopkeeper"), { status: "downloaded" });
    await shop.api.post(`/queue/${b.id}/confirm`);
    await shop.api.post(`/queue/${a.id}/cancel`, { reason: "Out of toner" });
    await shop.api.post(`/queue/${c.id}/confirm`);

    const res = await shop.api.get("/shop/history");
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["history", "limit", "offset", "total"]);
    expect(res.body).toMatchObject({ total: 3, limit: 50, offset: 0 });
    expect(res.body.history.map((f: { id: number }) => f.id)).toEqual([c.id, a.id, b.id]);
    for (const f of res.body.history) expect(Object.keys(f).sort()).toEqual(FILE_KEYS);
    expect(res.body.history[1]).toMatchObject({ status: "cancelled", cancel_reason: "Out of toner" });
    const page = await shop.api.get("/shop/history?limit=2&offset=1");
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(page.body.history.map((f: { id: number }) => f.id)).toEqual([a.id, b.id]);
  });

  test.each([["limit=0", "limit must be between 1 and 100"], ["limit=101", "limit must be between 1 and 100"], ["offset=-1", "offset must not be negative"]])("%s is 400", async (query, message) => {
    const res = await (await printUser(app, "shopkeeper")).api.get(`/shop/history?${query}`);
    expect(res.status).toBe(400);
    expect(res.text).toBe(message);
  });

  test("401 without a token, 403 for a customer", async () => {
    expect((await api.get("/shop/history")).status).toBe(401);
    expect((await (await printUser(app, "customer")).api.get("/shop/history")).status).toBe(403);
  });

  test("GraphQL printShopHistory", async () => {
    const shop = await printUser(app, "shopkeeper");
    const file = await queueFile(await printUser(app, "customer"), shop, { status: "downloaded" });
    const res = await gql(app.url, "{ printShopHistory(limit: 5) { total items { id status customerName } } }", {}, shop.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.printShopHistory).toEqual({ total: 1, items: [{ id: file.id, status: "downloaded", customerName: "Test customer" }] });
  });
});
