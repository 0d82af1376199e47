import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";

type Actor = { id: string; name: string; email: string };

/** The accounts behind a page of audit rows, in one query (hard-deleted accounts resolve to null). */
export const auditActors = createContextCache((ctx: Context) => new DataLoader<string, Actor | null>(async (ids) => {
  const rows = await ctx.db.posUser.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}));

const PosAuditActor = builder.objectRef<Actor>("PosAuditActor").implement({
  description: "Who made a change.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name"), email: t.exposeString("email") }),
});

export const PosAuditLog = builder.prismaObject("PosAuditLog", {
  description: "One recorded state change: who, what, before and after.",
  fields: (t) => ({
    id: t.exposeID("id"),
    tenantId: t.exposeString("tenantId", { nullable: true, description: "null for platform actions on platform accounts." }),
    action: t.exposeString("action", { description: "e.g. store.create, store.update, user.delete." }),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId", { nullable: true }),
    userId: t.exposeString("userId", { nullable: true, description: "The acting account." }),
    user: t.field({
      type: PosAuditActor,
      nullable: true,
      description: "The acting account (null when it was hard-deleted since).",
      select: { userId: true },
      resolve: (row, _args, ctx) => (row.userId ? auditActors(ctx).load(row.userId) : null),
    }),
    before: t.field({ type: "JSON", nullable: true, select: { before: true }, resolve: (row) => row.before }),
    after: t.field({ type: "JSON", nullable: true, select: { after: true }, resolve: (row) => row.after }),
    ip: t.exposeString("ip", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const PosAuditLogPage = offsetPageType("PosAuditLogPage", PosAuditLog, "A page of audit rows, newest first, and how many match.");
