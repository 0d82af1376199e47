import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { wrap } from "../../../kernel/rest/legacy-rest.plugin.ts";
import { inputFrom, parseJsonObject } from "../../../kernel/rest/json-body.ts";
import { readBodyText } from "../../../kernel/rest/body.ts";
import { orderGrammar } from "./order.grammar.ts";
import { printedBytes } from "./order-print.service.ts";

const LIST_FIELDS = `id label orderId type status { id label } sale { id label } owner: ownerRef { id label email }
  grandTotal amountDue paymentReceived customerNumber bidderIds itemCount shippingWeight paymentTypeLetter invoiceData created changed`;
export const ORDER = `{ ${LIST_FIELDS} subtotal paymentType { id label }
  additionalCharges { term { id label } amount tax description date }
  lines { id item { id lot description } consignmentNumber hammerPrice commission taxRate }
  useCustomAddress customAddress prependText appendText creditedOrder { id label } reissuedFrom { id label } }`;

const PRINT = `mutation PrintAuctionOrder($input: PrintAuctionOrderInput!) {
  printAuctionOrder(input: $input) { fid url filename title order_id: orderId signal grand_total: grandTotal } }`;
const PRINT_FIELDS = new Set(["orderId", "signal", "withDescription", "withLetterhead"]);
type Printed = { fid: string; url: string; filename: string; title: string; order_id: string; signal: string; grand_total: string };

/** The q-value the Accept header gives a media type (exact type beats `type/*` beats `*\/*`), with its specificity. */
function acceptance(accept: string, type: string): [number, number] {
  let best: [number, number] = [0, -1];
  for (const part of accept.split(",")) {
    const [range, ...params] = part.trim().toLowerCase().split(";");
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    const specificity = range === type ? 2 : range === `${type.split("/")[0]}/*` ? 1 : range === "*/*" ? 0 : -1;
    if (specificity > best[1]) best = [Number.isFinite(q) ? q : 0, specificity];
  }
  return best;
}
/** JSON only when the caller asks for it more than for the PDF (or names it where the PDF only matches a wildcard). */
export function prefersJson(accept: string | null): boolean {
  if (!accept) return false;
  const [jq, js] = acceptance(accept, "application/json");
  const [pq, ps] = acceptance(accept, "application/pdf");
  return jq > 0 && (jq > pq || (jq === pq && js > ps));
}

export const orderRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/orders", operation: "Query.auctionOrders", grammar: orderGrammar,
    select: `{ data { ${LIST_FIELDS} } count }`,
    summary: "List Orders: range, page (0-based), sort (order_id, created, changed, grand_total/total_invoice, amount_due, payment_received, status; default -order_id), "
      + "filter[...] (type, status, sale, owner, order_id, customer_number, total_invoice/payment_received/amount_due/shipping_weight ranges, bidder_ids, payment_type_letter, sale_name, created, changed), fields, global_search." },
  { method: "GET", path: "/api/v1.0/orders/:id", operation: "Query.auctionOrder", envelope: "record", select: ORDER,
    summary: "Get Single Order → {data: [order]} with invoice_data, lines and additional_charges; 404 when it does not exist." },
  { method: "POST", path: "/api/v1.0/orders", operation: "Mutation.createAuctionOrder", status: 201, bodyArg: "input", envelope: "record", select: ORDER,
    summary: "Create Order {type, sale, owner, status, items, additional_charges} → 201 {data: [order]}. Bidder orders: items sold to the owner in the sale, not on another live order (422); "
      + "consignor statements: sold items of the owner's consignments; transport invoices: charges only." },
  { method: "PATCH", path: "/api/v1.0/orders/:id", operation: "Mutation.updateAuctionOrder", bodyArg: "input", envelope: "record", select: ORDER,
    summary: "Update Order / Update Order Status: status forward along new → in_process → finished → locked or to canceled (backwards: 422); additional_charges replace the list; "
      + "use_custom_address, custom_address, prepend_text, append_text. Locked and canceled orders refuse changes (422); canceled orders keep their lines but release the items." },
  { method: "PATCH", path: "/api/v1.0/order-split", operation: "Mutation.splitAuctionOrder", bodyArg: "input", envelope: "object",
    select: "{ newOrderId originalOrderId movedItems }",
    summary: "Split Order {order, items} → {data: {new_order_id, original_order_id, moved_items}}: into the client's open order of the same type and sale, else a new one. "
      + "Only new/in_process orders; items must be on the order and not all of them (422)." },
  { method: "POST", path: "/api/v1.0/order-create-credit-note/:orderId", operation: "Mutation.createAuctionOrderCreditNote", bodyArg: "input", envelope: "object",
    select: "{ creditNoteOrderNid }",
    summary: "Create Credit Note {items} → {data: {credit_note_order_nid}}: finished or locked bidder orders, 1–100 items on the order not credited yet (422)." },
  { method: "POST", path: "/api/v1.0/order-cancel-and-reissue/:orderId", operation: "Mutation.cancelAndReissueAuctionOrder", envelope: "object",
    select: "{ newOrderNid creditNoteNid }",
    summary: "Cancel and Reissue (no body) → {data: {new_order_nid, credit_note_nid}}: locked orders only (422); credit note for all lines and charges, order canceled, new order with the same lines." },
  {
    method: "POST", path: "/api/v1.0/order-print", operation: "Mutation.printAuctionOrder",
    summary: "Print Order {order_id, signal: white_bidder_invoice|accounting|via_bulk, withDescription, with_letterhead} → the PDF (application/pdf, inline, invoice-<number>.pdf), "
      + "stored as a file; with Accept: application/json → {data: {fid, url, filename, title, order_id, signal, grand_total}}. Unknown signal: 400.",
    // a PDF answer is no JSON: the mutation renders and stores it, the bytes are read back from storage
    handler: async ({ request, context, run }) => {
      // a print request is a few ids and flags: 16 kB is plenty, a chunked body cannot make us buffer more
      const body = parseJsonObject(await readBodyText(request, 16_384));
      const { printAuctionOrder: printed } = await run<{ printAuctionOrder: Printed }>(PRINT, { input: inputFrom(body, PRINT_FIELDS) });
      if (prefersJson(request.headers.get("accept"))) return Response.json(wrap("object", printed));
      const bytes = await printedBytes(context, Number(printed.fid));
      return new Response(bytes as unknown as BodyInit, {
        headers: {
          "content-type": "application/pdf", "content-length": String(bytes.byteLength),
          "content-disposition": `inline; filename="${printed.filename}"`, "x-content-type-options": "nosniff",
        },
      });
    },
  },
  { method: "GET", path: "/api/v1.0/orders-attached-text", operation: "Query.auctionOrdersAttachedText", envelope: "record",
    select: "{ order prependText appendText }",
    summary: "Orders Attached Text ?filter[order]= (required, 400) → {data: [{order, prepend_text, append_text}]}; 404 for an unknown order." },
  { method: "PATCH", path: "/api/v1.0/reset-statement-charges/:orderId", operation: "Mutation.resetAuctionStatementCharges", envelope: "object",
    select: "{ success chargesReset }",
    summary: "Reset Additional Charges (no body) of a consignor statement to the consignor's default charges → {data: {success, charges_reset}}; other order types or locked/canceled statements: 422." },
];
