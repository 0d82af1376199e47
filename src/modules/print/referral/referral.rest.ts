import type { RestRoute } from "../../../kernel/rest/route-table.ts";

export const referralRoutes: RestRoute[] = [
  { method: "GET", path: "/referral/summary", operation: "Query.printReferralSummary", select: "{ total_referred: totalReferred total_credited: totalCredited total_earnings: totalEarnings pending_count: pendingCount }", summary: "Referral figures (customers)" },
  { method: "GET", path: "/referral/history", operation: "Query.printReferralHistory", select: "{ referrals { id status amount credited_at: creditedAt created_at: createdAt } }", summary: "Referrals, newest first (customers)" },
  { method: "POST", path: "/referral/invite", operation: "Mutation.sendPrintReferralInvite", bodyArg: "input", select: "{ ok message }", summary: "Mail the referral link to a friend (customers)" },
];
