import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import { operatorIdOf } from "../roles.ts";
import { ownDiscount } from "../discounts/discount.service.ts";
import { assertValid } from "../../../kernel/validation.ts";
import { CodeTermsModel, normalizeCode } from "./promo-code.validation.ts";

type Limits = { maxUses?: number | null; maxUsesPerUser?: number | null; validFrom?: Date | null; validUntil?: Date | null };
export type CreatePromoCodeFields = Limits & { code: string; discountId: string };
export type UpdatePromoCodeFields = Limits & { isActive?: boolean };

/** The operator's promo code or 404: another operator's code is indistinguishable from a missing one. */
export async function ownPromoCode(ctx: Context, id: string) {
  const promo = await ctx.db.photoPromoCode.findFirst({
    where: scoped("operatorId", operatorIdOf(ctx), { id }),
    select: { id: true, maxUses: true, maxUsesPerUser: true, validFrom: true, validUntil: true },
  });
  if (!promo) throw notFound("Promo code");
  return promo;
}

export async function createPromoCode(ctx: Context, input: CreatePromoCodeFields) {
  const operatorId = operatorIdOf(ctx);
  await ownDiscount(ctx, input.discountId);
  const code = normalizeCode(input.code);
  const taken = await ctx.db.photoPromoCode.findFirst({ where: scoped("operatorId", operatorId, { code }), select: { id: true } });
  // a concurrent duplicate still fails on the (operatorId, code) unique index, mapped to 409 as well
  if (taken) throw conflict(`Promo code ${code} already exists`, { code });
  const promo = await ctx.db.photoPromoCode.create({
    data: {
      operatorId, code, discountId: input.discountId,
      maxUses: input.maxUses ?? null,
      maxUsesPerUser: input.maxUsesPerUser ?? null,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
    },
    select: { id: true },
  });
  return promo.id;
}

export async function updatePromoCode(ctx: Context, id: string, input: UpdatePromoCodeFields) {
  const current = await ownPromoCode(ctx, id);
  const merged = Object.fromEntries(
    (["maxUses", "maxUsesPerUser", "validFrom", "validUntil"] as const).map((k) => [k, input[k] === undefined ? current[k] : input[k]]),
  );
  assertValid(CodeTermsModel, merged);
  await ctx.db.photoPromoCode.update({
    where: { id },
    data: {
      maxUses: input.maxUses, maxUsesPerUser: input.maxUsesPerUser,
      validFrom: input.validFrom, validUntil: input.validUntil, isActive: input.isActive,
    },
  });
}

export async function deletePromoCode(ctx: Context, id: string) {
  await ownPromoCode(ctx, id);
  // purchases keep their appliedPromoCode text; their promoCodeId is cleared by the foreign key
  await ctx.db.photoPromoCode.delete({ where: { id } });
}
