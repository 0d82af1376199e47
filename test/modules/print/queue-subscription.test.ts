import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { sseSubscribe, type SseMessage } from "../../support/sse.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { printUser, type PrintUserFixture } from "../../support/print-factory.ts";
import { blob, pdfBytes } from "../../support/print-fixtures.ts";
import { unique } from "../../support/unique.ts";
import type { PrintFileStatus } from "../../../generated/prisma/enums.ts";

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.close());

const SUBSCRIPTION = "subscription { printShopQueueChanged { reason fileId orderGroupId } }";
type Message = SseMessage;

/**
 * A GraphQL-over-SSE subscription opened with fetch (`Accept: text/event-stream`), its messages parsed as they
 * arrive. `ready` resolves on Yoga's first ping, once the subscription is live on the server.
 */
async function subscribe(token?: string, query = SUBSCRIPTION) {
  const sse = await sseSubscribe(app.url, token, query);
  const stream = {
    ...sse,
    /** The data of the next `next` event (fails on anything else). */
    event: async () => {
      const m = await sse.next();
      expect(m).toMatchObject({ event: "next" });
      return (m as Message).data;
    },
  };
  open.push(stream);
  return stream;
}
let open: { close: () => void }[] = [];
afterEach(() => { for (const s of open) s.close(); open = []; });

/** Opens a shop's subscription and waits until it is live. */
async function listen(shop: PrintUserFixture) {
  const stream = await subscribe(shop.token);
  expect(stream.status).toBe(200);
  expect(stream.contentType).toMatch(/^text\/event-stream/);
  await stream.ready;
  return stream;
}

/** A queue file at `shop` inserted directly, its bytes stored (uploads are covered by their own test below). */
async function queueFile(customer: PrintUserFixture, shop: PrintUserFixture, spec: { status?: PrintFileStatus; paymentOrderId?: number } = {}) {
  const code = randomBytes(6).toString("base64url");
  const storageKey = `print/${customer.id}/${code}.pdf`;
  await app.services.storage.put(storageKey, new TextEncoder().encode(`%PDF-1.4 ${code}`), "application/pdf");
  return app.services.db.printFile.create({
    data: {
      userId: customer.id, shopkeeperId: shop.id, paymentOrderId: spec.paymentOrderId ?? null, code, originalName: `${code}.pdf`,
      mimeType: "application/pdf", sizeBytes: 20, storageKey, numPages: 1, printType: "queue", cost: 200, status: spec.status ?? "uploaded",
    },
  });
}

const paidOrder = (customer: PrintUserFixture, shop: PrintUserFixture, amount: number) => app.services.db.printPaymentOrder.create({
  data: {
    userId: customer.id, orderId: unique("order"), amount, status: "paid", paymentMethod: "wallet", walletAmount: amount,
    printType: "queue", shopkeeperId: shop.id, shopkeeperAmount: amount, paidAt: new Date(),
  },
});

describe("subscription printShopQueueChanged (GraphQL over SSE)", () => {
  test("the shop hears print-started, print-failed and confirm on its queue file; another shop hears nothing of it", async () => {
    const shop = await printUser(app, "shopkeeper");
    const other = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const [mine, theirs] = [await listen(shop), await listen(other)];
    const file = await queueFile(customer, shop);

    expect((await shop.api.post(`/queue/${file.id}/print-started`)).status).toBe(200);
    expect(await mine.event()).toEqual({ data: { printShopQueueChanged: { reason: "printing", fileId: file.id, orderGroupId: `file-${file.id}` } } });
    expect((await shop.api.post(`/queue/${file.id}/print-failed`)).status).toBe(200);
    expect((await mine.event()).data.printShopQueueChanged).toMatchObject({ reason: "failed", fileId: file.id });
    expect((await shop.api.post(`/queue/${file.id}/confirm`)).status).toBe(200);
    expect((await mine.event()).data.printShopQueueChanged).toMatchObject({ reason: "printed", fileId: file.id });

    // the other shop's first event is its own: none of the first shop's came before it (events arrive in order)
    const own = await queueFile(customer, other);
    await other.api.post(`/queue/${own.id}/print-started`);
    expect((await theirs.event()).data.printShopQueueChanged).toEqual({ reason: "printing", fileId: own.id, orderGroupId: `file-${own.id}` });
    expect(await theirs.next(200)).toBe("timeout");
  });

  test("a customer's withdrawal reaches the shop, with the payment order's group", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const order = await paidOrder(customer, shop, 200);
    const file = await queueFile(customer, shop, { paymentOrderId: order.id });
    const stream = await listen(shop);

    const res = await customer.api.post(`/withdraw/${file.id}`);
    expect(res.status, res.text).toBe(200);
    expect((await stream.event()).data.printShopQueueChanged).toEqual({ reason: "withdrawn", fileId: file.id, orderGroupId: `order-${order.id}` });
  });

  test("cancelling an order tells the shop once per cancelled file", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const order = await paidOrder(customer, shop, 400);
    const files = [await queueFile(customer, shop, { paymentOrderId: order.id }), await queueFile(customer, shop, { paymentOrderId: order.id })];
    const stream = await listen(shop);

    const res = await shop.api.post(`/queue/${files[0]!.id}/cancel`, { reason: "Printer out of order" });
    expect(res.status, res.text).toBe(200);
    const events = [(await stream.event()).data.printShopQueueChanged, (await stream.event()).data.printShopQueueChanged];
    expect(events).toEqual(files.map((f) => ({ reason: "cancelled", fileId: f.id, orderGroupId: `order-${order.id}` })));
  });

  test("a queue upload reaches its shop; a private upload reaches no shop", async () => {
    const shop = await printUser(app, "shopkeeper");
    const customer = await printUser(app, "customer");
    const stream = await listen(shop);
    const upload = async (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append("files[]", blob(await pdfBytes(1)), "doc.pdf");
      const res = await fetch(`${app.url}/print/upload`, { method: "POST", body: form, headers: { authorization: `Bearer ${customer.token}` } });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as { file_id: number };
    };

    await upload({ print_type: "private" });
    const queued = await upload({ print_type: "queue", shop_id: String(shop.id) });
    expect((await stream.event()).data.printShopQueueChanged).toEqual({ reason: "uploaded", fileId: queued.file_id, orderGroupId: `file-${queued.file_id}` });
    expect(await stream.next(200)).toBe("timeout");
  });

  test("a customer is refused (FORBIDDEN), an anonymous caller too (UNAUTHENTICATED); the stream then completes", async () => {
    const customer = await printUser(app, "customer");
    for (const [token, code] of [[customer.token, "FORBIDDEN"], [undefined, "UNAUTHENTICATED"], ["garbage", "UNAUTHENTICATED"]] as const) {
      const stream = await subscribe(token);
      const first = await stream.next();
      expect(first, code).toMatchObject({ event: "next", data: { errors: [{ extensions: { code } }] } });
      expect(await stream.next(), code).toMatchObject({ event: "complete" });
    }
  });

  test("closing the pub/sub (shutdown) completes open streams", async () => {
    const own = await startTestApp();
    try {
      const shop = await printUser(own, "shopkeeper");
      const res = await fetch(`${own.url}/graphql`, {
        method: "POST",
        headers: { accept: "text/event-stream", "content-type": "application/json", authorization: `Bearer ${shop.token}` },
        body: JSON.stringify({ query: SUBSCRIPTION }),
      });
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      expect((await reader.read()).value).toBe(":\n\n"); // live
      own.services.pubsub.close();
      let rest = "";
      for (let r = await reader.read(); !r.done; r = await reader.read()) rest += r.value;
      expect(rest.replace(/^:\n\n/gm, "")).toBe("event: complete\ndata:\n\n");
    } finally {
      await own.close();
    }
  });

  test("graphql-armor limits apply to subscriptions", async () => {
    const shop = await printUser(app, "shopkeeper");
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: reason`).join(" ");
    const stream = await subscribe(shop.token, `subscription { printShopQueueChanged { ${aliases} } }`);
    expect(await stream.next()).toMatchObject({ event: "next", data: { errors: [{ message: expect.stringMatching(/aliases/i) }] } });
    expect(await stream.next()).toMatchObject({ event: "complete" });
  });
});
