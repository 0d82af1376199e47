import type { Context } from "../../../kernel/context.ts";
import { DomainError, conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import type { Mail } from "../../../kernel/mail/outbox.ts";
import { operatorIdOf } from "../roles.ts";
import { normalizeEmail } from "../validation.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

/** An invite is live for a week; after that the same address may be invited again. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites (so e-mails) one operator may send across all its projects in a rolling 24 hours: four full batches a day
 * for a real event, a hard stop for an account used to relay spam through our mail sender.
 */
export const DAILY_INVITE_QUOTA_PER_OPERATOR = 2000;
const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

type InviteProject = { name: string; projectLink: string | null };

/**
 * Invites the addresses not yet covered: duplicates in the request, project members and holders of a live invite
 * are skipped silently. Invites and their e-mails are written in one transaction, so a failure sends nothing.
 */
export async function sendInvites(ctx: Context, projectId: string, emails: string[]): Promise<{ queued: number; skipped: number }> {
  const unique = [...new Set(emails.map(normalizeEmail))];
  const operatorId = operatorIdOf(ctx);
  const mailIds = await ctx.db.$transaction(async (tx) => {
    // lock the project row: concurrent batches for the same project (or a concurrent close) run one after the other,
    // so two requests cannot both see "no live invite" and invite the same address twice
    await tx.$executeRaw`SELECT 1 FROM photo_projects WHERE id = ${projectId}::uuid FOR UPDATE`;
    const project = await tx.photoProject.findFirst({
      where: scoped("operatorId", operatorId, { id: projectId }),
      select: { status: true, name: true, projectLink: true },
    });
    if (!project) throw notFound("Project");
    if (project.status === "closed" || project.status === "archived") throw conflict(`Cannot invite to a ${project.status} project`);

    const now = new Date();
    const [members, live] = await Promise.all([
      tx.photoUser.findMany({ where: { email: { in: unique }, memberships: { some: { projectId } } }, select: { email: true } }),
      tx.photoInvite.findMany({ where: { projectId, email: { in: unique }, expiresAt: { gt: now } }, select: { email: true } }),
    ]);
    const covered = new Set([...members, ...live].map((r) => r.email));
    const fresh = unique.filter((email) => !covered.has(email));
    if (fresh.length === 0) return [];
    await assertInviteQuota(tx, operatorId, fresh.length, now);

    const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
    const invites = await tx.photoInvite.createManyAndReturn({
      data: fresh.map((email) => ({ projectId, email, createdAt: now, expiresAt })),
      select: { id: true, email: true },
    });
    return ctx.mail.enqueue(tx, "photo", invites.map((invite) => inviteMail(project, invite, expiresAt)));
  });
  ctx.mail.deliver(mailIds);
  return { queued: mailIds.length, skipped: emails.length - mailIds.length };
}

/**
 * Refuses a batch that would take the operator past DAILY_INVITE_QUOTA_PER_OPERATOR invites in the last 24 hours
 * (counted over all its projects), with the seconds until enough of them age out. Runs in the inviting transaction,
 * under a per-operator lock, so concurrent batches to different projects cannot together overshoot the quota.
 */
async function assertInviteQuota(tx: Tx, operatorId: string, wanted: number, now: Date) {
  // taken after the project row lock (always in that order), released at commit
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`photo-invite-quota:${operatorId}`}::text, 0))`;
  const window = { createdAt: { gt: new Date(now.getTime() - QUOTA_WINDOW_MS) }, project: { operatorId } };
  const sent = await tx.photoInvite.count({ where: window });
  const excess = sent + wanted - DAILY_INVITE_QUOTA_PER_OPERATOR;
  if (excess <= 0) return;
  // room for this batch opens once the `excess` oldest invites of the window are older than 24 hours
  const freeing = await tx.photoInvite.findFirst({ where: window, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: excess - 1, select: { createdAt: true } });
  const retryAfter = Math.max(1, Math.ceil(((freeing?.createdAt.getTime() ?? now.getTime()) + QUOTA_WINDOW_MS - now.getTime()) / 1000));
  const left = Math.max(0, DAILY_INVITE_QUOTA_PER_OPERATOR - sent);
  throw new DomainError("RATE_LIMITED",
    `Daily invite limit reached: at most ${DAILY_INVITE_QUOTA_PER_OPERATOR} invites per account in 24 hours `
      + `(${sent} sent, ${left} left, this request needs ${wanted}); try again later`,
    { retryAfter, limit: DAILY_INVITE_QUOTA_PER_OPERATOR, sent, requested: wanted });
}

/** The invite link is the project's link carrying the invite id (email-bound); without a link, the id is the code. */
function inviteMail(project: InviteProject, invite: { id: string; email: string }, expiresAt: Date): Mail {
  const lines = [`You have been invited to "${project.name}" to receive your photos from this event.`, ""];
  if (project.projectLink) {
    const link = new URL(project.projectLink);
    link.searchParams.set("invite", invite.id);
    lines.push(`Join the project: ${link.toString()}`);
  } else {
    lines.push(`Your invite code: ${invite.id}`);
  }
  lines.push("", `This invitation expires on ${expiresAt.toUTCString()}.`);
  return { to: invite.email, subject: `You're invited to ${project.name}`, text: lines.join("\n") };
}
