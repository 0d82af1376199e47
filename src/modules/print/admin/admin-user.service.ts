import type { Context } from "../../../kernel/context.ts";
import { badRequest, notFound } from "../../../kernel/errors.ts";
import { offsetOf, type OffsetPage } from "../../../kernel/pagination.ts";
import type { PrintRole } from "../../../../generated/prisma/enums.ts";
import { userIdOf } from "../roles.ts";
import { DEFAULT_LIMIT } from "./admin.validation.ts";
import { deleteAccountRows, deleteStoredFiles } from "../users/account-deletion.service.ts";

export type UserFilter = { role?: PrintRole | null; search?: string | null; page?: number | null; limit?: number | null };
type PlannedQuery = { select?: object; include?: object };

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** One page of accounts plus the total (two statements); search matches username, e-mail or phone, case-insensitively. */
export async function listUsers(ctx: Context, filter: UserFilter, query: PlannedQuery): Promise<OffsetPage> {
  const page = filter.page ?? 1;
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const search = filter.search?.trim();
  const contains = search ? { contains: search, mode: "insensitive" as const } : undefined;
  const where = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(contains ? { OR: [{ username: contains }, { email: contains }, { phone: contains }] } : {}),
  };
  const [items, total] = await Promise.all([
    ctx.db.printUser.findMany({ ...query, where, orderBy: newestFirst, ...offsetOf(page, limit) }),
    ctx.db.printUser.count({ where }),
  ]);
  return { items, total, page, limit };
}

/** Admin-initiated deletion with DELETE /profile's rules (deleteAccountRows), refusing self and other admins. */
export async function deleteUserAsAdmin(ctx: Context, userId: number): Promise<void> {
  if (userId === userIdOf(ctx)) throw badRequest("You cannot delete your own account");
  const storageKeys = await ctx.db.$transaction(async (tx) => {
    const user = await tx.printUser.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!user) throw notFound("User");
    if (user.role === "admin") throw badRequest("Cannot delete an admin account");
    return deleteAccountRows(tx, { id: userId, email: user.email });
  });
  await deleteStoredFiles(ctx, userId, storageKeys);
}
