import { builder } from "../../../builder.ts";
import { PrintFileStatus, PrintType } from "../enums.ts";

/** An uploaded print job as its customer sees it (shops see the PrintQueueFile variant). */
export const PrintFile = builder.prismaObject("PrintFile", {
  description: "One uploaded file: how to print it, its billed pages and cost, and where it is in its lifecycle.",
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    code: t.exposeString("code", { description: "6-character code the customer hands to a shop (private prints)." }),
    originalName: t.exposeString("originalName"),
    mimeType: t.exposeString("mimeType"),
    sizeBytes: t.exposeInt("sizeBytes"),
    numPages: t.exposeInt("numPages", { description: "Pages (or slides) counted from the file itself." }),
    copies: t.exposeInt("copies"),
    printMode: t.exposeString("printMode", { description: "single or double (sided); does not change the price." }),
    colorMode: t.exposeString("colorMode", { description: "bw or color." }),
    paperSize: t.exposeString("paperSize"),
    printType: t.expose("printType", { type: PrintType }),
    comment: t.exposeString("comment", { nullable: true }),
    totalCost: t.expose("cost", { type: "Amount", description: "pages × copies × price per page of the colour mode." }),
    status: t.expose("status", { type: PrintFileStatus }),
    shopId: t.exposeInt("shopkeeperId", { nullable: true, description: "The shop of a queue print (or the shop that printed a private one)." }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
