import { builder } from "../../../builder.ts";
import { PrintFileStatus } from "../enums.ts";
import type { UploadedRow } from "./upload.service.ts";
import type { CostQuote, PricedFile } from "./file-cost.service.ts";

const uploadedFields = builder.objectRef<UploadedRow>("PrintUploadedFile").implement({
  description: "One stored file of an upload.",
  fields: (t) => ({
    fileId: t.exposeInt("fileId"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    numPages: t.exposeInt("numPages"),
    totalCost: t.expose("totalCost", { type: "Amount", description: "This file's cost: pages × copies × price per page." }),
    queuePosition: t.exposeInt("queuePosition", { nullable: true, description: "Place in the shop's queue (queue prints; null for private)." }),
  }),
});

/**
 * The documented upload answer is one file's; a batch answers with its first file's fields at the top (so
 * single-file clients keep working) and every file in `files`.
 */
export const PrintUploadResult = builder.objectRef<{ files: UploadedRow[] }>("PrintUploadResult").implement({
  fields: (t) => ({
    fileId: t.int({ resolve: (r) => r.files[0]!.fileId }),
    code: t.string({ resolve: (r) => r.files[0]!.code }),
    numPages: t.int({ resolve: (r) => r.files[0]!.numPages }),
    totalCost: t.field({ type: "Amount", resolve: (r) => r.files[0]!.totalCost }),
    queuePosition: t.int({ nullable: true, resolve: (r) => r.files[0]!.queuePosition }),
    files: t.field({ type: [uploadedFields], resolve: (r) => r.files }),
  }),
});

const costLine = builder.objectRef<PricedFile>("PrintCostLine").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    numPages: t.exposeInt("numPages"),
    cost: t.expose("cost", { type: "Amount" }),
  }),
});

export const PrintCostQuote = builder.objectRef<CostQuote>("PrintCostQuote").implement({
  description: "What files cost before paying: pages × copies × price per page of the colour mode (double-sided costs the same).",
  fields: (t) => ({
    files: t.field({ type: [costLine], resolve: (q) => q.files }),
    totalPages: t.exposeInt("totalPages", { description: "Pages of all files (one copy)." }),
    totalCost: t.expose("totalCost", { type: "Amount" }),
    copies: t.int({ resolve: (q) => q.options.copies }),
    pricePerPage: t.expose("pricePerPage", { type: "Amount" }),
  }),
});

export type WithdrawResult = { fileId: number; refunded: number };

export const WithdrawPrintFilePayload = builder.objectRef<WithdrawResult>("WithdrawPrintFilePayload").implement({
  fields: (t) => ({
    message: t.string({ resolve: (r) => (r.refunded > 0 ? "File withdrawn; the amount was refunded to your wallet" : "File withdrawn") }),
    fileId: t.exposeInt("fileId"),
    status: t.field({ type: PrintFileStatus, resolve: () => "withdrawn" as const }),
    refundAmount: t.expose("refunded", { type: "Amount", description: "Credited to the wallet by this withdrawal (0 when unpaid)." }),
  }),
});
