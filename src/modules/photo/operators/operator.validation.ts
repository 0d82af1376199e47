import { z } from "zod";

export { NameModel, TimezoneModel } from "../validation.ts";

export const AddressModel = z.string().trim().max(1000);
export const CurrencyModel = z.string().trim().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code of three upper-case letters, like EUR");
// language[-Script][-REGION], e.g. en, en-US, zh-Hant-TW; stored in canonical case (see canonicalLocale)
export const LocaleModel = z.string().trim().regex(/^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?$/i, "must be a BCP 47 language tag like en or en-US")
  .refine(isLocale, "must be a BCP 47 language tag like en or en-US");
export const ProfilePictureUrlModel = z.string().trim().max(2000).refine(isHttpUrl, "must be an http or https URL");

export const canonicalLocale = (tag: string) => Intl.getCanonicalLocales(tag)[0]!;

function isLocale(tag: string): boolean {
  try { return Intl.getCanonicalLocales(tag).length === 1; } catch { return false; }
}

function isHttpUrl(value: string): boolean {
  try { const url = new URL(value); return url.protocol === "http:" || url.protocol === "https:"; } catch { return false; }
}
