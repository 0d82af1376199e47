import { createHash } from "node:crypto";
import { z } from "zod";
import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { printConfig } from "../config.ts";
import { creditTopup, failTopup } from "../wallet/topup.service.ts";
import { limitWebhooks } from "./payment-limits.ts";
import { failOrder, settleCapturedOrder } from "./payment-settlement.service.ts";
import { validWebhookSignature } from "./webhook-signature.ts";

export type WebhookOutcome = "processed" | "duplicate" | "ignored";
export type WebhookDelivery = { body: string; signature: string; eventId?: string | null };

/** The part of Razorpay's event payload this server acts on. */
const EventModel = z.object({
  id: z.string().max(100).optional(),
  event: z.string().min(1).max(100),
  payload: z.object({
    payment: z.object({ entity: z.object({ id: z.string().min(1).max(100), order_id: z.string().max(100).nullish(), amount: z.number().int().nonnegative() }) }).optional(),
  }).optional(),
});
const CAPTURE_EVENTS = new Set(["payment.captured", "order.paid"]);

/**
 * Handles one Razorpay webhook delivery: the signature over the raw body first, then the event exactly once
 * (its id is recorded in the same transaction as its effects, so a retried delivery is acknowledged and skipped,
 * and an event that fails rolls back its record and may be retried).
 */
export async function processWebhook(ctx: Context, delivery: WebhookDelivery): Promise<WebhookOutcome> {
  await limitWebhooks(ctx);
  const cfg = printConfig(ctx.config);
  if (!validWebhookSignature(delivery.body, delivery.signature, cfg.RAZORPAY_WEBHOOK_SECRET)) throw badRequest("Invalid signature");
  let event: z.infer<typeof EventModel>;
  try { event = EventModel.parse(JSON.parse(delivery.body)); } catch { throw badRequest("Invalid webhook payload"); }
  const eventId = delivery.eventId?.trim().slice(0, 100) || event.id || `sha256:${createHash("sha256").update(delivery.body).digest("hex")}`;

  const handled = CAPTURE_EVENTS.has(event.event) || event.event === "payment.failed";
  const payment = event.payload?.payment?.entity;
  if (handled && !payment) throw badRequest("Invalid webhook payload");

  return ctx.db.$transaction(async (tx): Promise<WebhookOutcome> => {
    const { count } = await tx.printWebhookEvent.createMany({ data: [{ id: eventId, event: event.event }], skipDuplicates: true });
    if (count === 0) return "duplicate";
    if (!handled || !payment?.order_id) return "ignored";
    const orderId = payment.order_id;
    const isPrintOrder = (await tx.printPaymentOrder.findUnique({ where: { orderId }, select: { id: true } })) !== null;
    if (event.event === "payment.failed") {
      return (isPrintOrder ? await failOrder(tx, { orderId }) : await failTopup(tx, orderId)) ? "processed" : "ignored";
    }
    const captured = { id: payment.id, orderId, amount: payment.amount };
    return isPrintOrder ? settleCapturedOrder(tx, ctx.log, captured) : creditTopup(tx, cfg, ctx.log, captured);
  });
}
