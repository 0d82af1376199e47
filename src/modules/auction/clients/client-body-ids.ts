import { invalid } from "../../../kernel/errors.ts";

/** Ids named in a body: a missing value is a 400 naming the field, a non-numeric one a 422 on it. */
export const requiredField = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });

export function bodyId(raw: string | null | undefined, field: string): number {
  if (raw === null || raw === undefined || String(raw).trim() === "") throw requiredField(field);
  const text = String(raw).trim();
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw invalid(`Invalid ${field}`, { fields: [{ path: field, message: `'${text}' is not a client id` }] });
  return Number(text);
}

export function bodyIds(raw: readonly string[] | null | undefined, field: string): number[] {
  if (!raw?.length) throw requiredField(field);
  return [...new Set(raw.map((r) => bodyId(r, field)))];
}

/** Unknown clients named in a body: a 422 on the field listing them. */
export const unknownClients = (field: string, ids: number[]) =>
  invalid("Unknown client", { fields: [{ path: field, message: `Client${ids.length > 1 ? "s" : ""} with ID ${ids.join(", ")} ${ids.length > 1 ? "do" : "does"} not exist` }] });
