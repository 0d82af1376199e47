import type { Context } from "../../../kernel/context.ts";
import { hasRole } from "../../../kernel/auth/principal.ts";
import { hashPassword, verifyPassword } from "../../../kernel/auth/password.ts";
import { conflict, DomainError, forbidden, invalid } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import { staffIdOf } from "../roles.ts";

export type StaffInput = {
  name?: string | null; email?: string | null; username?: string | null; roles?: readonly string[] | null;
  status?: "active" | "blocked" | null; password?: string | null; currentPassword?: string | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const refuse = (field: string, message: string) => new DomainError("UNPROCESSABLE", message, { fields: [{ path: field, message }] });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));
const isActiveAdmin = (s: { roles: string[]; status: string }) => s.status === "active" && s.roles.includes("administrator");

/**
 * Update User. Administrators may change anyone's name, e-mail, username, roles, status and password; any member
 * may change their own name, e-mail, username and password (their own password only with the current one), never
 * their roles or status. A new password, changed roles or blocking bump the token version, so tokens issued before
 * stop working. The house never loses its last administrator: an administrator cannot drop their own administrator
 * role or block themselves, and the last active administrator cannot be demoted or blocked (checked under a lock,
 * so two administrators demoting each other at once cannot both succeed).
 */
export async function updateStaff(ctx: Context, rawId: string, input: StaffInput) {
  const callerId = staffIdOf(ctx);
  const id = idOf(rawId, "Staff member");
  const self = id === callerId;
  if (!hasRole(ctx.principal, "auction:administrator") && !self) throw forbidden("Only administrators may change other staff members");
  for (const field of ["name", "email", "username", "roles", "status", "password"] as const) if (input[field] === null) throw required(field);

  const email = input.email?.trim().toLowerCase();
  const username = input.username?.trim().toLowerCase();
  const roles = input.roles ? [...new Set(input.roles)] : undefined;
  // bcrypt is slow on purpose: hash before taking the lock
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;

  return ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('auction_staff_admins'))`;
    const target = await tx.auctionStaff.findUnique({ where: { id } });
    if (!target) throw missing("Staff member", rawId);
    // the caller as the database knows it now (the token was checked before the lock was taken)
    const caller = self ? target : await tx.auctionStaff.findUnique({ where: { id: callerId } });
    const admin = !!caller && isActiveAdmin(caller);
    if (!admin && !self) throw forbidden("Only administrators may change other staff members");

    const rolesChange = roles !== undefined && !sameSet(roles, target.roles);
    const statusChange = input.status !== undefined && input.status !== target.status;
    if (!admin && (rolesChange || statusChange)) throw forbidden("Only administrators may change roles or status");
    const nextRoles = rolesChange ? roles! : target.roles;
    const nextStatus = statusChange ? input.status! : target.status;

    if (isActiveAdmin(target) && !isActiveAdmin({ roles: nextRoles, status: nextStatus })) {
      const others = await tx.auctionStaff.count({ where: { id: { not: id }, status: "active", roles: { has: "administrator" } } });
      if (!others) throw refuse(rolesChange ? "roles" : "status", "The last active administrator cannot be demoted or blocked");
    }
    if (self && admin && !nextRoles.includes("administrator")) throw refuse("roles", "You cannot remove your own administrator role");
    if (self && nextStatus === "blocked") throw refuse("status", "You cannot block yourself");

    if (passwordHash && self) {
      if (!input.currentPassword) throw required("current_password");
      if (!(await verifyPassword(input.currentPassword, target.passwordHash))) throw refuse("current_password", "The current password is not correct");
    }

    // bo_auth accepts the username or the e-mail: neither may be taken by another member under either name
    for (const [field, value] of [["email", email], ["username", username]] as const) {
      if (!value) continue;
      const taken = await tx.auctionStaff.count({ where: { id: { not: id }, OR: [{ email: value }, { username: value }] } });
      if (taken) throw conflict(`This ${field === "email" ? "e-mail" : "username"} is already in use`, { fields: [{ path: field, message: "is already in use" }] });
    }

    const revoke = !!passwordHash || rolesChange || (statusChange && nextStatus === "blocked");
    return tx.auctionStaff.update({
      where: { id },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(email ? { email } : {}),
        ...(username ? { username } : {}),
        ...(rolesChange ? { roles: nextRoles } : {}),
        ...(statusChange ? { status: nextStatus } : {}),
        ...(passwordHash ? { passwordHash } : {}),
        ...(revoke ? { tokenVersion: { increment: 1 } } : {}),
      },
    });
  });
}

export async function findStaff(ctx: Context, rawId: string | number, query: object) {
  const staff = await ctx.db.auctionStaff.findUnique({ ...query, where: { id: idOf(rawId, "Staff member") } });
  if (!staff) throw missing("Staff member", rawId);
  return staff;
}
