import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { operatorIdOf } from "../roles.ts";
import { normalizeEmail } from "../validation.ts";
import { assertEmailFree } from "../auth/auth.service.ts";

/** The operator's photographer or 404: another operator's photographer is indistinguishable from a missing one. */
export async function ownPhotographer(ctx: Context, id: string) {
  const photographer = await ctx.db.photoPhotographer.findFirst({ where: scoped("operatorId", operatorIdOf(ctx), { id }), select: { id: true } });
  if (!photographer) throw notFound("Photographer");
  return photographer;
}

export async function updatePhotographer(ctx: Context, id: string, input: { name?: string; email?: string }) {
  await ownPhotographer(ctx, id);
  const email = input.email === undefined ? undefined : normalizeEmail(input.email);
  await ctx.db.$transaction(async (tx) => {
    // the login endpoint serves both account kinds, so the address must be free among operators and photographers
    if (email !== undefined) await assertEmailFree(tx, email, id);
    await tx.photoPhotographer.update({ where: { id }, data: { name: input.name?.trim(), email } });
  });
}

export async function deletePhotographer(ctx: Context, id: string) {
  await ownPhotographer(ctx, id);
  // the assignment's foreign key restricts the delete too (→ 409 via the Prisma error mapping) should one race in
  const assigned = await ctx.db.photoProjectPhotographer.count({ where: { photographerId: id } });
  if (assigned > 0) throw conflict("Photographer is assigned to a project");
  await ctx.db.photoPhotographer.delete({ where: { id } });
}
