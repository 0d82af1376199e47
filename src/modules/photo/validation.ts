import { z } from "zod";

/** Shared zod models of the photo system. */
export const NameModel = z.string().trim().min(1, "must not be empty").max(200);
export const EmailModel = z.string().trim().email("must be a valid e-mail address").max(254);
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const PasswordModel = z.string().min(8, "must be at least 8 characters").max(200);
export const TimezoneModel = z.string().trim().min(1).max(64).refine(isTimeZone, "must be an IANA time zone like Europe/Berlin");
export const CentsModel = z.number().int().min(0, "must not be negative").max(100_000_000);

function isTimeZone(tz: string): boolean {
  try { new Intl.DateTimeFormat("en", { timeZone: tz }); return true; } catch { return false; }
}

/** validFrom must not be after validUntil when both are given. */
export function windowOk(v: { validFrom?: Date | null; validUntil?: Date | null }): boolean {
  return !v.validFrom || !v.validUntil || v.validFrom <= v.validUntil;
}
export const windowMessage = { message: "validFrom must be before validUntil", path: ["validUntil"] };
