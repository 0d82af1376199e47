import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, forbidden, notFound } from "../../../kernel/errors.ts";
import { hashPassword } from "../../../kernel/auth/password.ts";
import { audit } from "../shared/audit.ts";
import { live, tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { paged } from "../shared/paging.ts";
import { endAllSessions } from "../auth/sessions.ts";

type Tx = Prisma.TransactionClient;
type Role = "SUPER_ADMIN" | "ADMIN" | "MANAGER" | "CASHIER";

export type UserListArgs = { page?: number | null; limit?: number | null; search?: string | null; role?: Role | null; isActive?: boolean | null; storeId?: string | null };
export type CreateUserInput = { email: string; name: string; phone?: string | null; role: Role; storeId?: string | null; password: string };
export type UpdateUserInput = { name?: string | null; phone?: string | null; role?: Role | null; storeId?: string | null; isActive?: boolean | null };
export type ProfileInput = { name?: string | null; phone?: string | null };

/** What the audit log records of an account (never the password hash). */
const AUDITED = { id: true, email: true, name: true, phone: true, role: true, storeId: true, isActive: true, tokenVersion: true } as const;

const unprocessable = (message: string, path?: string) =>
  new DomainError("UNPROCESSABLE", message, path ? { fields: [{ path, message }] } : undefined);

const callerRole = (ctx: Context) => ctx.principal?.role as Role;

/** A MANAGER manages CASHIERs only (create, edit, reset password, deactivate, restore); ADMINs manage everyone. */
function assertMayManage(ctx: Context, targetRole: Role) {
  if (callerRole(ctx) === "MANAGER" && targetRole !== "CASHIER") throw forbidden("Managers may only manage cashiers");
  if (targetRole === "SUPER_ADMIN") throw forbidden("Super admins are managed through the super-admin API");
}

/** A store id from a body must name a live store of the caller's tenant (404 otherwise, like any foreign id). */
async function storeOf(db: Tx | Context["db"], tenantId: string, raw: string | null | undefined): Promise<string | null | undefined> {
  if (raw === undefined) return undefined;
  if (raw === null || raw === "") return null;
  const id = uuidOf(raw, "Store");
  const store = await db.posStore.findFirst({ where: live(tenantId, { id }), select: { id: true } });
  if (!store) throw notFound("Store");
  return store.id;
}

/**
 * The target account inside the caller's tenant (404 when foreign or deleted). Account writes of one tenant first
 * take a transaction-scoped advisory lock on the tenant, so they serialize: two admins demoting each other at the
 * same time cannot both pass the "one active admin remains" check (and cannot deadlock on each other's rows).
 */
async function lockedTarget(tx: Tx, tenantId: string, rawId: string) {
  const id = uuidOf(rawId, "User");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`pos-users:${tenantId}`}, 0))`;
  const target = await tx.posUser.findFirst({ where: live(tenantId, { id }), select: AUDITED });
  if (!target) throw notFound("User");
  return target;
}

/** A tenant keeps at least one active ADMIN: another one must remain when `targetId` stops being one. */
async function assertAnotherAdmin(tx: Tx, tenantId: string, targetId: string) {
  const others = await tx.posUser.count({ where: live(tenantId, { role: "ADMIN", isActive: true, id: { not: targetId } }) });
  if (!others) throw unprocessable("A tenant needs at least one active admin");
}

export async function listUsers(ctx: Context, args: UserListArgs, query: object) {
  const tenantId = tenantIdOf(ctx);
  const { page, limit, skip, take } = paged(args);
  const search = args.search?.trim();
  const where: Prisma.PosUserWhereInput = {
    ...live(tenantId),
    ...(args.role ? { role: args.role } : {}),
    ...(args.isActive != null ? { isActive: args.isActive } : {}),
    ...(args.storeId ? { storeId: args.storeId.toLowerCase() } : {}),
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } : {}),
  };
  const [items, total] = await Promise.all([
    ctx.db.posUser.findMany({ ...query, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    ctx.db.posUser.count({ where }),
  ]);
  return { items, total, page, limit };
}

export async function findUser(ctx: Context, rawId: string, query: object) {
  const tenantId = tenantIdOf(ctx);
  const user = await ctx.db.posUser.findFirst({ ...query, where: live(tenantId, { id: uuidOf(rawId, "User") }) });
  if (!user) throw notFound("User");
  return user;
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  assertMayManage(ctx, input.role);
  const storeId = await storeOf(ctx.db, tenantId, input.storeId);
  const email = input.email.trim().toLowerCase();
  if (await ctx.db.posUser.findUnique({ where: { email }, select: { id: true } })) {
    throw conflict("A user with this e-mail already exists", { fields: [{ path: "email", message: "is already in use" }] });
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.$transaction(async (tx) => {
    const user = await tx.posUser.create({
      data: { tenantId, email, name: input.name, phone: input.phone || null, role: input.role, storeId: storeId ?? null, passwordHash },
      select: AUDITED,
    });
    await audit(tx, ctx, { action: "user.create", entityType: "PosUser", entityId: user.id, after: user });
    return user.id;
  });
}

export async function updateUser(ctx: Context, rawId: string, input: UpdateUserInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const me = userIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const before = await lockedTarget(tx, tenantId, rawId);
    assertMayManage(ctx, before.role);
    if (input.role) assertMayManage(ctx, input.role);
    const role = input.role ?? before.role;
    const isActive = input.isActive ?? before.isActive;
    if (before.id === me && role !== before.role) throw unprocessable("You cannot change your own role", "role");
    if (before.id === me && !isActive) throw unprocessable("You cannot deactivate yourself", "isActive");
    if (before.role === "ADMIN" && before.isActive && (role !== "ADMIN" || !isActive)) await assertAnotherAdmin(tx, tenantId, before.id);
    const storeId = await storeOf(tx, tenantId, input.storeId);
    const data: Prisma.PosUserUncheckedUpdateInput = {};
    if (input.name != null) data.name = input.name;
    if (input.phone !== undefined) data.phone = input.phone || null;
    if (storeId !== undefined) data.storeId = storeId;
    if (role !== before.role) data.role = role;
    if (isActive !== before.isActive) data.isActive = isActive;
    // a new role retires the access tokens that carry the old one (a refresh then issues one with the new role);
    // a deactivation ends every session
    if (role !== before.role) data.tokenVersion = { increment: 1 };
    await tx.posUser.update({ where: { id: before.id }, data });
    if (before.isActive && !isActive) await endAllSessions(tx, before.id);
    const after = await tx.posUser.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    await audit(tx, ctx, { action: "user.update", entityType: "PosUser", entityId: before.id, before, after });
    return before.id;
  });
}

export async function resetPassword(ctx: Context, rawId: string, input: { newPassword: string }): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.$transaction(async (tx) => {
    const before = await lockedTarget(tx, tenantId, rawId);
    assertMayManage(ctx, before.role);
    await tx.posUser.update({ where: { id: before.id }, data: { passwordHash } });
    const { revoked, tokenVersion } = await endAllSessions(tx, before.id);
    await audit(tx, ctx, { action: "user.reset_password", entityType: "PosUser", entityId: before.id, before, after: { ...before, tokenVersion, revokedSessions: revoked } });
    return before.id;
  });
}

/** DELETE /users/:id: deactivates (reversible) — sessions end at once; not yourself, not the tenant's last admin. */
export async function deactivateUser(ctx: Context, rawId: string): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const me = userIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const before = await lockedTarget(tx, tenantId, rawId);
    assertMayManage(ctx, before.role);
    if (before.id === me) throw unprocessable("You cannot deactivate yourself");
    if (!before.isActive) return before.id;
    if (before.role === "ADMIN") await assertAnotherAdmin(tx, tenantId, before.id);
    await tx.posUser.update({ where: { id: before.id }, data: { isActive: false } });
    const { tokenVersion } = await endAllSessions(tx, before.id);
    await audit(tx, ctx, { action: "user.deactivate", entityType: "PosUser", entityId: before.id, before, after: { ...before, isActive: false, tokenVersion } });
    return before.id;
  });
}

export async function restoreUser(ctx: Context, rawId: string): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const before = await lockedTarget(tx, tenantId, rawId);
    assertMayManage(ctx, before.role);
    if (before.isActive) return before.id;
    await tx.posUser.update({ where: { id: before.id }, data: { isActive: true } });
    await audit(tx, ctx, { action: "user.restore", entityType: "PosUser", entityId: before.id, before, after: { ...before, isActive: true } });
    return before.id;
  });
}

/** PATCH /users/me: the caller's own name and phone (role, e-mail and store are managed by admins). */
export async function updateProfile(ctx: Context, input: ProfileInput): Promise<string> {
  const me = userIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.posUser.findUniqueOrThrow({ where: { id: me }, select: AUDITED });
    const data: Prisma.PosUserUncheckedUpdateInput = {};
    if (input.name != null) data.name = input.name;
    if (input.phone !== undefined) data.phone = input.phone || null;
    const after = await tx.posUser.update({ where: { id: me }, data, select: AUDITED });
    await audit(tx, ctx, { action: "user.update_profile", entityType: "PosUser", entityId: me, before, after });
    return me;
  });
}
