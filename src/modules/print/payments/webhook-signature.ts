import { createHmac, timingSafeEqual } from "node:crypto";

const bytes = (s: string) => new TextEncoder().encode(s);

/** Razorpay signs the raw body: hex HMAC-SHA256 with the webhook secret. Compared in constant time. */
export function validWebhookSignature(rawBody: string, signature: string, secret: string): boolean {
  const expected = bytes(createHmac("sha256", secret).update(rawBody, "utf8").digest("hex"));
  const given = bytes(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
