import type { RestDialect } from "../../kernel/rest/route-table.ts";

/** print's legacy clients display the error body as is: plain text with the documented status. */
export const printDialect: RestDialect = {
  renderError: ({ status, message, headers }) =>
    new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } }),
  snakeCaseFields: true,
  errorSchema: { type: "string", example: "This username is already in use." },
};
