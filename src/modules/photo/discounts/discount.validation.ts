import { z } from "zod";
import { CentsModel, NameModel, windowMessage, windowOk } from "../validation.ts";

export { NameModel };

type DiscountTerms = { type: "percentage" | "fixed" | "bundle"; value: number; bundleMinPhotos?: number | null };
type Window = { validFrom?: Date | null; validUntil?: Date | null };

const PercentModel = z.number().int().min(1, "must be 1-100 percentage points").max(100, "must be 1-100 percentage points");
const FixedModel = CentsModel.min(1, "must be at least 1 cent");
const BundleMinModel = z.number({ message: "is required for bundle discounts" }).int().min(2, "must be at least 2").max(10_000);

/** What `value` means depends on `type`, so it is checked against the whole input. */
export const DiscountTermsModel = z.custom<DiscountTerms & Window>().superRefine((d, ctx) => {
  const value = (d.type === "fixed" ? FixedModel : PercentModel).safeParse(d.value);
  if (!value.success) ctx.addIssue({ code: "custom", path: ["value"], message: value.error.issues[0]!.message });
  if (d.type === "bundle") {
    const min = BundleMinModel.safeParse(d.bundleMinPhotos ?? undefined);
    if (!min.success) ctx.addIssue({ code: "custom", path: ["bundleMinPhotos"], message: min.error.issues[0]!.message });
  }
  if (!windowOk(d)) ctx.addIssue({ code: "custom", ...windowMessage });
});

export const WindowModel = z.custom<Window>().refine(windowOk, windowMessage);
