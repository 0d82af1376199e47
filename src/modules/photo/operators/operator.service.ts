import type { Context } from "../../../kernel/context.ts";
import { operatorIdOf } from "../roles.ts";
import { canonicalLocale } from "./operator.validation.ts";

export type ProfileFields = {
  name?: string; address?: string | null; billingAddress?: string | null; currency?: string; locale?: string;
  timezone?: string | null; profilePictureUrl?: string | null;
};

/** Updates the caller's own profile; e-mail and password are deliberately not part of it. */
export async function updateProfile(ctx: Context, input: ProfileFields): Promise<string> {
  const id = operatorIdOf(ctx);
  await ctx.db.photoOperator.update({
    where: { id },
    data: {
      name: input.name?.trim(),
      address: input.address,
      billingAddress: input.billingAddress,
      currency: input.currency,
      locale: input.locale === undefined ? undefined : canonicalLocale(input.locale),
      timezone: input.timezone,
      profilePictureUrl: input.profilePictureUrl,
    },
  });
  return id;
}
