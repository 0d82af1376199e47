import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const StoreName = text(120).min(1, "is required");
/** Store codes are short, upper-cased identifiers (MAIN, DT-01): unique per tenant, also among deleted stores. */
export const StoreCode = z.string().trim().min(1, "is required").max(20, "must be at most 20 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may contain only letters, digits, '-' and '_'")
  .transform((v) => v.toUpperCase());
export const StoreAddress = text(300);
export const StorePhone = text(40).regex(/^[+()\d\s.-]*$/, "must be a valid phone number");
