import { z } from "zod";
import { conflict, invalid } from "../../../kernel/errors.ts";

/** Fields an update may omit but not set to null (400 like any other validation failure). */
export function rejectNulls(input: Record<string, unknown>, fields: string[]) {
  const bad = fields.filter((f) => input[f] === null);
  if (bad.length) throw invalid("Validation failed", { fields: bad.map((path) => ({ path, message: "must not be null" })) });
}

/** 409 with the validation-style details: [{path, message}]. */
export const taken = (message: string, path: string) => conflict(message, { fields: [{ path, message: "is already taken" }] });

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const CustomerName = text(120).min(1, "is required");
export const CustomerEmail = z.string().trim().max(254, "must be at most 254 characters").email("must be a valid e-mail address");
/** digits with an optional leading +, spaces, dots, dashes and parentheses (stored without the separators) */
export const CustomerPhone = text(40).regex(/^\+?[()\d\s.-]*\d[()\d\s.-]*$/, "must be a valid phone number");
export const CustomerAddress = text(500);
export const GroupName = text(80).min(1, "is required");
/** percent with at most two decimals (12.5 = 12.50%), stored as basis points */
export const DiscountPercent = z.number().min(0, "must be 0 or more").max(100, "must be at most 100")
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, "must have at most 2 decimals");
/** cents (the Amount scalar already parsed major units) */
export const CreditLimit = z.number().int().min(0, "must be 0 or more").max(1_000_000_000, "is too large");
export const LoyaltyPointsDelta = z.number().int().refine((v) => v !== 0, "must not be 0");
export const LoyaltyReason = text(500).min(1, "is required");

/** "+1 (555) 010-0200" → "+15550100200": the form phones are stored and compared in. */
export const normalizePhone = (phone: string) => phone.replace(/[\s().-]/g, "");
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
