import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import type { Context } from "../../../kernel/context.ts";
import { assertSignedIn } from "../../../kernel/auth/scoped.ts";
import { rateLimiter } from "../../../kernel/rate-limit.ts";
import { printConfig } from "../config.ts";
import { readMultipart } from "../../../kernel/rest/multipart.ts";
import { MAX_BATCH_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_BATCH } from "./file.validation.ts";
import { costInputOf, uploadInputOf } from "./upload-form.ts";
import { downloadableByCode } from "./file-access.service.ts";
import { downloadResponse } from "../../../kernel/rest/download.ts";

const FILE_FIELDS = ["files[]", "files", "file"];
const UPLOADED = "file_id: fileId code num_pages: numPages total_cost: totalCost queue_position: queuePosition";
const UPLOAD = `mutation Upload($files: [File!]!, $input: UploadPrintFilesInput!) {
  uploadPrintFiles(files: $files, input: $input) { ${UPLOADED} files { name ${UPLOADED} } } }`;
const QUOTE = `mutation Quote($files: [File!]!, $input: CalculatePrintCostInput) {
  calculatePrintCost(files: $files, input: $input) { files { name num_pages: numPages cost } total_pages: totalPages total_cost: totalCost copies price_per_page: pricePerPage } }`;
const FILE_ACCESS = "query File($code: String!) { printFile(code: $code) { id } }";
const FILE_STATE = "{ file_id: id code status }";
const MY_FILE = `{ id code original_name: originalName num_pages: numPages copies print_mode: printMode color_mode: colorMode paper_size: paperSize
  print_type: printType status total_cost: totalCost shop_id: shopId payment_order_id: paymentOrderId comment created_at: createdAt cancel_reason: cancelReason cancelled_at: cancelledAt }`;

/** Uploads and quotes per address (PRINT_UPLOADS_PER_MINUTE): generous for a shop counter, a brake on floods of large bodies. */
const uploadLimits = new Map<number, ReturnType<typeof rateLimiter>>();
function uploadLimit(context: Context) {
  const points = printConfig(context.config).PRINT_UPLOADS_PER_MINUTE;
  let limit = uploadLimits.get(points);
  if (!limit) uploadLimits.set(points, (limit = rateLimiter({ name: `print-upload:${points}`, points, durationSeconds: 60, message: "Too many uploads, try again later" })));
  return limit(context.clientIp);
}

/** Reads the multipart form (limits enforced before reading), refusing anonymous callers before their bytes are read. */
async function form(request: Request, context: Context) {
  assertSignedIn(context, "print");
  await uploadLimit(context);
  return readMultipart(request, { fileFields: FILE_FIELDS, maxFileBytes: MAX_FILE_BYTES, maxTotalBytes: MAX_BATCH_BYTES, maxFiles: MAX_FILES_PER_BATCH });
}

export const fileRoutes: RestRoute[] = [
  {
    method: "POST", path: "/upload", operation: "Mutation.uploadPrintFiles", maxBodyBytes: MAX_BATCH_BYTES + 1_000_000,
    summary: "Upload files to print (multipart: files[] or file, print_type, copies, print_mode, color_mode, paper_size, shop_id, comment, payment_order_id) → "
      + "{file_id, code, num_pages, total_cost, queue_position} of the first file, plus files: [{name, file_id, code, num_pages, total_cost, queue_position}] for every file",
    // multipart is not sofa's business: the form becomes the same mutation's variables (files included)
    handler: async ({ request, context, run }) => {
      const { fields, files } = await form(request, context);
      const data = await run<{ uploadPrintFiles: unknown }>(UPLOAD, { files, input: uploadInputOf(fields) });
      return Response.json(data.uploadPrintFiles);
    },
  },
  {
    method: "POST", path: "/calculate-cost", operation: "Mutation.calculatePrintCost", maxBodyBytes: MAX_BATCH_BYTES + 1_000_000,
    summary: "Price files before paying (multipart: files[], copies, print_mode, color_mode, paper_size) → "
      + "{files: [{name, num_pages, cost}], total_pages, total_cost, copies, price_per_page}; cost = pages × copies × price per page (double-sided costs the same)",
    handler: async ({ request, context, run }) => {
      const { fields, files } = await form(request, context);
      const data = await run<{ calculatePrintCost: unknown }>(QUOTE, { files, input: costInputOf(fields) });
      return Response.json(data.calculatePrintCost);
    },
  },
  {
    method: "GET", path: "/file/:code", operation: "Query.printFile",
    summary: "Download a waiting file's bytes by its code (its customer, a shop, an admin); printed/withdrawn/cancelled files → 404",
    // bytes cannot travel through GraphQL: the query decides access, then storage serves the bytes
    handler: async ({ params, context, run }) => {
      await run(FILE_ACCESS, { code: params.code });
      const file = await downloadableByCode(context, params.code!);
      return downloadResponse(context.storage, file.key, file);
    },
  },
  { method: "GET", path: "/file/:code/status", operation: "Query.printFileStatus", select: "{ status cancel_reason: cancelReason cancelled_at: cancelledAt }", summary: "A file's status: uploaded, printing, downloaded, withdrawn or cancelled (then with cancel_reason and cancelled_at)" },
  { method: "POST", path: "/file/:code/confirm", operation: "Mutation.confirmPrintFile", select: FILE_STATE, summary: "Private print done (shopkeeper): downloaded, stored file deleted" },
  { method: "POST", path: "/file/:code/print-started", operation: "Mutation.startPrintFile", select: FILE_STATE, summary: "Private print started (shopkeeper): the customer can no longer withdraw" },
  { method: "POST", path: "/file/:code/print-failed", operation: "Mutation.failPrintFile", select: FILE_STATE, summary: "Private print failed or timed out (shopkeeper): back to uploaded" },
  { method: "POST", path: "/withdraw/:fileId", operation: "Mutation.withdrawPrintFile", select: "{ message file_id: fileId status refund_amount: refundAmount }", summary: "Withdraw a waiting file; refunded to the wallet when paid; 409 while printing" },
  { method: "GET", path: "/my-files", operation: "Query.printMyFiles", select: MY_FILE, summary: "The caller's files, newest first (query: limit 1–100, offset)" },
];
