import { z } from "zod";
import { invalid } from "./errors.ts";

/**
 * For update inputs, where null clears an optional field: a required one cannot be cleared. Attach to the input
 * type (`validate: z.custom().superRefine(notClearable("name"))`) because field validators skip nulls.
 */
export const notClearable = (...keys: string[]) => (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
  for (const key of keys) if (value[key] === null) ctx.addIssue({ code: "custom", path: [key], message: "must not be null" });
};
export const requiredOnUpdate = (...keys: string[]) => z.custom<Record<string, unknown>>().superRefine(notClearable(...keys));

/**
 * Re-checks a model against stored values merged with a partial update, answering exactly like the validation
 * plugin does for the input itself (400, `details.fields[{path, message}]`).
 */
export function assertValid(model: z.ZodType, value: unknown): void {
  const result = model.safeParse(value);
  if (result.success) return;
  throw invalid("Validation failed", {
    fields: result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  });
}
