import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import type { PhotoDiscountType } from "../../../../generated/prisma/enums.ts";
import { operatorIdOf } from "../roles.ts";
import { ownProject } from "../projects/project.service.ts";
import { WindowModel } from "./discount.validation.ts";
import { assertValid } from "../../../kernel/validation.ts";

export type CreateDiscountFields = {
  name: string; type: PhotoDiscountType; value: number; bundleMinPhotos?: number | null;
  validFrom?: Date | null; validUntil?: Date | null;
};
export type UpdateDiscountFields = { name?: string; validFrom?: Date | null; validUntil?: Date | null; isActive?: boolean };

/** The operator's discount or 404: another operator's discount is indistinguishable from a missing one. */
export async function ownDiscount(ctx: Context, id: string) {
  const discount = await ctx.db.photoDiscount.findFirst({
    where: scoped("operatorId", operatorIdOf(ctx), { id }),
    select: { id: true, validFrom: true, validUntil: true },
  });
  if (!discount) throw notFound("Discount");
  return discount;
}

export async function createDiscount(ctx: Context, input: CreateDiscountFields) {
  const discount = await ctx.db.photoDiscount.create({
    data: {
      operatorId: operatorIdOf(ctx),
      name: input.name.trim(),
      type: input.type,
      value: input.value,
      // only bundles have a threshold; a value sent with another type is ignored, as documented
      bundleMinPhotos: input.type === "bundle" ? input.bundleMinPhotos! : null,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
    },
    select: { id: true },
  });
  return discount.id;
}

export async function updateDiscount(ctx: Context, id: string, input: UpdateDiscountFields) {
  const current = await ownDiscount(ctx, id);
  assertValid(WindowModel, {
    validFrom: input.validFrom === undefined ? current.validFrom : input.validFrom,
    validUntil: input.validUntil === undefined ? current.validUntil : input.validUntil,
  });
  await ctx.db.photoDiscount.update({
    where: { id },
    data: { name: input.name?.trim(), validFrom: input.validFrom, validUntil: input.validUntil, isActive: input.isActive },
  });
}

export async function deleteDiscount(ctx: Context, id: string) {
  await ownDiscount(ctx, id);
  const linked = await ctx.db.photoProjectDiscount.findMany({ where: { discountId: id }, select: { projectId: true } });
  if (linked.length) {
    throw conflict("Discount is still linked to a project; unlink it first", { projectIds: linked.map((l) => l.projectId) });
  }
  // a link created meanwhile makes the delete fail on the restricting foreign key (P2003 → 409), never orphans it
  await ctx.db.photoDiscount.delete({ where: { id } });
}

/** Discounts linked to one of the operator's projects. */
export async function projectDiscountsWhere(ctx: Context, projectId: string) {
  await ownProject(ctx, projectId);
  return scoped("operatorId", operatorIdOf(ctx), { projects: { some: { projectId } } });
}
