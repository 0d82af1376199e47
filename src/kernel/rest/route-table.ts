import type { SystemId } from "../auth/principal.ts";
import type { Context } from "../context.ts";
import type { ListGrammar } from "../list/grammar.ts";
import type { Config } from "../config.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a hand-written route gets: the request, its path params, and GraphQL execution with the same context. */
export type RestHandlerArgs = {
  request: Request;
  params: Record<string, string>;
  context: Context;
  /** Runs an operation through the same envelop (auth, masking, plugins) as /graphql. */
  run: <T = Record<string, unknown>>(source: string, variables?: Record<string, unknown>) => Promise<T>;
};

/** One documented REST endpoint of a legacy system, derived from a root field or, when sofa cannot carry it, a handler. */
export type RestRoute = {
  method: HttpMethod;
  /** The documented path, params as `:name` (served under `/<system>` on the main port and as-is on the legacy port). */
  path: string;
  /** The GraphQL root field that answers it. */
  operation: `Query.${string}` | `Mutation.${string}`;
  /** Success status (default 200). 204 answers with an empty body. */
  status?: 200 | 201 | 202 | 204;
  /** The documented body is flat: wrap it into this argument (GraphQL mutations take one `input`). */
  bodyArg?: string;
  /** The documented response shape as a GraphQL selection set; aliases rename keys. */
  select?: string;
  /** For what sofa cannot carry (multipart, form, raw body, HTML, CSV, downloads). */
  handler?: (args: RestHandlerArgs) => Promise<Response>;
  summary?: string;
  /** Body size limit of this route when it differs from BODY_LIMIT_BYTES (uploads). */
  maxBodyBytes?: number;
  /** A datatable list: the dialect's query grammar (`filter[...]`, `sort`, `range`, `page`, ...) feeds the field's list args. */
  grammar?: ListGrammar;
  /** How the dialect wraps the field's value: `record` → `{data: [value]}`, `object` → `{data: value}`. */
  envelope?: "record" | "object";
};

export type RestError = { status: number; code: string; message: string; details?: unknown; headers?: Record<string, string> };

/** How a system speaks REST beyond its routes. */
export type RestDialect = {
  /** Renders any failure in the system's documented error body. */
  renderError: (error: RestError) => Response;
  /** The legacy contract names fields in snake_case: error messages name them that way too. */
  snakeCaseFields?: boolean;
  /** JSON schema of that error body, for the OpenAPI document. */
  errorSchema: Record<string, unknown>;
  /** Response keys are snake_case: camelCase fields of documented selections get snake_case aliases. */
  aliasSnakeCase?: boolean;
  /** The query parameter naming a sparse fieldset (`fields=id,label`), when the dialect has one. */
  fieldsParam?: string;
  /** Wraps every successful JSON value of a route without its own `envelope` (pos: `{success: true, data}`). */
  wrap?: (value: unknown, route: RestRoute) => unknown;
  /** Every REST call is metered per caller (token, else address) and answers with X-RateLimit-* headers. */
  rateLimit?: (config: Config) => { points: number; durationSeconds: number } | undefined;
};

/** Everything the kernel needs to serve one legacy system. */
export type SystemRest = {
  system: SystemId;
  title: string;
  description: string;
  /** The environment variable naming the system's own legacy port, and the documented base URL. */
  legacyPortEnv: string;
  documentedBaseUrl: string;
  routes: RestRoute[];
  dialect: RestDialect;
};
