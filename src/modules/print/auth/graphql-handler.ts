import type { RestHandlerArgs, RestRoute } from "../../../kernel/rest/route-table.ts";
import { restErrorFrom } from "../../../kernel/rest/rest-error.ts";
import { printDialect } from "../dialect.ts";
import { takeCookies } from "./session.ts";
import { readBodyText } from "../../../kernel/rest/body.ts";
import { camelCase, inputFrom, parseJsonObject } from "../../../kernel/rest/json-body.ts";

type Handler = NonNullable<RestRoute["handler"]>;

/**
 * A REST answer produced by one GraphQL operation plus the cookies its resolver queued: sofa cannot set
 * cookies, so the session routes run their root field through `run` (same auth, same resolver) and add them.
 * `inputFields` are the documented body keys (snake_case); each lands on the camelCase input field of the same name
 * (`full_name` → `fullName`), and other keys are dropped like sofa routes do. Failures name the fields the way the
 * legacy clients know them (`"full_name" is required.`), as on sofa routes.
 */
export function graphqlHandler(opts: { document: string; inputFields?: readonly string[]; status?: 200 | 201 }): Handler {
  return async ({ request, context, run }: RestHandlerArgs) => {
    const variables = opts.inputFields ? { input: await jsonInput(request, context.config.BODY_LIMIT_BYTES, opts.inputFields) } : {};
    let data: Record<string, unknown>;
    try {
      data = await run<Record<string, unknown>>(opts.document, variables);
    } catch (error) {
      const errors = (error as { graphqlErrors?: readonly unknown[] }).graphqlErrors;
      if (!errors) throw error;
      return printDialect.renderError(restErrorFrom(errors, { snakeCase: printDialect.snakeCaseFields }));
    }
    const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
    for (const cookie of takeCookies(context.request)) headers.append("set-cookie", cookie);
    return new Response(JSON.stringify(Object.values(data)[0]), { status: opts.status ?? 200, headers });
  };
}

async function jsonInput(request: Request, limit: number, fields: readonly string[]): Promise<Record<string, unknown>> {
  // like bodyArg routes: the documented key or its camelCase field name
  return inputFrom(parseJsonObject(await readBodyText(request, limit)), new Set(fields.map(camelCase)));
}
