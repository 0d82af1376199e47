import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { assertAdminCaller } from "./admin-access.ts";
import { APP_DOWNLOADS } from "../public/public.selections.ts";
import type { PayoutExport } from "./payout.type.ts";
import { DASHBOARD_STATS, ORDER_PAGE, PAYOUT, PAYOUT_PAGE, USER_DETAIL, USER_PAGE } from "./admin.selections.ts";

const ADMIN_GATE = "Admin role; 403 \"Access denied\" from an address outside ALLOWED_ADMIN_IPS when set";
const USER_DETAIL_QUERY = `query AdminUserDetail($userId: Int!) { printAdminUser(userId: $userId) ${USER_DETAIL} }`;
const EXPORT_QUERY = `query AdminPayoutExport($status: PrintPayoutStatus, $from: String, $to: String) {
  printAdminPayoutExport(status: $status, from: $from, to: $to) { filename csv } }`;

/** ?user_id= (or ?id=) as a positive integer; sofa cannot map two snake_case names onto the userId argument. */
function userIdParam(url: URL): number {
  const raw = url.searchParams.get("user_id") ?? url.searchParams.get("id");
  if (raw === null || raw.trim() === "") throw badRequest("user_id is required");
  const id = Number(raw);
  // ids are int4 columns: anything larger could not name a user
  if (!/^\d+$/.test(raw.trim()) || id < 1 || id > 2_147_483_647) throw badRequest("user_id must be a positive integer");
  return id;
}

export const adminRoutes: RestRoute[] = [
  { method: "GET", path: "/admin/dashboard/stats", operation: "Query.printAdminDashboardStats", select: DASHBOARD_STATS,
    summary: `Dashboard statistics (amounts in rupees). ${ADMIN_GATE}` },
  { method: "GET", path: "/admin/users", operation: "Query.printAdminUsers", select: USER_PAGE,
    summary: `All users, newest first: ?page (1-indexed) &limit (≤100, default 50) &role &search (username/email/phone). ${ADMIN_GATE}` },
  {
    method: "GET", path: "/admin/users/details", operation: "Query.printAdminUser",
    summary: `One user's profile, wallet, counts, latest orders and referral info: ?user_id= (or ?id=). ${ADMIN_GATE}`,
    handler: async ({ request, context, run }) => {
      assertAdminCaller(context);
      const data = await run<{ printAdminUser: unknown }>(USER_DETAIL_QUERY, { userId: userIdParam(new URL(request.url)) });
      return Response.json(data.printAdminUser);
    },
  },
  { method: "POST", path: "/admin/users/delete", operation: "Mutation.deletePrintUserAsAdmin", bodyArg: "input", select: "{ message }",
    summary: `Delete a user: body {user_id}; not oneself, not an admin (400). Same cascade as DELETE /profile. ${ADMIN_GATE}` },
  { method: "GET", path: "/admin/orders", operation: "Query.printAdminOrders", select: ORDER_PAGE,
    summary: `All payment orders, newest first, with customer username and shop name: ?page &limit &status. ${ADMIN_GATE}` },
  { method: "GET", path: "/admin/payouts", operation: "Query.printAdminPayouts", select: PAYOUT_PAGE,
    summary: `All shop payouts, newest first, with shop name: ?status &page &limit. ${ADMIN_GATE}` },
  { method: "PUT", path: "/admin/payouts/update", operation: "Mutation.updatePrintPayout", bodyArg: "input", select: PAYOUT,
    summary: `Update one payout. Body (our decision; undocumented): {payout_id, status: pending|processing|paid|failed, reference?, note?}; paid stamps paid_at and is final (409). ${ADMIN_GATE}` },
  { method: "PUT", path: "/admin/payouts/bulk-update", operation: "Mutation.bulkUpdatePrintPayouts", bodyArg: "input", select: "{ updated }",
    summary: `Bulk update, all or nothing. Body (our decision; undocumented): {payout_ids: [≤500], status, reference?} → {updated}; unknown ids 400, paid leaving paid 409. ${ADMIN_GATE}` },
  {
    method: "GET", path: "/admin/payouts/export", operation: "Query.printAdminPayoutExport",
    summary: `CSV download of payouts: ?status &from &to (YYYY-MM-DD or ISO 8601, inclusive). ${ADMIN_GATE}`,
    // a file download, not JSON: the same GraphQL answer wrapped as text/csv attachment
    handler: async ({ request, run }) => {
      const q = new URL(request.url).searchParams;
      const variables = { status: q.get("status") || null, from: q.get("from") || null, to: q.get("to") || null };
      const { printAdminPayoutExport: file } = await run<{ printAdminPayoutExport: Pick<PayoutExport, "filename" | "csv"> }>(EXPORT_QUERY, variables);
      return new Response(file.csv, {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"` },
      });
    },
  },
  { method: "PUT", path: "/admin/app-downloads", operation: "Mutation.updatePrintAppDownloads", bodyArg: "input", select: APP_DOWNLOADS,
    summary: `Update the Download Apps page's links (http(s) or empty) and coming-soon flags; returns them. ${ADMIN_GATE}` },
];
