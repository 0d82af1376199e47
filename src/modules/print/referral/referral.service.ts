import type { Context } from "../../../kernel/context.ts";
import { DomainError, badRequest } from "../../../kernel/errors.ts";
import { userIdOf } from "../roles.ts";
import { EmailModel, checked } from "../auth/auth.validation.ts";
import { ensureReferralCode, referralLink } from "./referral-code.ts";
import type { ReferralSummary } from "./referral.type.ts";

type PlannedQuery = { select?: object; include?: object };
export const INVITES_PER_DAY = 10;
const DAY_MS = 24 * 60 * 60_000;

/** The caller's referral figures, from one grouped query. */
export async function referralSummary(ctx: Context): Promise<ReferralSummary> {
  const groups = await ctx.db.printReferral.groupBy({ by: ["status"], where: { referrerId: userIdOf(ctx) }, _count: { _all: true }, _sum: { amount: true } });
  const of = (status: "pending" | "credited") => groups.find((g) => g.status === status);
  return {
    totalReferred: groups.reduce((n, g) => n + g._count._all, 0),
    totalCredited: of("credited")?._count._all ?? 0,
    totalEarnings: of("credited")?._sum.amount ?? 0,
    pendingCount: of("pending")?._count._all ?? 0,
  };
}

/** One page of the caller's referrals, newest first (limit 1–100, offset ≥ 0, pushed down to the database). */
export async function referralHistory(ctx: Context, page: { limit: number; offset: number }, query: PlannedQuery) {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > 100) throw badRequest("limit must be between 1 and 100.");
  if (!Number.isInteger(page.offset) || page.offset < 0) throw badRequest("offset must be 0 or more.");
  const referrals = await ctx.db.printReferral.findMany({
    ...query, where: { referrerId: userIdOf(ctx) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page.offset, take: page.limit,
  });
  return { referrals };
}

/**
 * Mails the caller's referral link to someone without an account. At most 10 invites per referrer in any 24 h,
 * counted in the database under a per-referrer lock, so parallel requests or several instances cannot exceed it.
 */
export async function sendInvite(ctx: Context, input: { email: string }) {
  const referrerId = userIdOf(ctx);
  const email = checked(EmailModel, input.email);
  const ids = await ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('print-referral-invite'), ${referrerId})`;
    const since = new Date(Date.now() - DAY_MS);
    const recent = await tx.printReferralInvite.findMany({ where: { referrerId, createdAt: { gt: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
    if (recent.length >= INVITES_PER_DAY) {
      const retryAfter = Math.ceil((recent[0]!.createdAt.getTime() + DAY_MS - Date.now()) / 1000);
      throw new DomainError("RATE_LIMITED", `You can send at most ${INVITES_PER_DAY} invites per 24 hours.`, { retryAfter: Math.max(1, retryAfter) });
    }
    if (await tx.printUser.findUnique({ where: { email }, select: { id: true } })) throw badRequest("This email is already registered.");
    const code = await ensureReferralCode(tx, referrerId);
    await tx.printReferralInvite.create({ data: { referrerId, email } });
    const link = referralLink(ctx.config, code);
    return ctx.mail.enqueue(tx, "print", [{
      to: email, subject: "You're invited to QPrint",
      text: `A friend invited you to QPrint, the easy way to print at nearby shops.\n\nSign up with this link: ${link}\nor enter the referral code ${code} when you register.`,
    }]);
  });
  ctx.mail.deliver(ids);
  return { ok: true, message: "Invite sent." };
}
