import type { GraphQLError } from "graphql";
import { ERROR_STATUS, type ErrorCode, fromPrismaError } from "../errors.ts";
import type { RestError } from "./route-table.ts";
import { snakeCase } from "./json-body.ts";

/**
 * Turns what sofa/GraphQL execution reports into one REST error: the first error decides. Domain errors keep their
 * code; GraphQL input coercion failures are the client's fault (400); anything unknown is a 500 without internals.
 */
export function restErrorFrom(errors: ReadonlyArray<unknown>, opts: { snakeCase?: boolean } = {}): RestError {
  const error = restErrorOf(errors);
  if (!opts.snakeCase || error.status >= 500) return error;
  // field names inside quotes, e.g. "isOpen" → "is_open", as the legacy clients know them
  return { ...error, message: error.message.replace(/"([a-z]+[A-Z][A-Za-z0-9]*)"/g, (_m, f: string) => `"${snakeCase(f)}"`) };
}

function restErrorOf(errors: ReadonlyArray<unknown>): RestError {
  const error = errors[0] as (GraphQLError & { originalError?: unknown }) | Error | undefined;
  const ext = ((error as GraphQLError | undefined)?.extensions ?? {}) as { code?: string; details?: unknown; http?: { status?: number } };
  const code = ext.code as ErrorCode | undefined;
  if (code && code in ERROR_STATUS && code !== "INTERNAL") {
    const retryAfter = (ext.details as { retryAfter?: number } | undefined)?.retryAfter;
    return { status: ERROR_STATUS[code], code, message: error!.message, details: ext.details,
      headers: retryAfter ? { "retry-after": String(retryAfter) } : undefined };
  }
  const prisma = fromPrismaError((error as GraphQLError | undefined)?.originalError ?? error);
  if (prisma) return { status: prisma.status, code: prisma.code, message: prisma.message, details: prisma.extensions.details };
  const path = (error as GraphQLError | undefined)?.path;
  const status = ext.http?.status;
  if ((status && status >= 400 && status < 500) || (!path && error?.message?.startsWith("Variable \"$"))) {
    return coercionError(status && status < 500 ? status : 400, error!.message);
  }
  if ((code as string) === "GRAPHQL_VALIDATION_FAILED" || (code as string) === "BAD_USER_INPUT") return coercionError(400, error!.message);
  return { status: 500, code: "INTERNAL", message: "Internal server error" };
}

/** A wrong type or a missing field: the cleaned message, and the field it names as details (like validation's). */
function coercionError(status: number, raw: string): RestError {
  const message = cleanCoercionMessage(raw);
  const field = /"([\w.]+)"/.exec(message)?.[1];
  return { status, code: "BAD_REQUEST", message, ...(field ? { details: { fields: [{ path: field, message }] } } : {}) };
}

/** `Variable "$input" got invalid value …` speaks GraphQL; REST clients want the field and the reason. */
function cleanCoercionMessage(message: string): string {
  return message
    .replace(/^Variable "\$(\w+)" got invalid value (.*?) at "\w+\.(.+?)"; /, (_m, _v, value, field) => `Invalid value ${value} for "${field}": `)
    .replace(/^Variable "\$input" of required type "\w+!" was not provided\./, "A JSON request body is required.")
    .replace(/^Variable "\$(\w+)" of required type "[\w!\[\]]+" was not provided\./, (_m, v) => `"${v}" is required.`)
    .replace(/^Variable "\$input" got invalid value .*?; Field "(\w+)" of required type "[\w!\[\]]+" was not provided\./, (_m, f) => `"${f}" is required.`)
    .replace(/^Variable "\$(\w+)" got invalid value (.*?); /, (_m, v, value) => `Invalid value ${value} for "${v}": `);
}
