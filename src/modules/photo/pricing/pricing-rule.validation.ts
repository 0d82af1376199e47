import { z } from "zod";
import { CentsModel, windowMessage, windowOk } from "../validation.ts";

export { CentsModel };

type RuleTerms = { pricePerPhotoCents?: number | null; compareAtPriceCents?: number | null; validFrom?: Date | null; validUntil?: Date | null };

/** A compare-at ("was") price below the price itself would advertise a markup as a saving. */
const compareAtOk = (r: RuleTerms) => r.compareAtPriceCents == null || r.pricePerPhotoCents == null || r.compareAtPriceCents >= r.pricePerPhotoCents;

export const RuleTermsModel = z.custom<RuleTerms>()
  .refine(windowOk, windowMessage)
  .refine(compareAtOk, { message: "compareAtPriceCents must not be below pricePerPhotoCents", path: ["compareAtPriceCents"] });
