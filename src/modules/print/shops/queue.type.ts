import { builder } from "../../../builder.ts";
import { PrintFileStatus, PrintPaymentStatus, PrintType } from "../enums.ts";

/** A file as the shop sees it in its queue and history (a variant: the customer-facing PrintFile type is separate). */
export const PrintQueueFile = builder.prismaObject("PrintFile", {
  variant: "PrintQueueFile",
  description: "A file at the calling shop: what to print and how, its cost and status.",
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    code: t.exposeString("code"),
    originalName: t.exposeString("originalName"),
    mimeType: t.exposeString("mimeType"),
    sizeBytes: t.exposeInt("sizeBytes"),
    numPages: t.exposeInt("numPages"),
    copies: t.exposeInt("copies"),
    printMode: t.exposeString("printMode"),
    colorMode: t.exposeString("colorMode"),
    paperSize: t.exposeString("paperSize"),
    printType: t.expose("printType", { type: PrintType }),
    comment: t.exposeString("comment", { nullable: true }),
    cost: t.expose("cost", { type: "Amount" }),
    status: t.expose("status", { type: PrintFileStatus }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    customerName: t.string({
      description: "The customer's full name (null when the account was deleted).",
      nullable: true,
      select: { user: { select: { fullName: true } } },
      resolve: (f) => f.user?.fullName ?? null,
    }),
  }),
});

export type QueueGroup = {
  orderGroupId: string; firstFileId: number; paymentOrderId: number | null; orderId: string | null;
  paymentStatus: "created" | "paid" | "failed" | "refunded" | null; customerName: string | null;
  filesCount: number; totalPages: number; totalCost: number; createdAt: Date; status: "uploaded" | "printing";
};

export const PrintQueueGroup = builder.objectRef<QueueGroup>("PrintQueueGroup").implement({
  description: "One entry of a shop's queue: a payment order's waiting files, or a file uploaded without an order.",
  fields: (t) => ({
    orderGroupId: t.exposeString("orderGroupId", { description: "`order-<paymentOrderId>` or `file-<fileId>`: the key of GET /queue/:orderGroupId/files." }),
    firstFileId: t.exposeInt("firstFileId", { description: "Any file id of the group works for the file actions; this is the first." }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    orderId: t.exposeString("orderId", { nullable: true, description: "The payment order's gateway reference (order_xxx)." }),
    paymentStatus: t.expose("paymentStatus", { type: PrintPaymentStatus, nullable: true }),
    customerName: t.exposeString("customerName", { nullable: true }),
    filesCount: t.exposeInt("filesCount"),
    totalPages: t.exposeInt("totalPages"),
    totalCost: t.expose("totalCost", { type: "Amount" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    status: t.expose("status", { type: PrintFileStatus, description: "printing when any file of the group is printing, else uploaded." }),
  }),
});

export type CancelResult = { paymentOrderId: number | null; cancelledFileIds: number[]; refundedAmount: number };

export const PrintQueueCancelPayload = builder.objectRef<CancelResult>("PrintQueueCancelPayload").implement({
  fields: (t) => ({
    message: t.string({ resolve: (r) => (r.refundedAmount > 0 ? "Order cancelled and refunded" : "Order cancelled") }),
    paymentOrderId: t.exposeInt("paymentOrderId", { nullable: true }),
    cancelledFileIds: t.exposeIntList("cancelledFileIds"),
    refundedAmount: t.expose("refundedAmount", { type: "Amount", description: "Credited to the customer's wallet by this cancellation." }),
  }),
});
