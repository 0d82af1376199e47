import { print, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

export type HttpResult<T = any> = { status: number; body: T; headers: Headers; text: string };

/** A REST call; fails loudly with the request and response when the status is not the expected one. */
export async function http<T = any>(method: string, url: string, opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.raw;
  if (opts.body !== undefined) { body = JSON.stringify(opts.body); headers["content-type"] ??= "application/json"; }
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
  return { status: res.status, body: parsed as T, headers: res.headers, text };
}

/** A REST client bound to one base URL (main port + /<system>, or a legacy port). */
export function restClient(base: string) {
  const call = (method: string) => <T = any>(path: string, opts: Parameters<typeof http>[2] = {}) => http<T>(method, base + path, opts);
  return { get: call("GET"), post: call("POST"), patch: call("PATCH"), put: call("PUT"), delete: call("DELETE") };
}

export type GraphQLResult<T> = { status: number; data?: T; errors?: { message: string; extensions?: { code?: string; details?: any } }[] };

/** A GraphQL call with a typed document (codegen) or a plain string. */
export async function gql<T = any, V = Record<string, unknown>>(url: string, doc: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, token?: string): Promise<GraphQLResult<T>> {
  const res = await http("POST", `${url}/graphql`, { token, body: { query: typeof doc === "string" ? doc : print(doc), variables } });
  return { status: res.status, ...(res.body as object) };
}
