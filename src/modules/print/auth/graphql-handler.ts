import type { RestHandlerArgs, RestRoute } from "../../../kernel/rest/route-table.ts";
import { DomainError, badRequest } from "../../../kernel/errors.ts";
import { takeCookies } from "./session.ts";

type Handler = NonNullable<RestRoute["handler"]>;

/**
 * A REST answer produced by one GraphQL operation plus the cookies its resolver queued: sofa cannot set
 * cookies, so the session routes run their root field through `run` (same auth, same resolver) and add them.
 * `inputFields` are the documented body keys (= the input type's fields); other keys are dropped like sofa routes do.
 */
export function graphqlHandler(opts: { document: string; inputFields?: readonly string[]; status?: 200 | 201 }): Handler {
  return async ({ request, context, run }: RestHandlerArgs) => {
    const variables = opts.inputFields ? { input: await jsonInput(request, context.config.BODY_LIMIT_BYTES, opts.inputFields) } : {};
    const data = await run<Record<string, unknown>>(opts.document, variables);
    const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
    for (const cookie of takeCookies(context.request)) headers.append("set-cookie", cookie);
    return new Response(JSON.stringify(Object.values(data)[0]), { status: opts.status ?? 200, headers });
  };
}

async function jsonInput(request: Request, limit: number, fields: readonly string[]): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.length > limit) throw new DomainError("PAYLOAD_TOO_LARGE", `Request body exceeds ${limit} bytes`);
  let body: unknown = {};
  if (text.trim()) {
    try { body = JSON.parse(text); } catch { throw badRequest("Malformed JSON in request body"); }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw badRequest("The request body must be a JSON object");
  return Object.fromEntries(Object.entries(body).filter(([k]) => fields.includes(k)));
}
