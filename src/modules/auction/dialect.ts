import type { RestDialect } from "../../kernel/rest/route-table.ts";
import { auctionConfig } from "./config.ts";
import { snakeCase } from "../../kernel/rest/json-body.ts";

const TITLES: Record<number, string> = {
  400: "Validation error", 401: "Unauthorized", 403: "Access denied", 404: "Resource not found", 405: "Method not allowed",
  409: "Conflict", 413: "Payload too large", 415: "Unsupported media type", 422: "Unprocessable entity",
  429: "Rate limit exceeded", 500: "Internal server error", 502: "Bad gateway",
};

type Details = { title?: string; fields?: { path: string; message: string }[]; retryAfter?: number } | undefined;

/**
 * auction's REST dialect (the spec's "Standard Error Format"): `{title, status, detail, errors: {field: [msg]}}`,
 * 429 with `retry_after`; snake_case keys; `fields=` sparse fieldsets; every call metered with X-RateLimit-* headers.
 */
export const auctionDialect: RestDialect = {
  renderError: ({ status, code, message, details, headers }) => {
    const d = details as Details;
    const errors: Record<string, string[]> = {};
    for (const f of d?.fields ?? []) (errors[snakeCase(f.path) || "body"] ??= []).push(f.message);
    let title = d?.title;
    if (code === "VALIDATION_FAILED" && Object.keys(errors).length) {
      // the spec's two validation answers: a missing field is a 400 naming it, a malformed value a 422
      const missing = Object.entries(errors).find(([, msgs]) => msgs.some((m) => /required/i.test(m)));
      if (missing) message = `The field '${missing[0]}' is required`;
      else { status = 422; title ??= `Invalid ${Object.keys(errors)[0]} format`; if (message === "Validation failed") message = ""; }
    }
    const body: Record<string, unknown> = { title: title ?? TITLES[status] ?? "Error", status };
    if (message && message !== body.title) body.detail = message;
    if (Object.keys(errors).length) body.errors = errors;
    if (status === 429) body.retry_after = d?.retryAfter ?? 60;
    return Response.json(body, { status, headers });
  },
  snakeCaseFields: true,
  aliasSnakeCase: true,
  fieldsParam: "fields",
  rateLimit: (config) => ({ points: auctionConfig(config).AUCTION_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 }),
  errorSchema: {
    type: "object",
    required: ["title", "status"],
    properties: {
      title: { type: "string", example: "Resource not found" },
      status: { type: "integer", example: 404 },
      detail: { type: "string", example: "Order with ID 999 does not exist" },
      errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      retry_after: { type: "integer" },
    },
  },
};
