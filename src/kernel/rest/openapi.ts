import { snakeCase } from "./json-body.ts";
import type { SystemRest } from "./route-table.ts";
import type { ListGrammar } from "../list/grammar.ts";

const LIST_ARGS = new Set(["filter", "sort", "range", "page", "globalSearch"]);
const KIND_HELP: Record<string, string> = {
  text: "regex search (filter[f]=term; [operator]=REGEXP|LIKE|IN)", exact: "exact match or [operator]=IN with [value][0..n]",
  id: "id, or [operator]=IN with [value][0..n]", enum: "one value, or IN with [value][0..n]",
  number: "exact, IN, or range [value][from]/[value][to]", date: "YYYY-MM-DD (whole day) or range [value][from]/[value][to]", bool: "true/false, 1/0",
};

/** The legacy datatable query grammar of a list route, as OpenAPI query parameters. */
function grammarParameters(grammar: ListGrammar) {
  const q = (name: string, description: string, type = "string") => ({ name, in: "query", required: false, schema: { type }, description });
  return [
    q("range", `Page size (default ${grammar.defaultRange ?? 25}, capped at ${grammar.maxRange ?? 500}).`, "integer"),
    q("page", "Page number, 0-indexed.", "integer"),
    q("sort", `Comma-separated fields, '-' for descending (default ${grammar.defaultSort}). One of: ${Object.keys(grammar.sorts).join(", ")}.`),
    ...(grammar.search?.length ? [q("global_search", "Case-insensitive search across the main text fields.")] : []),
    ...Object.entries(grammar.filters).map(([name, f]) => q(`filter[${name}]`, `${f.description ? f.description + ": " : ""}${KIND_HELP[f.kind]}${f.values ? ` (${f.values.join(", ")})` : ""}.`)),
  ];
}

type OpenApiDoc = { paths?: Record<string, Record<string, any>>; servers?: unknown; info?: any; components?: any };

const ERROR_RESPONSES: Record<string, string> = {
  "400": "Invalid input", "401": "Missing, invalid or expired token", "403": "Not allowed for this role",
  "404": "Not found", "409": "Conflict with the current state",
};

/**
 * Sofa documents every root field of the shared schema; keep only this system's documented routes, drop body
 * args it also lists as query params, and add the error responses and base URLs legacy clients need.
 */
export function openApiFilter(doc: OpenApiDoc, sys: SystemRest): OpenApiDoc {
  const wanted = new Map(sys.routes.map((r) => [`${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`, r]));
  const paths: Record<string, Record<string, any>> = {};
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const route = wanted.get(`${method} ${path}`);
      if (!route) continue;
      if (op.requestBody) op.parameters = (op.parameters ?? []).filter((p: any) => p.in !== "query");
      if (route.bodyArg && op.requestBody?.content?.["application/json"]?.schema?.properties?.[route.bodyArg]) {
        op.requestBody.content["application/json"].schema = op.requestBody.content["application/json"].schema.properties[route.bodyArg];
        // the REST layer maps documented snake_case body keys onto the camelCase input fields: document those keys
        if (sys.dialect.snakeCaseFields) snakeCaseSchema(op.requestBody.content["application/json"].schema, doc.components?.schemas ?? {});
      }
      if (route.grammar) op.parameters = [...(op.parameters ?? []).filter((p: any) => p.in !== "query" || !LIST_ARGS.has(p.name)), ...grammarParameters(route.grammar)];
      if (route.select && sys.dialect.fieldsParam && route.method === "GET") {
        op.parameters = [...(op.parameters ?? []), { name: sys.dialect.fieldsParam, in: "query", required: false, schema: { type: "string" }, description: "Sparse fieldset: comma-separated response keys (e.g. id,label)." }];
      }
      if (route.status === 204) op.responses = { "204": { description: "No content" } };
      for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
        op.responses[status] ??= { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
      }
      op.summary ??= route.summary;
      op.operationId ??= route.operation.replace(".", "_");
      (paths[path] ??= {})[method] = op;
    }
  }
  return {
    ...doc,
    paths,
    servers: [{ url: `/${sys.system}`, description: "main port" }, { url: sys.documentedBaseUrl, description: `legacy port (${sys.legacyPortEnv})` }],
    components: { ...doc.components, schemas: { ...doc.components?.schemas, Error: sys.dialect.errorSchema } },
  };
}


/** Renames an input schema's properties (and `required`) to snake_case, following $refs into nested input objects. */
function snakeCaseSchema(schema: any, components: Record<string, any>, seen = new Set<any>()): void {
  const target = typeof schema?.$ref === "string" ? components[schema.$ref.split("/").at(-1)] : schema;
  if (!target || typeof target !== "object" || seen.has(target)) return;
  seen.add(target);
  if (target.items) snakeCaseSchema(target.items, components, seen);
  if (!target.properties) return;
  target.properties = Object.fromEntries(Object.entries(target.properties).map(([k, v]) => [snakeCase(k), v]));
  if (Array.isArray(target.required)) target.required = target.required.map(snakeCase);
  for (const v of Object.values(target.properties)) snakeCaseSchema(v, components, seen);
}
