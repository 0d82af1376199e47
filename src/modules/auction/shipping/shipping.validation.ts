import { z } from "zod";
import { Decimal } from "../shared/money.ts";

/** Only judged once the format check passed (zod runs every check; a malformed value has its own message). */
const positive = (v: string) => !/^\d+(\.\d+)?$/.test(v.trim()) || new Decimal(v.trim()).gt(0);
/** Kilograms, up to three decimals ("2.5"), as the columns store them. */
export const Weight = z.string().trim().regex(/^\d{1,7}(\.\d{1,3})?$/, "must be a number of kg with at most 3 decimals").refine(positive, "must be greater than 0");
/** One side of a parcel ("30"), up to two decimals. */
export const Length = z.string().trim().regex(/^\d{1,6}(\.\d{1,2})?$/, "must be a number with at most 2 decimals").refine(positive, "must be greater than 0");
export const LENGTH_UNITS = ["mm", "cm", "m", "in"] as const;
export const LengthUnit = z.enum(LENGTH_UNITS, { message: `must be one of ${LENGTH_UNITS.join(", ")}` });
/** A shipping box's size as the spec writes it: "30x20x15cm". */
export const BoxDimensions = z.string().trim().regex(
  /^\d{1,6}(\.\d{1,2})?\s*x\s*\d{1,6}(\.\d{1,2})?\s*x\s*\d{1,6}(\.\d{1,2})?\s*(mm|cm|m|in)$/i,
  "must be length x width x height and a unit, e.g. 30x20x15cm",
);
export const BoxNumber = z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, "must be 1 to 20 letters, digits or dashes");
export const ShippingMethod = z.string().trim().max(120, "must be at most 120 characters");
export const TrackingNumber = z.string().trim().regex(/^[A-Za-z0-9 -]{0,60}$/, "must be up to 60 letters, digits, spaces or dashes");
export const NonNegativeMoney = z.string().refine((v) => !new Decimal(v).isNegative(), "must not be negative");
/** Items per shipment or box: a parcel, not a sale. */
export const MAX_ITEMS = 500;
export const ItemIds = z.array(z.string()).max(MAX_ITEMS, `at most ${MAX_ITEMS} items`);
