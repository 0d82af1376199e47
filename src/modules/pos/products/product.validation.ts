import { z } from "zod";

/** SKUs and barcodes: no `~` (soft-deleted rows keep theirs as `<code>~deleted~<id>`). */
export const Sku = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters").regex(/^[^~]+$/, "must not contain ~");
export const Barcode = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters").regex(/^[^\s~]+$/, "must not contain spaces or ~");
export const ProductName = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
export const Description = z.string().trim().max(2000, "must be at most 2000 characters");
export const Unit = z.string().trim().min(1, "must not be empty").max(20, "must be at most 20 characters");
/** cents (the Amount scalar already turned major units into cents) */
/** at most 10 million in major units: prices and costs are stored in 32-bit cent columns */
export const MAX_PRICE_CENTS = 1_000_000_000;
export const Cents = z.number().int().min(0, "must be 0 or more").max(MAX_PRICE_CENTS, "is too large");
/** percent with at most 2 decimals (12.5 = 12.5%), stored as basis points */
export const TaxPercent = z.number().min(0, "must be 0 or more").max(100, "must be at most 100")
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, "must have at most 2 decimals");
export const Attributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]), { message: "must be an object of simple values" })
  .refine((v) => Object.keys(v).length <= 50, "at most 50 attributes");
export const VariantName = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
export const ProductSort = z.enum(["name", "-name", "price", "-price", "createdAt", "-createdAt"], {
  message: "must be one of name, price, createdAt (prefix - for descending)",
});

export const percentToBp = (percent: number) => Math.round(percent * 100);
