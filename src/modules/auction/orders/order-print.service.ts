import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { auctionConfig } from "../config.ts";
import { missing } from "../shared/ids.ts";
import { staffIdOf } from "../roles.ts";
import { fileUrl, storeFile } from "../files/file.service.ts";
import { breakdown } from "./order-totals.ts";
import { documentTitle, PRINT_SELECT, PRINT_SIGNALS, renderInvoicePdf, type PrintSignal } from "./invoice-pdf.ts";
import { refOf } from "./order-lines.ts";
import { required } from "./order.validation.ts";

export type PrintInput = { orderId?: string | null; signal?: string | null; withDescription?: boolean | null; withLetterhead?: boolean | null };

/**
 * Print Order: renders the order's PDF for the signal (white_bidder_invoice, accounting, via_bulk), stores it as an
 * AuctionFile (entity "order", bundle = the signal) and answers where it is, with the grand total it shows.
 */
export async function printOrder(ctx: Context, input: PrintInput) {
  if (!input.orderId) throw required("order_id");
  if (!input.signal) throw required("signal");
  if (!PRINT_SIGNALS.includes(input.signal as PrintSignal)) {
    const message = `Unknown signal '${input.signal}': use one of ${PRINT_SIGNALS.join(", ")}`;
    throw badRequest(message, { title: message, fields: [{ path: "signal", message: `must be one of ${PRINT_SIGNALS.join(", ")}` }] });
  }
  const id = refOf(input.orderId, "order_id", "Order");
  const order = await ctx.db.auctionOrder.findUnique({ where: { id }, select: PRINT_SELECT });
  if (!order) throw missing("Order", id);
  const signal = input.signal as PrintSignal;
  const bytes = await renderInvoicePdf(order, {
    signal, withDescription: input.withDescription ?? true, withLetterhead: input.withLetterhead ?? true,
    currency: auctionConfig(ctx.config).AUCTION_CURRENCY, houseName: auctionConfig(ctx.config).AUCTION_HOUSE_NAME,
  });
  const filename = `invoice-${order.orderNumber}.pdf`;
  const file = await storeFile(ctx, {
    filename, mime: "application/pdf", bytes, fieldName: "invoice", entityType: "order", bundle: signal, uploadedById: staffIdOf(ctx),
  });
  return {
    fid: file.id, url: fileUrl(ctx.config, file.id), filename: file.filename, title: documentTitle(order),
    orderId: order.id, signal, grandTotal: breakdown(order.type, order.lines, order.charges).grandTotal,
  };
}

/** The stored bytes of a printed order (the REST route answers them). */
export async function printedBytes(ctx: Context, fid: number): Promise<Uint8Array> {
  const file = await ctx.db.auctionFile.findUnique({ where: { id: fid }, select: { storageKey: true } });
  const bytes = file && (await ctx.storage.get(file.storageKey));
  if (!bytes) throw missing("File", fid);
  return bytes;
}
