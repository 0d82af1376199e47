import type { Context } from "../../../kernel/context.ts";
import { conflict, notFound } from "../../../kernel/errors.ts";
import { scoped } from "../../../kernel/auth/scoped.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { operatorIdOf } from "../roles.ts";
import { ownProject } from "../projects/project.service.ts";
import { assertValid } from "../../../kernel/validation.ts";
import { RuleTermsModel } from "./pricing-rule.validation.ts";

type Tx = Prisma.TransactionClient;
type Window = { validFrom: Date | null; validUntil: Date | null };
export type CreateRuleFields = {
  projectId?: string | null; pricePerPhotoCents: number; compareAtPriceCents?: number | null;
  validFrom?: Date | null; validUntil?: Date | null;
};
export type UpdateRuleFields = {
  pricePerPhotoCents?: number; compareAtPriceCents?: number | null; validFrom?: Date | null; validUntil?: Date | null; isActive?: boolean;
};

/** The operator's rule or 404: another operator's rule is indistinguishable from a missing one. */
export async function ownRule(ctx: Context, id: string) {
  const rule = await ctx.db.photoPricingRule.findFirst({ where: scoped("operatorId", operatorIdOf(ctx), { id }) });
  if (!rule) throw notFound("Pricing rule");
  return rule;
}

/**
 * At most one active rule per scope (operator default, or one project) at any instant, or the price a buyer pays
 * would be ambiguous. Windows are inclusive and unbounded where a date is missing. The per-operator advisory lock
 * serialises the check with the write, so two concurrent requests cannot both pass it.
 */
async function assertNoOverlap(tx: Tx, operatorId: string, projectId: string | null, window: Window, exceptId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`photo-pricing:${operatorId}`}))`;
  const clash = await tx.photoPricingRule.findFirst({
    where: {
      operatorId, projectId, isActive: true,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      AND: [
        window.validUntil ? { OR: [{ validFrom: null }, { validFrom: { lte: window.validUntil } }] } : {},
        window.validFrom ? { OR: [{ validUntil: null }, { validUntil: { gte: window.validFrom } }] } : {},
      ],
    },
    select: { id: true },
  });
  if (clash) {
    const scope = projectId ? "this project" : "the operator default";
    throw conflict(`An active pricing rule for ${scope} already covers this period`, { conflictingRuleId: clash.id });
  }
}

export async function createRule(ctx: Context, input: CreateRuleFields) {
  const operatorId = operatorIdOf(ctx);
  const projectId = input.projectId ?? null;
  if (projectId) await ownProject(ctx, projectId);
  const window = { validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null };
  return ctx.db.$transaction(async (tx) => {
    await assertNoOverlap(tx, operatorId, projectId, window);
    const rule = await tx.photoPricingRule.create({
      data: {
        operatorId, projectId, ...window,
        pricePerPhotoCents: input.pricePerPhotoCents,
        compareAtPriceCents: input.compareAtPriceCents ?? null,
      },
      select: { id: true },
    });
    return rule.id;
  });
}

export async function updateRule(ctx: Context, id: string, input: UpdateRuleFields) {
  const current = await ownRule(ctx, id);
  const next = {
    pricePerPhotoCents: input.pricePerPhotoCents ?? current.pricePerPhotoCents,
    compareAtPriceCents: input.compareAtPriceCents === undefined ? current.compareAtPriceCents : input.compareAtPriceCents,
    validFrom: input.validFrom === undefined ? current.validFrom : input.validFrom,
    validUntil: input.validUntil === undefined ? current.validUntil : input.validUntil,
    isActive: input.isActive ?? current.isActive,
  };
  assertValid(RuleTermsModel, next);
  await ctx.db.$transaction(async (tx) => {
    if (next.isActive) await assertNoOverlap(tx, current.operatorId, current.projectId, next, id);
    await tx.photoPricingRule.update({ where: { id }, data: next });
  });
}

export async function deleteRule(ctx: Context, id: string) {
  await ownRule(ctx, id);
  await ctx.db.photoPricingRule.delete({ where: { id } });
}
