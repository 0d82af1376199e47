import type { RestDialect } from "../../kernel/rest/route-table.ts";
import type { OffsetPage } from "../../kernel/pagination.ts";
import { posConfig } from "./config.ts";

const isPage = (v: unknown): v is OffsetPage =>
  !!v && typeof v === "object" && Array.isArray((v as OffsetPage).items) && typeof (v as OffsetPage).total === "number";

/**
 * pos's "Standard Response Format" (the spec names it but leaves the bodies empty; this is our documented choice):
 * success `{success: true, data}` and, for lists, `{success: true, data: [...], meta: {page, limit, total, totalPages}}`;
 * errors `{success: false, error: {code, message, details?}}` where validation `details` is an array of
 * `{path, message}` (the spec: "check error.details array").
 */
export const posDialect: RestDialect = {
  renderError: ({ status, code, message, details, headers }) => {
    const fields = (details as { fields?: { path: string; message: string }[] } | undefined)?.fields;
    const d = fields ?? details;
    return Response.json({ success: false, error: { code, message, ...(d === undefined ? {} : { details: d }) } }, { status, headers });
  },
  wrap: (value) => {
    if (!isPage(value)) return { success: true, data: value };
    const { items, total, page, limit } = value;
    return { success: true, data: items, meta: { page, limit, total, totalPages: Math.ceil(total / limit) } };
  },
  rateLimit: (config) => ({ points: posConfig(config).POS_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 }),
  errorSchema: {
    type: "object",
    required: ["success", "error"],
    properties: {
      success: { type: "boolean", example: false },
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", example: "VALIDATION_FAILED" },
          message: { type: "string" },
          details: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
        },
      },
    },
  },
};
