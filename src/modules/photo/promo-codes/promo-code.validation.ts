import { z } from "zod";
import { windowMessage, windowOk } from "../validation.ts";

export const CodeModel = z.string().trim().regex(/^[A-Za-z0-9_-]{3,32}$/, "must be 3-32 letters, digits, _ or -");
export const LimitModel = z.number().int().min(1, "must be a positive whole number").max(100_000_000);

type CodeTerms = { maxUses?: number | null; maxUsesPerUser?: number | null; validFrom?: Date | null; validUntil?: Date | null };

const perUserOk = (c: CodeTerms) => c.maxUses == null || c.maxUsesPerUser == null || c.maxUsesPerUser <= c.maxUses;

export const CodeTermsModel = z.custom<CodeTerms>()
  .refine(windowOk, windowMessage)
  .refine(perUserOk, { message: "maxUsesPerUser must not exceed maxUses", path: ["maxUsesPerUser"] });

/** Codes are matched case-insensitively by storing them upper-case. */
export const normalizeCode = (code: string) => code.trim().toUpperCase();
