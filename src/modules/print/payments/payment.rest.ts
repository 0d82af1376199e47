import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { readBodyText } from "../../../kernel/rest/body.ts";

const ORDER_CREATED = "{ id order_id: orderId amount status payment_method: paymentMethod wallet_amount: walletAmount razorpay_amount: razorpayAmount key_id: keyId shopkeeper_id: shopkeeperId shopkeeper_amount: shopkeeperAmount skip_payment: skipPayment }";
const ORDER_STATUS_FIELDS = "id user_id: userId order_id: orderId payment_id: paymentId amount status payment_method: paymentMethod wallet_amount: walletAmount created_at: createdAt paid_at: paidAt";
const MY_ORDER = `{ ${ORDER_STATUS_FIELDS} razorpay_amount: razorpayAmount print_type: printType copies print_mode: printMode color_mode: colorMode paper_size: paperSize shopkeeper_id: shopkeeperId shop_name: shopName shopkeeper_amount: shopkeeperAmount comment refunded_at: refundedAt }`;

const WEBHOOK = `mutation PrintRazorpayWebhook($input: ProcessPrintRazorpayWebhookInput!) {
  processPrintRazorpayWebhook(input: $input) { status }
}`;

export const paymentRoutes: RestRoute[] = [
  { method: "POST", path: "/create-payment-order", operation: "Mutation.createPrintPaymentOrder", bodyArg: "input", select: ORDER_CREATED, summary: "Create a payment order (wallet, Razorpay or hybrid)" },
  { method: "GET", path: "/payment-order/:orderId/status", operation: "Query.printPaymentOrder", select: `{ ${ORDER_STATUS_FIELDS} }`, summary: "Check a payment order's status (by numeric id or order_id)" },
  {
    method: "POST", path: "/payment/webhook", operation: "Mutation.processPrintRazorpayWebhook", summary: "Razorpay webhook (public, signature verified)",
    // the signature covers the raw bytes, so the body is read as text here rather than parsed as JSON by the layer
    handler: async ({ request, run }) => {
      const data = await run<{ processPrintRazorpayWebhook: { status: string } }>(WEBHOOK, {
        // Razorpay events are small: read at most 1 MB of the raw body (signed as is)
        input: { body: await readBodyText(request, 1_000_000), signature: request.headers.get("x-razorpay-signature") ?? "", eventId: request.headers.get("x-razorpay-event-id") },
      });
      return Response.json(data.processPrintRazorpayWebhook);
    },
  },
  { method: "GET", path: "/my-orders", operation: "Query.printMyOrders", select: MY_ORDER, summary: "The caller's payment orders, newest first (limit, offset)" },
];
