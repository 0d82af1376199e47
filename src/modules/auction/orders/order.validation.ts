import { z } from "zod";
import { DomainError, invalid } from "../../../kernel/errors.ts";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** custom_address in the legacy addressfield shape (the keys the spec documents), stored as given. */
export const CustomAddress = z.object({
  name_line: text(255).optional(),
  first_name: text(120).optional(),
  last_name: text(120).optional(),
  organisation_name: text(255).optional(),
  thoroughfare: text(255).optional(),
  premise: text(255).optional(),
  locality: text(120).optional(),
  administrative_area: text(120).optional(),
  postal_code: text(20).optional(),
  country: z.string().trim().regex(/^[A-Za-z]{2}$/, "must be a two-letter country code").transform((c) => c.toUpperCase()),
}).strict();

export const AttachedText = text(10_000);
export const ChargeDescription = text(500);
export const ChargeList = z.array(z.any()).max(50, "at most 50 additional charges");
export const ItemList = z.array(z.any()).max(1000, "at most 1000 items");
export const ShippingWeight = z.number().min(0, "must not be negative").max(1_000_000);
/** Credit notes: the spec's limit. */
export const MAX_CREDIT_ITEMS = 100;

/** A missing required body field: the spec's 400 "The field 'x' is required". */
export const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
/** A malformed or unknown value of a body field: 422 naming it. */
export const badField = (field: string, message: string) => invalid(message, { title: message, fields: [{ path: field, message }] });
/** A business rule refused the change: 422. */
export const refused = (message: string) => new DomainError("UNPROCESSABLE", message);
