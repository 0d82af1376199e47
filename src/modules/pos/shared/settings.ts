import { z } from "zod";

/** A tenant's settings with their defaults (stored as JSON on the tenant; PATCH /tenants/me/settings validates them). */
export const TenantSettingsModel = z.object({
  currency: z.string().length(3).default("USD"),
  /** basis points applied to products without their own rate (1000 = 10%) */
  defaultTaxRate: z.number().int().min(0).max(10_000).default(0),
  /** prices include tax (tax is extracted) or tax is added on top */
  taxInclusive: z.boolean().default(false),
  /** sell below zero stock instead of refusing with 422 */
  allowNegativeStock: z.boolean().default(false),
  /** a sale can be voided within this many hours (0: same day only) */
  voidWindowHours: z.number().int().min(0).max(24 * 30).default(24),
  loyalty: z.object({
    enabled: z.boolean().default(true),
    /** points earned per whole currency unit paid (1 = 1 point per $1) */
    pointsPerUnit: z.number().int().min(0).max(1000).default(1),
    /** cents one point is worth when redeemed */
    redeemValueCents: z.number().int().min(0).max(10_000).default(1),
    /** fewest points a sale may redeem */
    minRedeemPoints: z.number().int().min(0).default(100),
  }).default({ enabled: true, pointsPerUnit: 1, redeemValueCents: 1, minRedeemPoints: 100 }),
  receiptPrefix: z.string().max(10).default("S"),
});
export type TenantSettings = z.infer<typeof TenantSettingsModel>;

/** The stored settings merged over the defaults (unknown or broken stored values fall back to defaults). */
export function settingsOf(stored: unknown): TenantSettings {
  const parsed = TenantSettingsModel.safeParse(stored ?? {});
  return parsed.success ? parsed.data : TenantSettingsModel.parse({});
}
