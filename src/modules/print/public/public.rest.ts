import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import type { DataDeletionInfo } from "./data-deletion.type.ts";
import { deleteDataPage } from "./delete-data.page.ts";
import { APP_DOWNLOADS } from "./public.selections.ts";

const DELETION_INFO = "{ printDataDeletionInfo { title steps apiEndpoint deleted retained supportUrl } }";

export const publicRoutes: RestRoute[] = [
  { method: "GET", path: "/app-downloads", operation: "Query.printAppDownloads", select: APP_DOWNLOADS, summary: "App download links and coming-soon flags for the public Download Apps page" },
  {
    method: "GET", path: "/delete-data", operation: "Query.printDataDeletionInfo",
    summary: "Public HTML page (Google Play \"Delete data\"): how to delete an account and its data",
    // HTML is not sofa's business: render the same GraphQL answer as a page
    handler: async ({ run }) => {
      const data = await run<{ printDataDeletionInfo: DataDeletionInfo }>(DELETION_INFO);
      return new Response(deleteDataPage(data.printDataDeletionInfo), { headers: { "content-type": "text/html; charset=utf-8" } });
    },
  },
];
