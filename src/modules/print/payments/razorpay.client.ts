import { DomainError } from "../../../kernel/errors.ts";
import type { Logger } from "../../../kernel/logger.ts";
import type { PrintConfig } from "../config.ts";

export type RazorpayOrderRequest = { amount: number; receipt: string; notes: Record<string, string> };

/**
 * The gateway failed us, not the client. The kernel has no 502/503 code yet, so this is INTERNAL (REST 500,
 * GraphQL keeps the message); with a BAD_GATEWAY code it would be a one-word change here.
 */
export const gatewayUnavailable = () => new DomainError("BAD_GATEWAY", "Payment gateway unavailable");

const TIMEOUT_MS = 10_000;

/**
 * Creates a Razorpay order (`POST {base}/orders`, HTTP basic auth key_id:key_secret) for `amount` paise in INR and
 * returns its id. Anything but a well-formed 2xx answer is logged and becomes "Payment gateway unavailable".
 */
export async function createRazorpayOrder(cfg: PrintConfig, log: Logger, order: RazorpayOrderRequest): Promise<{ id: string }> {
  const url = `${cfg.RAZORPAY_BASE_URL.replace(/\/+$/, "")}/orders`;
  const auth = Buffer.from(`${cfg.RAZORPAY_KEY_ID}:${cfg.RAZORPAY_KEY_SECRET}`).toString("base64");
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { authorization: `Basic ${auth}`, "content-type": "application/json" },
      // Razorpay caps receipts at 40 characters
      body: JSON.stringify({ amount: order.amount, currency: "INR", receipt: order.receipt.slice(0, 40), notes: order.notes }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    log.error({ err: error, url }, "Razorpay order request failed");
    throw gatewayUnavailable();
  }
  const text = await res.text();
  if (!res.ok) {
    log.error({ status: res.status, body: text.slice(0, 500) }, "Razorpay refused the order");
    throw gatewayUnavailable();
  }
  let id: unknown;
  try { id = (JSON.parse(text) as { id?: unknown }).id; } catch { id = undefined; }
  if (typeof id !== "string" || !id.startsWith("order_")) {
    log.error({ body: text.slice(0, 500) }, "Razorpay answered without an order id");
    throw gatewayUnavailable();
  }
  return { id };
}
