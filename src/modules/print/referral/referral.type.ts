import { builder } from "../../../builder.ts";
import { PrintReferralStatus } from "../enums.ts";

/** A customer brought in by a referrer: pending until the referee's first top-up or print credits both. */
export const PrintReferral = builder.prismaObject("PrintReferral", {
  select: { id: true },
  fields: (t) => ({
    id: t.exposeInt("id"),
    status: t.expose("status", { type: PrintReferralStatus }),
    amount: t.expose("amount", { type: "Amount", description: "The referrer's bonus in rupees (0 while pending)." }),
    creditedAt: t.expose("creditedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export type ReferralSummary = { totalReferred: number; totalCredited: number; totalEarnings: number; pendingCount: number };

export const PrintReferralSummary = builder.objectRef<ReferralSummary>("PrintReferralSummary").implement({
  description: "A referrer's figures over all its referrals.",
  fields: (t) => ({
    totalReferred: t.exposeInt("totalReferred"),
    totalCredited: t.exposeInt("totalCredited"),
    totalEarnings: t.expose("totalEarnings", { type: "Amount", description: "Sum of credited bonuses, rupees." }),
    pendingCount: t.exposeInt("pendingCount"),
  }),
});

export const PrintReferralHistory = builder.objectRef<{ referrals: unknown[] }>("PrintReferralHistory").implement({
  fields: (t) => ({
    referrals: t.field({ type: [PrintReferral], description: "Newest first.", resolve: (p) => p.referrals as never }),
  }),
});

export const PrintReferralInvitePayload = builder.objectRef<{ ok: boolean; message: string }>("PrintReferralInvitePayload").implement({
  fields: (t) => ({ ok: t.exposeBoolean("ok"), message: t.exposeString("message") }),
});
