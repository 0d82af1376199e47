import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createHmac, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { http } from "./http.ts";

export type FakeOrder = { id: string; entity: "order"; amount: number; currency: string; receipt: string; notes: Record<string, string>; status: "created" };

const readBody = (req: IncomingMessage) => new Promise<string>((resolve, reject) => {
  let data = "";
  req.setEncoding("utf8");
  req.on("data", (chunk: string) => { data += chunk; });
  req.on("end", () => resolve(data));
  req.on("error", reject);
});
const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};
const razorpayError = (description: string) => ({ error: { code: "BAD_REQUEST_ERROR", description } });

/**
 * A stand-in for Razorpay's Orders API on 127.0.0.1: `POST /v1/orders` with basic auth key_id:key_secret, the same
 * checks Razorpay makes (integer paise ≥ 100, INR), and `failWith(status)` to make it fail. `env` starts the app
 * against it with a webhook secret of its own.
 */
export async function startFakeRazorpay() {
  const keyId = `rzp_test_${randomBytes(6).toString("hex")}`;
  const keySecret = randomBytes(12).toString("hex");
  const webhookSecret = randomBytes(12).toString("hex");
  const orders: FakeOrder[] = [];
  let failure: number | null = null;
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    if (req.method !== "POST" || req.url !== "/v1/orders") return send(res, 404, razorpayError("The requested URL was not found on the server."));
    if (req.headers.authorization !== `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString("base64")}`) return send(res, 401, razorpayError("Authentication failed"));
    if (failure) return send(res, failure, razorpayError("Simulated failure"));
    let body: { amount?: unknown; currency?: unknown; receipt?: unknown; notes?: unknown };
    try { body = JSON.parse(text); } catch { return send(res, 400, razorpayError("Invalid JSON")); }
    if (typeof body.amount !== "number" || !Number.isInteger(body.amount) || body.amount < 100) return send(res, 400, razorpayError("Order amount less than minimum amount allowed"));
    if (body.currency !== "INR") return send(res, 400, razorpayError("Currency is not supported"));
    if (typeof body.receipt !== "string" || body.receipt.length > 40) return send(res, 400, razorpayError("receipt: the length must be no more than 40."));
    const order: FakeOrder = { id: `order_${randomBytes(7).toString("hex")}`, entity: "order", amount: body.amount, currency: "INR",
      receipt: body.receipt, notes: (body.notes ?? {}) as Record<string, string>, status: "created" };
    orders.push(order);
    send(res, 200, order);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, keyId, keySecret, webhookSecret, orders,
    env: { RAZORPAY_BASE_URL: `${url}/v1`, RAZORPAY_KEY_ID: keyId, RAZORPAY_KEY_SECRET: keySecret, RAZORPAY_WEBHOOK_SECRET: webhookSecret },
    order: (id: string) => orders.find((o) => o.id === id),
    /** Every later order request answers this status (null: back to normal). */
    failWith: (status: number | null) => { failure = status; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
export type FakeRazorpay = Awaited<ReturnType<typeof startFakeRazorpay>>;

let seq = 0;
/** A Razorpay-shaped payment event (`payment.captured`, `order.paid`, `payment.failed`, ...). */
export function paymentEvent(event: string, p: { orderId: string; amount: number; paymentId?: string }) {
  const paymentId = p.paymentId ?? `pay_${randomBytes(7).toString("hex")}`;
  return {
    entity: "event", account_id: "acc_test", event, contains: ["payment"], created_at: Math.floor(Date.now() / 1000),
    payload: { payment: { entity: { id: paymentId, entity: "payment", amount: p.amount, currency: "INR", status: event === "payment.failed" ? "failed" : "captured", order_id: p.orderId, method: "upi" } } },
  };
}

export const signWebhook = (rawBody: string, secret: string) => createHmac("sha256", secret).update(rawBody).digest("hex");

/**
 * Delivers a webhook like Razorpay does: the raw JSON signed with the secret, an event id header (fresh unless
 * given). `signature: null` leaves the header out; a string replaces it.
 */
export function sendWebhook(base: string, secret: string, payload: unknown, opts: { eventId?: string | null; signature?: string | null; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(payload);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const signature = opts.signature === undefined ? signWebhook(raw, secret) : opts.signature;
  if (signature !== null) headers["x-razorpay-signature"] = signature;
  const eventId = opts.eventId === undefined ? `evt_${process.pid}_${Date.now().toString(36)}_${++seq}` : opts.eventId;
  if (eventId !== null) headers["x-razorpay-event-id"] = eventId;
  return http("POST", `${base}/payment/webhook`, { raw, headers });
}
