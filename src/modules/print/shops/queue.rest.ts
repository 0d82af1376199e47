import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { notFound } from "../../../kernel/errors.ts";
import { userIdOf } from "../roles.ts";
import { downloadResponse } from "../../../kernel/rest/download.ts";
import { downloadableFile } from "./queue.service.ts";
import { CANCEL_RESULT, FILE_STATUS, HISTORY_PAGE, QUEUE_FILE, QUEUE_GROUP } from "./shop.selections.ts";

const FILE_QUERY = "query QueueFile($fileId: Int!) { printShopQueueFile(fileId: $fileId) { id } }";


export const queueRoutes: RestRoute[] = [
  { method: "GET", path: "/queue", operation: "Query.printShopQueue", select: QUEUE_GROUP, summary: "The shop's queue grouped by order, oldest first" },
  { method: "GET", path: "/queue/:orderGroupId/files", operation: "Query.printShopQueueFiles", select: QUEUE_FILE, summary: "Files of one queue group" },
  {
    method: "GET", path: "/queue/download/:fileId", operation: "Query.printShopQueueFile", summary: "Download a queued file's bytes",
    // bytes cannot travel through GraphQL: the query decides access (role, own queue, still waiting), then storage serves it
    handler: async ({ params, context, run }) => {
      if (!/^\d{1,9}$/.test(params.fileId ?? "")) throw notFound("File");
      const fileId = Number(params.fileId);
      await run(FILE_QUERY, { fileId });
      const file = await downloadableFile(context, userIdOf(context), fileId);
      return downloadResponse(context.storage, file.storageKey, { name: file.originalName, mimeType: file.mimeType });
    },
  },
  { method: "POST", path: "/queue/:fileId/confirm", operation: "Mutation.confirmPrintQueueFile", select: FILE_STATUS, summary: "Printed: mark downloaded, delete the stored file" },
  { method: "POST", path: "/queue/:fileId/print-started", operation: "Mutation.startPrintQueueFile", select: FILE_STATUS, summary: "Print started: the customer can no longer withdraw" },
  { method: "POST", path: "/queue/:fileId/print-failed", operation: "Mutation.failPrintQueueFile", select: FILE_STATUS, summary: "Print failed: back to uploaded" },
  { method: "POST", path: "/queue/:fileId/cancel", operation: "Mutation.cancelPrintQueueOrder", bodyArg: "input", select: CANCEL_RESULT, summary: "Cancel the file's order before printing: refund and notify the customer" },
  { method: "GET", path: "/shop/history", operation: "Query.printShopHistory", select: HISTORY_PAGE, summary: "The shop's printed and cancelled files, newest first" },
];
