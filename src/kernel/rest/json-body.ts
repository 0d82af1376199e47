import { getNullableType, isInputObjectType, isListType, type GraphQLInputType } from "graphql";
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

/**
 * `inputFrom` through nested input objects and lists: every documented snake_case key, at any depth, lands on the
 * camelCase field of the input type there (`address: {postal_code}` → `address: {postalCode}`); keys the type does not
 * have are dropped. JSON-typed fields are passed through untouched.
 */
export function inputOfType(value: unknown, type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return Array.isArray(value) ? value.map((v) => inputOfType(v, t.ofType)) : inputOfType(value, t.ofType);
  if (!isInputObjectType(t) || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const fields = t.getFields();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = key in fields ? key : camelCase(key);
    if (name in fields) out[name] = inputOfType(v, fields[name]!.type);
  }
  return out;
}
