import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";

type InviteKey = { projectId: string; email: string; expiresAt: Date };
export type RegistrationStatus = "pending" | "registered" | "joined" | "expired";

/**
 * One query per request for all invites being rendered: which invitees have an account, and which of those joined
 * the invite's project. Joined/registered win over expiry ("expired" = expired without registering).
 */
export const registrationStatusLoader = createContextCache((ctx: Context) => new DataLoader<InviteKey, RegistrationStatus, string>(
  async (invites) => {
    const users = await ctx.db.photoUser.findMany({
      where: { email: { in: [...new Set(invites.map((i) => i.email))] } },
      select: { email: true, memberships: { where: { projectId: { in: [...new Set(invites.map((i) => i.projectId))] } }, select: { projectId: true } } },
    });
    const byEmail = new Map(users.map((u) => [u.email, new Set(u.memberships.map((m) => m.projectId))]));
    const now = Date.now();
    return invites.map((i) => {
      const joined = byEmail.get(i.email);
      if (joined?.has(i.projectId)) return "joined";
      if (joined) return "registered";
      return i.expiresAt.getTime() <= now ? "expired" : "pending";
    });
  },
  { cacheKeyFn: (i) => `${i.projectId}|${i.email}|${i.expiresAt.getTime()}` },
));
