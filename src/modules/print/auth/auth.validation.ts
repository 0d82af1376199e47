import { z } from "zod";
import { badRequest } from "../../../kernel/errors.ts";

/**
 * print's account field rules. Legacy clients show the error body to the user, so each rule carries the sentence
 * it answers with (400, plain text), rather than the generic "Validation failed".
 */
export const EmailModel = z.string().trim().toLowerCase().max(254, "Please enter a valid email address.")
  .pipe(z.email("Please enter a valid email address."));
export const UsernameModel = z.string().trim()
  .regex(/^[A-Za-z0-9_.-]{3,40}$/, "Username must be 3–40 characters: letters, digits, '.', '_' or '-'.")
  // an all-digit username could be mistaken for a mobile number at login
  .refine((v) => /[A-Za-z]/.test(v), "Username must contain at least one letter.");
export const FullNameModel = z.string().trim().min(1, "Full name is required.").max(100, "Full name must be at most 100 characters.");
export const PasswordModel = z.string().min(8, "Password must be at least 8 characters.").max(128, "Password must be at most 128 characters.");
/** Stored without spaces, dashes or brackets, so the same number is the same string for uniqueness and login. */
export const PhoneModel = z.string().transform((v) => v.replace(/[\s\-()]/g, ""))
  .pipe(z.string().regex(/^\+?\d{7,15}$/, "Please enter a valid mobile number."));
/**
 * The spellings of one Indian mobile number (10 digits, with or without +91 / 91): uniqueness and login treat them
 * as the same number. Other numbers are only themselves.
 */
export function phoneVariants(phone: string): string[] {
  const m = /^(?:\+?91)?(\d{10})$/.exec(phone);
  return m ? [m[1]!, `+91${m[1]}`, `91${m[1]}`] : [phone];
}
export const AddressModel = z.string().trim().max(300, "Address must be at most 300 characters.");
export const ShopNameModel = z.string().trim().min(1, "Shop name is required.").max(100, "Shop name must be at most 100 characters.");
export const LatModel = z.number().min(-90, "Latitude must be between -90 and 90.").max(90, "Latitude must be between -90 and 90.");
export const LongModel = z.number().min(-180, "Longitude must be between -180 and 180.").max(180, "Longitude must be between -180 and 180.");
export const OtpCodeModel = z.string().trim().regex(/^\d{6}$/, "The code must be 6 digits.");

/** Parses with a model; the first issue's message becomes a 400. */
export function checked<T extends z.ZodType>(model: T, value: unknown): z.output<T> {
  const result = model.safeParse(value);
  if (!result.success) throw badRequest(result.error.issues[0]?.message ?? "Invalid request.");
  return result.data;
}

/** A 10-digit Indian mobile number as typed at login (password login only). */
export const isMobileLogin = (login: string) => /^\d{10}$/.test(login);
export const isEmailLogin = (login: string) => EmailModel.safeParse(login).success;
