import { badRequest } from "../errors.ts";

export const camelCase = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

/** A JSON request body that must be an object (empty = `{}`); anything else is a 400 naming the problem. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown = {};
  if (text.trim()) {
    try { body = JSON.parse(text); } catch { throw badRequest("Malformed JSON in request body"); }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw badRequest("The request body must be a JSON object");
  return body as Record<string, unknown>;
}

/**
 * The input object for a flat legacy body: documented snake_case keys land on the idiomatic camelCase input field
 * of the same name; keys that are no input field (echoed ids, timestamps) are dropped.
 */
export function inputFrom(body: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const name = fields.has(key) ? key : camelCase(key);
    if (fields.has(name)) input[name] = value;
  }
  return input;
}
