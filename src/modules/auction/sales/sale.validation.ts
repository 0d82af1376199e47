import { z } from "zod";

export const SaleLabel = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
export const SaleVenue = z.string().trim().max(200, "must be at most 200 characters");
/** premium and VAT rates are percentages */
export const Percent = z.string().refine((v) => Number(v) >= 0 && Number(v) <= 100, "must be a percentage between 0 and 100");
