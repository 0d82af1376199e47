import { z } from "zod";
import { invalid } from "../../../kernel/errors.ts";
import { ITEM_STATUSES } from "./item-history.ts";

export const BULK_OPERATIONS = ["update_status", "update_field", "delete"] as const;
export const BULK_FIELDS = ["category", "description", "estimate_low", "estimate_high", "reserve_price", "consignment"] as const;
export type BulkField = (typeof BULK_FIELDS)[number];
export const DIMENSION_UNITS = ["mm", "cm", "m", "in", "ft"] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of ${values.join(", ")}` });
export const ItemStatusValue = oneOf(ITEM_STATUSES);
export const BulkOperation = oneOf(BULK_OPERATIONS);
/** A lot number: digits with an optional suffix ("1234", "1234A", "12-1"); empty clears the lot. */
export const LotValue = z.string().trim().max(20, "must be at most 20 characters").regex(/^[\w./-]*$/, "may contain letters, digits, '.', '/' and '-' only");
export const ItemIds = z.array(z.any()).min(1, "At least one item is required").max(1000, "At most 1000 items per call");
export const Measure = z.string().trim().regex(/^\d{1,8}(\.\d{1,2})?$/, "must be a non-negative number with at most 2 decimals");
export const Weight = z.string().trim().regex(/^\d{1,7}(\.\d{1,3})?$/, "must be a non-negative number (kg) with at most 3 decimals");
export const Unit = oneOf(DIMENSION_UNITS);

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

/** An id in a request body ("345" or 345): malformed is a 422 on that field (it names no row). */
export function bodyIdOf(raw: unknown, field: string): number {
  const text = typeof raw === "number" || typeof raw === "string" ? String(raw).trim() : "";
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw invalid(`Invalid ${field} format`, { fields: [{ path: field, message: "must be a numeric id" }] });
  return Number(text);
}

/** The ids of a body list, deduplicated in order. */
export const bodyIdsOf = (raw: readonly unknown[], field: string) => [...new Set(raw.map((r) => bodyIdOf(r, field)))];

/** A money value of a body (`"150.00"` or `150`); null/empty clears. Malformed or negative is a 422 on the field. */
export function moneyOf(raw: unknown, field: string): string | null {
  if (raw === null || raw === undefined || raw === "") return null;
  const text = typeof raw === "number" && Number.isFinite(raw) ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  if (!MONEY.test(text)) throw invalid(`Invalid ${field} format`, { fields: [{ path: field, message: "must be a non-negative amount with at most 2 decimals, e.g. \"150.00\"" }] });
  return text;
}
