import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { hashPassword } from "../../../kernel/auth/password.ts";
import { conflict, DomainError, fromPrismaError, notFound } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { userIdOf, uuidOf } from "../shared/tenancy.ts";
import type { BulkReport, BulkResult, PlatformStats } from "./super-admin.type.ts";

type Tx = Prisma.TransactionClient;
type PlannedQuery = { select?: object; include?: object };
type Role = "SUPER_ADMIN" | "ADMIN" | "MANAGER" | "CASHIER";
export type UserFilter = {
  page?: number | null; limit?: number | null; search?: string | null;
  tenantId?: string | null; role?: Role | null; isActive?: boolean | null; includeDeleted?: boolean | null;
};
export type BulkAction = "deactivate" | "activate" | "delete" | "restore";

const NEWEST = [{ createdAt: "desc" as const }, { id: "desc" as const }];
const DAY = 86_400_000;

const refuse = (code: string, message: string) => new DomainError("UNPROCESSABLE", message, { code });

function searchWhere(search: string | null | undefined): Prisma.PosUserWhereInput {
  const s = search?.trim();
  if (!s) return {};
  const contains = { contains: s, mode: "insensitive" as const };
  return { OR: [{ name: contains }, { email: contains }, { phone: contains }] };
}

export async function listUsers(ctx: Context, filter: UserFilter, query: PlannedQuery, base: Prisma.PosUserWhereInput = {}): Promise<OffsetPage> {
  const { page, limit, skip, take } = paged(filter);
  const where: Prisma.PosUserWhereInput = {
    ...base,
    ...(filter.includeDeleted ? {} : { deletedAt: null }),
    ...(filter.tenantId ? { tenantId: filter.tenantId.toLowerCase() } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.isActive !== null && filter.isActive !== undefined ? { isActive: filter.isActive } : {}),
    ...searchWhere(filter.search),
  };
  const [items, total] = await Promise.all([
    ctx.db.posUser.findMany({ ...query, where, orderBy: NEWEST, skip, take }),
    ctx.db.posUser.count({ where }),
  ]);
  return { items, total, page, limit };
}

/** Any account by id, deleted ones included. */
export async function findUser(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "User");
  const user = await ctx.db.posUser.findUnique({ ...query, where: { id } });
  if (!user) throw notFound("User");
  return user;
}

export async function createSuperAdmin(ctx: Context, input: { email: string; name: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.$transaction(async (tx) => {
    // e-mails are unique over every account, deleted ones included (they can be restored)
    if (await tx.posUser.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw conflict("An account with this e-mail already exists", { fields: ["email"] });
    }
    const user = await tx.posUser.create({ data: { email: input.email, name: input.name, passwordHash, role: "SUPER_ADMIN", tenantId: null } });
    await audit(tx, ctx, { action: "user.create", entityType: "user", entityId: user.id, after: user, tenantId: null });
    return user;
  });
}

/** Locks the platform's SUPER_ADMIN rows (then the target), so concurrent removals cannot leave the platform without one. */
async function lockTarget(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM pos_users WHERE role = 'SUPER_ADMIN' ORDER BY id FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM pos_users WHERE id = ${id}::uuid FOR UPDATE`;
  const user = await tx.posUser.findUnique({ where: { id } });
  if (!user) throw notFound("User");
  return user;
}

/** A SUPER_ADMIN losing access must leave at least one other live, active one. */
async function assertNotLastSuperAdmin(tx: Tx, user: { id: string; role: string }) {
  if (user.role !== "SUPER_ADMIN") return;
  const others = await tx.posUser.count({ where: { role: "SUPER_ADMIN", deletedAt: null, isActive: true, id: { not: user.id } } });
  if (others === 0) throw refuse("LAST_SUPER_ADMIN", "The last super admin cannot be removed");
}

function assertNotSelf(ctx: Context, id: string, what: string) {
  if (id === userIdOf(ctx)) throw refuse("SELF", `You cannot ${what} your own account`);
}

async function revokeSessions(tx: Tx, userId: string) {
  await tx.posRefreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

type Step = (tx: Tx, ctx: Context, id: string) => Promise<unknown>;

/** Soft delete: deletedAt, inactive, older tokens and every refresh token stop working. */
const softDelete: Step = async (tx, ctx, id) => {
  assertNotSelf(ctx, id, "delete");
  const before = await lockTarget(tx, id);
  if (before.deletedAt) throw refuse("ALREADY_DELETED", "The user is already deleted");
  await assertNotLastSuperAdmin(tx, before);
  const after = await tx.posUser.update({ where: { id }, data: { deletedAt: new Date(), isActive: false, tokenVersion: { increment: 1 } } });
  await revokeSessions(tx, id);
  await audit(tx, ctx, { action: "user.delete", entityType: "user", entityId: id, before, after, tenantId: before.tenantId });
  return after;
};

/** Restore: not deleted and active again (a deactivated account is reactivated too). */
const restore: Step = async (tx, ctx, id) => {
  const before = await lockTarget(tx, id);
  if (!before.deletedAt && before.isActive) throw refuse("NOT_DELETED", "The user is neither deleted nor deactivated");
  const after = await tx.posUser.update({ where: { id }, data: { deletedAt: null, isActive: true } });
  await audit(tx, ctx, { action: "user.restore", entityType: "user", entityId: id, before, after, tenantId: before.tenantId });
  return after;
};

const deactivate: Step = async (tx, ctx, id) => {
  assertNotSelf(ctx, id, "deactivate");
  const before = await lockTarget(tx, id);
  if (before.deletedAt) throw refuse("USER_DELETED", "The user is deleted");
  if (!before.isActive) throw refuse("ALREADY_INACTIVE", "The user is already inactive");
  await assertNotLastSuperAdmin(tx, before);
  const after = await tx.posUser.update({ where: { id }, data: { isActive: false, tokenVersion: { increment: 1 } } });
  await revokeSessions(tx, id);
  await audit(tx, ctx, { action: "user.deactivate", entityType: "user", entityId: id, before, after, tenantId: before.tenantId });
  return after;
};

const activate: Step = async (tx, ctx, id) => {
  assertNotSelf(ctx, id, "activate");
  const before = await lockTarget(tx, id);
  if (before.deletedAt) throw refuse("USER_DELETED", "The user is deleted: restore it instead");
  if (before.isActive) throw refuse("ALREADY_ACTIVE", "The user is already active");
  const after = await tx.posUser.update({ where: { id }, data: { isActive: true } });
  await audit(tx, ctx, { action: "user.activate", entityType: "user", entityId: id, before, after, tenantId: before.tenantId });
  return after;
};

const run = (ctx: Context, rawId: string, step: Step) => {
  const id = uuidOf(rawId, "User");
  return ctx.db.$transaction((tx) => step(tx, ctx, id)).then(() => id);
};

export const softDeleteUser = (ctx: Context, rawId: string) => run(ctx, rawId, softDelete);
export const restoreUser = (ctx: Context, rawId: string) => run(ctx, rawId, restore);

/**
 * Permanent delete: the row and its refresh tokens go; the audit row (same transaction) keeps its last state.
 * Refused for the caller's own account and for the last live SUPER_ADMIN (422).
 */
export async function hardDeleteUser(ctx: Context, rawId: string) {
  const id = uuidOf(rawId, "User");
  assertNotSelf(ctx, id, "permanently delete");
  return ctx.db.$transaction(async (tx) => {
    const before = await lockTarget(tx, id);
    await assertNotLastSuperAdmin(tx, before);
    await tx.posUser.delete({ where: { id } });
    await audit(tx, ctx, { action: "user.hard_delete", entityType: "user", entityId: id, before, tenantId: before.tenantId });
    return { id, email: before.email, role: before.role, tenantId: before.tenantId };
  });
}

/** Sets a new password; older access tokens and every refresh token of the account stop working. */
export async function resetPassword(ctx: Context, rawId: string, newPassword: string) {
  const id = uuidOf(rawId, "User");
  const passwordHash = await hashPassword(newPassword);
  return ctx.db.$transaction(async (tx) => {
    const before = await lockTarget(tx, id);
    const after = await tx.posUser.update({ where: { id }, data: { passwordHash, tokenVersion: { increment: 1 } } });
    await revokeSessions(tx, id);
    await audit(tx, ctx, { action: "user.reset_password", entityType: "user", entityId: id, before, after, tenantId: before.tenantId });
    return id;
  });
}

const STEPS: Record<BulkAction, Step> = { deactivate, activate, delete: softDelete, restore };

/**
 * A bulk action reported per account: each account is changed and audited in its own transaction, in the order
 * given (duplicates once); a refusal (unknown id, own account, wrong state, last super admin) is reported for that
 * account and does not undo the others.
 */
export async function bulkUsers(ctx: Context, action: BulkAction, userIds: readonly string[]): Promise<BulkReport> {
  const ids = [...new Set(userIds.map((u) => u.toLowerCase()))];
  const step = STEPS[action];
  const results: BulkResult[] = [];
  for (const userId of ids) {
    try {
      await ctx.db.$transaction((tx) => step(tx, ctx, userId));
      results.push({ userId, ok: true });
    } catch (error) {
      const known = error instanceof DomainError ? error : fromPrismaError(error);
      if (!known) throw error;
      const code = (known.extensions.details as { code?: string } | undefined)?.code ?? known.code;
      results.push({ userId, ok: false, code, error: known.message });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { action, processed: results.length, succeeded, failed: results.length - succeeded, results };
}

/** Platform figures in eight aggregate statements (no rows loaded). */
export async function platformStats(ctx: Context): Promise<PlatformStats> {
  const now = new Date();
  const since = new Date(now.getTime() - 30 * DAY);
  const notVoided = { status: { not: "VOIDED" as const } };
  const [tenants, stores, users, deletedUsers, allSales, recentSales, products, customers] = await Promise.all([
    ctx.db.posTenant.groupBy({ by: ["isActive"], _count: { _all: true } }),
    ctx.db.posStore.groupBy({ by: ["isActive"], where: { deletedAt: null }, _count: { _all: true } }),
    ctx.db.posUser.groupBy({ by: ["role", "isActive"], where: { deletedAt: null }, _count: { _all: true } }),
    ctx.db.posUser.count({ where: { deletedAt: { not: null } } }),
    ctx.db.posSale.aggregate({ where: notVoided, _count: { _all: true }, _sum: { total: true } }),
    ctx.db.posSale.aggregate({ where: { ...notVoided, createdAt: { gte: since } }, _count: { _all: true }, _sum: { total: true } }),
    ctx.db.posProduct.count({ where: { deletedAt: null } }),
    ctx.db.posCustomer.count({ where: { deletedAt: null } }),
  ]);
  const count = (rows: { isActive: boolean; _count: { _all: number } }[]) => ({
    total: rows.reduce((s, r) => s + r._count._all, 0),
    active: rows.filter((r) => r.isActive).reduce((s, r) => s + r._count._all, 0),
  });
  const byRole = (role: Role) => users.filter((r) => r.role === role).reduce((s, r) => s + r._count._all, 0);
  return {
    generatedAt: now,
    tenants: count(tenants),
    stores: count(stores),
    users: {
      ...count(users), deleted: deletedUsers,
      byRole: { superAdmin: byRole("SUPER_ADMIN"), admin: byRole("ADMIN"), manager: byRole("MANAGER"), cashier: byRole("CASHIER") },
    },
    sales: {
      count: allSales._count._all, revenue: allSales._sum.total ?? 0,
      last30Days: { count: recentSales._count._all, revenue: recentSales._sum.total ?? 0 },
    },
    products, customers,
  };
}
