import { GraphQLError } from "graphql";

/** Stable error codes shared by every system; each maps to one HTTP status. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  METHOD_NOT_ALLOWED: 405,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  /** an upstream service (payment gateway) failed: nothing was written */
  BAD_GATEWAY: 502,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** An expected failure: GraphQL clients see `extensions.code`, REST clients the system's error body and status. */
export class DomainError extends GraphQLError {
  readonly code: ErrorCode;
  // No `extensions.http` on purpose: /graphql answers 200 with `errors` (partial data stays usable); the REST layer
  // derives the status from the code.
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message, { extensions: { code, ...(details === undefined ? {} : { details }) } });
    this.code = code;
  }
  get status(): number { return ERROR_STATUS[this.code]; }
}

export const badRequest = (message: string, details?: unknown) => new DomainError("BAD_REQUEST", message, details);
export const invalid = (message: string, details?: unknown) => new DomainError("VALIDATION_FAILED", message, details);
export const unauthenticated = (message = "Authentication required") => new DomainError("UNAUTHENTICATED", message);
export const forbidden = (message = "You are not allowed to do this") => new DomainError("FORBIDDEN", message);
export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string, details?: unknown) => new DomainError("CONFLICT", message, details);

/** PostgreSQL rejects these values (SQLSTATE class 22, data exceptions): the client's input, not our fault. */
const PG_DATA_EXCEPTIONS: Record<string, string> = {
  "22021": "Text must not contain NUL characters or invalid UTF-8",
  "22008": "A date is out of the supported range",
  "22003": "A number is out of the supported range",
  "22001": "A value is too long",
  "22P02": "A value has an invalid format",
};

/** Prisma's known request errors, mapped once: unique violation → 409, missing record → 404, bad data → 400. */
export function fromPrismaError(error: unknown): DomainError | undefined {
  const adapter = error as { name?: string; cause?: { originalCode?: string; code?: string; kind?: string } } | null;
  if (adapter?.name === "DriverAdapterError") {
    const sqlState = adapter.cause?.originalCode ?? adapter.cause?.code ?? "";
    const message = PG_DATA_EXCEPTIONS[sqlState];
    return message ? invalid(message) : undefined;
  }
  const e = error as { code?: string; meta?: { target?: unknown; modelName?: string } } | null;
  if (!e || typeof e.code !== "string" || !/^P\d{4}$/.test(e.code)) return undefined;
  switch (e.code) {
    case "P2002": return conflict("A record with the same unique value already exists", { fields: e.meta?.target });
    case "P2025": return notFound(e.meta?.modelName ?? "Record");
    case "P2003": return conflict("The record is still referenced by other records");
    case "P2000": return invalid("A value is too long for its field");
    default: return undefined;
  }
}

/** The error a resolver threw, unwrapped from GraphQL's location wrapper. */
export function domainErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const original = (error as GraphQLError | undefined)?.originalError;
  if (original instanceof DomainError) return original;
  return fromPrismaError(original ?? error);
}
