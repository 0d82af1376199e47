import type { RestDialect } from "../../kernel/rest/route-table.ts";

/** Photo's error body (the spec documents none): `{"error": {"code", "message", "details"?}}` with the HTTP status. */
export const photoDialect: RestDialect = {
  renderError: ({ status, code, message, details, headers }) =>
    Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status, headers }),
  errorSchema: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: { code: { type: "string", example: "NOT_FOUND" }, message: { type: "string" }, details: {} },
      },
    },
  },
};
