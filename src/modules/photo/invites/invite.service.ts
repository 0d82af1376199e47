import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import type { Mail } from "../../../kernel/mail/outbox.ts";
import { operatorIdOf } from "../roles.ts";
import { normalizeEmail } from "../validation.ts";

/** An invite is live for a week; after that the same address may be invited again. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type InviteProject = { name: string; projectLink: string | null };

/**
 * Invites the addresses not yet covered: duplicates in the request, project members and holders of a live invite
 * are skipped silently. Invites and their e-mails are written in one transaction, so a failure sends nothing.
 */
export async function sendInvites(ctx: Context, projectId: string, emails: string[]): Promise<{ queued: number; skipped: number }> {
  const unique = [...new Set(emails.map(normalizeEmail))];
  const mailIds = await ctx.db.$transaction(async (tx) => {
    // lock the project row: concurrent batches for the same project (or a concurrent close) run one after the other,
    // so two requests cannot both see "no live invite" and invite the same address twice
    await tx.$executeRaw`SELECT 1 FROM photo_projects WHERE id = ${projectId}::uuid FOR UPDATE`;
    const project = await tx.photoProject.findFirst({
      where: scoped("operatorId", operatorIdOf(ctx), { id: projectId }),
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
