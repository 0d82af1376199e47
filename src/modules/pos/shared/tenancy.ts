import type { Context } from "../../../kernel/context.ts";
import { forbidden, notFound, unauthenticated } from "../../../kernel/errors.ts";

/** The caller's tenant: every tenant-scoped read and write filters by it (another tenant's id is a 404). */
export function tenantIdOf(ctx: Context): string {
  const p = ctx.principal;
  if (!p || p.system !== "pos") throw unauthenticated();
  if (!p.tenantId) throw forbidden("This action belongs to a tenant account");
  return p.tenantId;
}

export function userIdOf(ctx: Context): string {
  const p = ctx.principal;
  if (!p || p.system !== "pos") throw unauthenticated();
  return p.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id from a path or body: anything that is not a UUID cannot name a row, so it is the same 404. */
export function uuidOf(raw: string | null | undefined, what: string): string {
  if (!raw || !UUID.test(raw)) throw notFound(what);
  return raw.toLowerCase();
}

/** `where` of a tenant's live (not soft-deleted) rows. */
export const live = (tenantId: string, where: Record<string, unknown> = {}) => ({ ...where, tenantId, deletedAt: null });
