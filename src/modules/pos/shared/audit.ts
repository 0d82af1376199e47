import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";

type Tx = Prisma.TransactionClient;
export type AuditEntry = { action: string; entityType: string; entityId?: string | null; before?: unknown; after?: unknown; tenantId?: string | null };

/** JSON-safe copy (Dates to ISO strings, no password hashes) of a row for before/after. */
function snapshot(row: unknown): Prisma.InputJsonValue | undefined {
  if (row === undefined || row === null) return undefined;
  return JSON.parse(JSON.stringify(row, (k, v) => (k === "passwordHash" || k === "tokenHash" ? undefined : v)));
}

/**
 * Records a state change in the audit log (who, what, before/after), in the same transaction as the change, so the
 * log never claims what did not happen nor misses what did. Every pos write calls it.
 */
export async function audit(tx: Tx, ctx: Context, entry: AuditEntry): Promise<void> {
  const p = ctx.principal;
  await tx.posAuditLog.create({
    data: {
      tenantId: entry.tenantId !== undefined ? entry.tenantId : p?.tenantId ?? null,
      userId: p?.system === "pos" ? p.id : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      ip: ctx.clientIp,
    },
  });
}
