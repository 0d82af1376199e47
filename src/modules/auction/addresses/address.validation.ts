import { z } from "zod";

export const ADDRESS_TYPES = ["billing", "shipping"] as const;

const part = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();
export const AddressPart = part(255);
export const PostalCode = part(20);
export const CountryCode = z.string().trim().regex(/^[A-Za-z]{2}$/, "must be a two-letter country code (ISO 3166-1, e.g. US)").nullish();
/** Checked as a whole, so the error names `address_types` rather than one index of it. */
export const AddressTypes = z.array(z.string())
  .refine((list) => list.every((t) => (ADDRESS_TYPES as readonly string[]).includes(t)), `must be ${ADDRESS_TYPES.join(" or ")}`)
  .nullish();
