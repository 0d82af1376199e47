import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { printOrder, type PrintInput } from "./order-print.service.ts";

const PrintAuctionOrderInput = builder.inputType("PrintAuctionOrderInput", {
  fields: (t) => ({
    orderId: t.id({ description: "The order (required)." }),
    signal: t.string({ description: "white_bidder_invoice (standard bidder invoice), accounting (with VAT rates and payments) or via_bulk (required)." }),
    withDescription: t.field({ type: "Flag", description: "Print the lots' descriptions (default true)." }),
    withLetterhead: t.field({ type: "Flag", description: "Print the house letterhead (default true)." }),
  }),
});

const AuctionOrderPrint = builder.objectRef<Awaited<ReturnType<typeof printOrder>>>("AuctionOrderPrint").implement({
  description: "A printed order: the stored PDF and the grand total it shows.",
  fields: (t) => ({
    fid: t.id({ resolve: (p) => String(p.fid) }),
    url: t.exposeString("url"),
    filename: t.exposeString("filename"),
    title: t.exposeString("title", { description: "The PDF's title, e.g. \"Invoice 12345\"." }),
    orderId: t.id({ resolve: (p) => String(p.orderId) }),
    signal: t.exposeString("signal"),
    grandTotal: t.field({ type: "Money", resolve: (p) => p.grandTotal }),
  }),
});

builder.mutationFields((t) => ({
  printAuctionOrder: t.field({
    description: "Render an order's PDF (invoice, statement or credit note) for a print signal and store it as a file.",
    type: AuctionOrderPrint,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: PrintAuctionOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => printOrder(ctx, input as PrintInput),
  }),
}));
