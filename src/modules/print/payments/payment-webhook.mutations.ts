import { builder } from "../../../builder.ts";
import { processWebhook, type WebhookOutcome } from "./payment-webhook.service.ts";

const PrintWebhookOutcome = builder.enumType("PrintWebhookOutcome", {
  values: { processed: { description: "The event changed an order or a top-up." }, duplicate: { description: "A retried delivery of an event already handled." }, ignored: { description: "Nothing to do (unhandled event, unknown or settled order)." } },
});

const PrintWebhookReceipt = builder.objectRef<{ status: WebhookOutcome }>("PrintWebhookReceipt").implement({
  fields: (t) => ({ status: t.field({ type: PrintWebhookOutcome, resolve: (r) => r.status }) }),
});

export const ProcessPrintRazorpayWebhookInput = builder.inputType("ProcessPrintRazorpayWebhookInput", {
  fields: (t) => ({
    body: t.string({ required: true, description: "The delivery's raw body, byte for byte as signed." }),
    signature: t.string({ required: true, description: "The X-Razorpay-Signature header." }),
    eventId: t.string({ description: "The x-razorpay-event-id header (else the payload's id)." }),
  }),
});

builder.mutationFields((t) => ({
  processPrintRazorpayWebhook: t.field({
    description: "Razorpay's webhook (public; the signature over the raw body is verified): captures, failures, top-ups. Idempotent per event.",
    type: PrintWebhookReceipt,
    args: { input: t.arg({ type: ProcessPrintRazorpayWebhookInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ status: await processWebhook(ctx, input) }),
  }),
}));
