import { Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, isInputObjectType, getNamedType, type GraphQLInputObjectType } from "graphql";
import type { Plugin, YogaServerInstance } from "graphql-yoga";
import type { Context } from "../context.ts";
import { RouteMatcher } from "./path-match.ts";
import type { RestRoute, SystemRest } from "./route-table.ts";
import { openApiFilter } from "./openapi.ts";
import { docsPage, scalarBundle } from "./docs-page.ts";
import { restErrorFrom } from "./rest-error.ts";
import { readBodyText } from "./body.ts";
import { camelCase, inputOfType, parseJsonObject } from "./json-body.ts";
import { cookiesOf, csrfValid, isSafeMethod, type SessionConfig } from "../auth/session-cookie.ts";
import { parse as parseQuery } from "qs";
import { legacyListArgs } from "../list/legacy-query.ts";
import { snakeAliased, sparse } from "./selection.ts";
import { meteredLimiter, type RateLimitState } from "../rate-limit.ts";
import { bearerToken } from "../auth/tokens.ts";
import { forbidden, type DomainError } from "../errors.ts";
import { hasRole, type RoleRef } from "../auth/principal.ts";

export type RestServerContext = {
  restRoute?: RestRoute;
  restSystem?: SystemRest;
  /** the route's selection narrowed by a sparse fieldset (`fields=`) */
  restSelection?: SelectionSetNode;
  restRateLimit?: RateLimitState;
};

const JSON_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// after refusing an oversized body the rest of it is not read: close the connection instead of keeping it alive
const CLOSE = { connection: "close" };

/**
 * The thin layer in front of sofa for one system, driven by its route table: only documented routes answer,
 * flat bodies are wrapped into the input argument, documented selections replace sofa's "select everything",
 * 204s are empty, hand-written handlers run for what sofa cannot carry, and the OpenAPI document is filtered.
 */
export function useLegacyRest(sys: SystemRest, schema: GraphQLSchema, opts: {
  bodyLimit: number; session?: SessionConfig; rateLimit?: { points: number; durationSeconds: number };
}): Plugin<Context & RestServerContext> {
  const prefix = `/${sys.system}`;
  const matcher = new RouteMatcher(sys.routes);
  const rewritten = new WeakMap<SelectionSetNode, WeakMap<DocumentNode, DocumentNode>>();
  const sparseCache = new Map<RestRoute, Map<string, SelectionSetNode>>();
  const meter = opts.rateLimit && meteredLimiter({ name: `rest:${sys.system}`, ...opts.rateLimit });
  const selections = new Map<RestRoute, SelectionSetNode>();
  const inputTypes = new Map<RestRoute, GraphQLInputObjectType>();
  const argNames = new Map<RestRoute, Set<string>>();
  const guarded = new Set<RestRoute>();
  const roleScopes = new Map<RestRoute, RoleRef[]>();
  for (const route of sys.routes) {
    const field = fieldOf(schema, route);
    argNames.set(route, new Set(field.args.map((a) => a.name)));
    const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;
    if (scopes) guarded.add(route);
    if (scopes && typeof scopes === "object" && "role" in scopes) roleScopes.set(route, [(scopes as { role: RoleRef | RoleRef[] }).role].flat());
    if (route.select) {
      const selection = checkedSelection(schema, route);
      selections.set(route, sys.dialect.aliasSnakeCase ? snakeAliased(selection) : selection);
    }
    if (route.bodyArg) inputTypes.set(route, inputTypeOf(schema, route));
  }
  let yoga: YogaServerInstance<Record<string, unknown>, Context> | undefined;
  let openApi: string | undefined;
  const fail = (status: number, code: string, message: string, headers?: Record<string, string>) =>
    sys.dialect.renderError({ status, code, message, headers });
  const failWith = (error: unknown) => sys.dialect.renderError(restErrorFrom([error], { snakeCase: sys.dialect.snakeCaseFields }));

  return {
    onYogaInit({ yoga: y }) { yoga = y as unknown as typeof yoga; },
    async onRequest({ request, url, endResponse, setRequest, serverContext }) {
      if (url.pathname !== prefix && !url.pathname.startsWith(prefix + "/")) return;
      const path = url.pathname.slice(prefix.length) || "/";
      if (path === "/openapi.json" && request.method === "GET") {
        if (openApi) return endResponse(new Response(openApi, { headers: { "content-type": "application/json" } }));
        return; // sofa renders it once; onResponse filters and caches it
      }
      if (path === "/docs" && request.method === "GET") return endResponse(docsPage(sys, `${prefix}/openapi.json`, `${prefix}/docs/scalar.js`));
      if (path === "/docs/scalar.js" && request.method === "GET") return endResponse(await scalarBundle());

      const found = matcher.match(request.method, path);
      if (!found) return endResponse(fail(404, "NOT_FOUND", `Cannot ${request.method} ${path}`));
      if ("allowed" in found) return endResponse(fail(405, "METHOD_NOT_ALLOWED", `${request.method} is not allowed on ${path}`, { allow: found.allowed.join(", ") }));
      const { route, params } = found;
      const sc = serverContext as RestServerContext;
      sc.restRoute = route;
      sc.restSystem = sys;

      if (meter) {
        // per token when there is one (each client its own budget), else per address
        const key = bearerToken(request) ?? (serverContext as { req?: { socket?: { remoteAddress?: string } } }).req?.socket?.remoteAddress ?? "unknown";
        const state = (sc.restRateLimit = await meter(key));
        if (state.retryAfter) {
          return endResponse(withRateHeaders(sys.dialect.renderError({
            status: 429, code: "RATE_LIMITED", message: "Too many requests. Please try again later.",
            details: { retryAfter: state.retryAfter }, headers: { "retry-after": String(state.retryAfter) },
          }), state));
        }
      }

      // who is asking comes before what is asked: an anonymous call to a protected route is 401 whatever its
      // body, and a session cookie without its CSRF token on a state-changing call is 403 (bearer calls need none)
      if (guarded.has(route) && !request.headers.has("authorization")) {
        const cookie = opts.session && cookiesOf(request)[opts.session.cookie];
        if (!cookie) return endResponse(fail(401, "UNAUTHENTICATED", "Authentication required"));
        if (opts.session!.csrf && !isSafeMethod(request.method) && !csrfValid(request, sys.system)) {
          return endResponse(fail(403, "FORBIDDEN", "Invalid or missing CSRF token"));
        }
      }
      const limit = route.maxBodyBytes ?? opts.bodyLimit;
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > limit) return endResponse(fail(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${limit} bytes`, CLOSE));

      if (route.handler) {
        const enveloped = yoga!.getEnveloped({ ...serverContext, request, params } as never);
        const context = (await enveloped.contextFactory()) as unknown as Context;
        const run = async <T,>(source: string, variables?: Record<string, unknown>) => {
          const document = enveloped.parse(source);
          const result = (await enveloped.execute({ schema: enveloped.schema, document, contextValue: context, variableValues: variables })) as { data?: T; errors?: readonly unknown[] };
          if (result.errors?.length) throw Object.assign(new Error("operation failed"), { graphqlErrors: result.errors });
          return result.data as T;
        };
        try {
          return endResponse(withRateHeaders(await route.handler({ request, params, context, run }), sc.restRateLimit));
        } catch (error) {
          // handlers fail like sofa routes do: GraphQL errors or a thrown DomainError, rendered in the dialect
          const errors = (error as { graphqlErrors?: readonly unknown[] }).graphqlErrors ?? [error];
          return endResponse(withRateHeaders(sys.dialect.renderError(restErrorFrom(errors, { snakeCase: sys.dialect.snakeCaseFields })), sc.restRateLimit));
        }
      }

      let url2: string | null;
      try {
        url2 = route.grammar ? withListArgs(url, route) : withCamelQuery(url, argNames.get(route)!);
        const fields = sys.dialect.fieldsParam && url.searchParams.get(sys.dialect.fieldsParam);
        const selection = selections.get(route);
        if (fields && selection) {
          let cache = sparseCache.get(route);
          if (!cache) sparseCache.set(route, (cache = new Map()));
          let narrowed = cache.get(fields);
          if (!narrowed) {
            narrowed = sparse(selection, fields);
            if (cache.size < 200) cache.set(fields, narrowed); // bounded: the key is client input
          }
          sc.restSelection = narrowed;
        }
      } catch (error) {
        return endResponse(withRateHeaders(failWith(error as DomainError), sc.restRateLimit));
      }
      if (path.length > 1 && path.endsWith("/")) {
        // legacy clients often add a trailing slash; sofa's router does not match it
        const next = new URL(url2 ?? url.toString());
        next.pathname = next.pathname.replace(/\/+$/, "");
        url2 = next.toString();
      }
      if (url2) setRequest((request = new Request(url2, request)));
      if (!JSON_METHODS.has(request.method) || request.body == null) return;
      let text: string;
      try { text = await readBodyText(request, limit); } catch { return endResponse(fail(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${limit} bytes`, CLOSE)); }
      let body: Record<string, unknown>;
      try { body = parseJsonObject(text); } catch (error) { return endResponse(fail(400, "BAD_REQUEST", (error as Error).message)); }
      if (route.bodyArg) body = { [route.bodyArg]: inputOfType(body, inputTypes.get(route)!) };
      const headers = new Headers(request.headers);
      headers.set("content-type", "application/json");
      headers.delete("content-length");
      setRequest(new Request(request.url, { method: request.method, headers, body: JSON.stringify(body) }));
    },
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const sc = args.contextValue as RestServerContext;
      const route = sc.restRoute;
      // hand-written routes run their own documents and shape their own responses
      if (!route || sc.restSystem !== sys || route.handler) return;
      // who may call comes before what was sent: a signed-in caller without the route's role gets 403, not the
      // validation errors of its body (input validation would otherwise run first)
      const principal = (args.contextValue as Partial<Context>).principal;
      const refs = roleScopes.get(route);
      if (refs && principal && principal.system === sys.system && !refs.some((r) => hasRole(principal, r))) {
        setResultAndStopExecution({ errors: [forbidden()] });
        return;
      }
      const selection = sc.restSelection ?? selections.get(route);
      if (selection) {
        let cache = rewritten.get(selection);
        if (!cache) rewritten.set(selection, (cache = new WeakMap()));
        let document = cache.get(args.document);
        if (!document) cache.set(args.document, (document = withSelection(args.document, selection)));
        const doc = document;
        setExecuteFn((a) => executeFn({ ...a, document: doc }));
      }
      const envelope = route.envelope;
      const dialectWrap = sys.dialect.wrap;
      if (!envelope && !dialectWrap) return;
      return {
        onExecuteDone({ result }) {
          const data = (result as { data?: Record<string, unknown> | null }).data;
          const field = route.operation.split(".")[1]!;
          if (!data || !(field in data) || data[field] === null) return;
          data[field] = envelope ? wrap(envelope, data[field]) : dialectWrap!(data[field], route);
        },
      };
    },
    async onResponse({ request, response, serverContext, setResponse }) {
      const url = new URL(request.url);
      if (url.pathname === `${prefix}/openapi.json` && response.status === 200 && !openApi) {
        openApi = JSON.stringify(openApiFilter(await response.clone().json(), sys));
        setResponse(new Response(openApi, { headers: { "content-type": "application/json" } }));
        return;
      }
      const sc = serverContext as RestServerContext | undefined;
      const route = sc?.restRoute;
      if (sc?.restSystem !== sys) return;
      if (route?.status === 204 && response.status === 204) setResponse(withRateHeaders(new Response(null, { status: 204 }), sc.restRateLimit));
      else if (sc.restRateLimit) setRateHeaders(response.headers, sc.restRateLimit);
    },
  };
}


/** The dialect's envelope around a field's value. */
export function wrap(envelope: NonNullable<RestRoute["envelope"]>, value: unknown): unknown {
  return envelope === "record" ? { data: [value] } : { data: value };
}

function setRateHeaders(headers: Headers, state: RateLimitState) {
  headers.set("x-ratelimit-limit", String(state.limit));
  headers.set("x-ratelimit-remaining", String(state.remaining));
  headers.set("x-ratelimit-reset", String(state.resetAt));
}
function withRateHeaders(response: Response, state: RateLimitState | undefined): Response {
  if (state) setRateHeaders(response.headers, state);
  return response;
}

/**
 * A datatable list's legacy query (`filter[f][value][0]=…`, `sort=-updated`, `global_search=`) as the typed list
 * arguments, encoded for sofa (input objects travel as JSON); other parameters pass through as they came.
 */
function withListArgs(url: URL, route: RestRoute): string {
  const query = parseQuery(url.search.slice(1), { depth: 4, arrayLimit: 1000, parameterLimit: 2000 }) as Record<string, never>;
  const args = legacyListArgs(route.grammar!, query);
  const out = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    const base = key.split("[")[0]!;
    if (!["filter", "sort", "range", "page", "global_search"].includes(base)) out.append(camelCase(base) + key.slice(base.length), value);
  }
  if (args.filter) out.set("filter", JSON.stringify(args.filter));
  for (const s of (args.sort as unknown[] | undefined) ?? []) out.append("sort", JSON.stringify(s));
  if (args.range !== undefined) out.set("range", String(args.range));
  if (args.page !== undefined) out.set("page", String(args.page));
  if (args.globalSearch !== undefined) out.set("globalSearch", String(args.globalSearch));
  const next = new URL(url);
  next.search = out.toString();
  return next.toString();
}

/** `?user_id=5` reaches the `userId` argument: rewrites documented snake_case query keys (null when none). */
function withCamelQuery(url: URL, args: Set<string>): string | null {
  if (!url.search) return null;
  let changed = false;
  const out = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    const base = key.split("[")[0]!;
    const name = args.has(base) ? base : camelCase(base);
    if (name !== base && args.has(name)) changed = true;
    out.append(args.has(name) ? name + key.slice(base.length) : key, value);
  }
  if (!changed) return null;
  const next = new URL(url);
  next.search = out.toString();
  return next.toString();
}

function fieldOf(schema: GraphQLSchema, route: RestRoute) {
  const [kind, field] = route.operation.split(".") as ["Query" | "Mutation", string];
  const def = (kind === "Query" ? schema.getQueryType() : schema.getMutationType())?.getFields()[field];
  if (!def) throw new Error(`${route.method} ${route.path}: unknown operation ${route.operation}`);
  return def;
}

/** Parses a route's documented selection and validates it against the schema once, at start. */
function checkedSelection(schema: GraphQLSchema, route: RestRoute): SelectionSetNode {
  const def = fieldOf(schema, route);
  const [kind, field] = route.operation.split(".") as ["Query" | "Mutation", string];
  const vars = def.args.map((a) => `$${a.name}: ${a.type}`).join(", ");
  const call = def.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const source = `${kind === "Query" ? "query" : "mutation"} Check${vars ? `(${vars})` : ""} { ${field}${call ? `(${call})` : ""} ${route.select} }`;
  const doc = parse(source);
  const errors = validate(schema, doc);
  if (errors.length) throw new Error(`${route.method} ${route.path}: invalid select: ${errors.map((e) => e.message).join("; ")}`);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const rootField = op.selectionSet.selections[0] as { selectionSet: SelectionSetNode };
  return rootField.selectionSet;
}

function inputTypeOf(schema: GraphQLSchema, route: RestRoute): GraphQLInputObjectType {
  const arg = fieldOf(schema, route).args.find((a) => a.name === route.bodyArg);
  const type = arg && getNamedType(arg.type);
  if (!type || !isInputObjectType(type)) throw new Error(`${route.method} ${route.path}: ${route.operation} has no input object argument "${route.bodyArg}"`);
  return type;
}

function withSelection(document: DocumentNode, selectionSet: SelectionSetNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((d) => {
      if (d.kind !== Kind.OPERATION_DEFINITION) return d;
      const [root, ...rest] = d.selectionSet.selections;
      if (!root || root.kind !== Kind.FIELD) return d;
      return { ...d, selectionSet: { ...d.selectionSet, selections: [{ ...root, selectionSet }, ...rest] } };
    }),
  };
}
