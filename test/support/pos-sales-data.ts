import { expect } from "vitest";
import type { TestApp } from "./test-app.ts";
import { posCustomer, posProduct, posTenant, posUser } from "./pos-factory.ts";

/** A tenant (settings given) with an ADMIN, a MANAGER, a CASHIER bound to stores[0], and a second tenant's ADMIN. */
export async function salesWorld(app: TestApp, settings: Record<string, unknown> = {}) {
  const tenant = await posTenant(app, settings);
  const [admin, manager, cashier, otherTenant, superAdmin] = await Promise.all([
    posUser(app, "ADMIN", tenant.id),
    posUser(app, "MANAGER", tenant.id),
    posUser(app, "CASHIER", tenant.id, { storeId: tenant.stores[0].id }),
    posTenant(app),
    posUser(app, "SUPER_ADMIN", null),
  ]);
  const stranger = await posUser(app, "ADMIN", otherTenant.id);
  const store = tenant.stores[0];
  const product = (fields: Record<string, unknown> = {}, quantity = 100) =>
    posProduct(app, tenant.id, fields, quantity === null ? [] : [{ storeId: store.id, quantity }]);
  const customer = (fields: Record<string, unknown> = {}) => posCustomer(app, tenant.id, fields);
  const stockOf = async (productId: string, storeId = store.id) =>
    (await app.services.db.posStock.findFirst({ where: { storeId, productId, variantKey: "" } }))?.quantity ?? null;
  const customerRow = (id: string) => app.services.db.posCustomer.findUniqueOrThrow({ where: { id } });
  return { tenant, store, admin, manager, cashier, stranger, superAdmin, otherTenant, product, customer, stockOf, customerRow };
}
export type SalesWorld = Awaited<ReturnType<typeof salesWorld>>;

type Api = { post: (p: string, body?: unknown) => Promise<{ status: number; body: any; text: string }> };

/** A checkout that must succeed (201): returns the sale. */
export async function sell(user: { api: Api }, body: Record<string, unknown>) {
  const res = await user.api.post("/v1/sales/checkout", body);
  expect(res.status, res.text).toBe(201);
  expect(res.body.success).toBe(true);
  return res.body.data;
}

/** The 422 of a refused business rule, with its specific code in error.details.code. */
export function expect422(res: { status: number; body: any; text: string }, code?: string) {
  expect(res.status, res.text).toBe(422);
  expect(res.body.success).toBe(false);
  expect(res.body.error.code).toBe("UNPROCESSABLE");
  if (code) expect(res.body.error.details?.code).toBe(code);
}

/**
 * A GraphQL-over-SSE subscription (`Accept: text/event-stream`); `ready` resolves on Yoga's first ping, once the
 * subscription is live; `next()` yields the next event's payload, "timeout" or "ended".
 */
export async function sseSubscribe(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const abort = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: "POST", signal: abort.signal,
    headers: { accept: "text/event-stream", "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const messages: { event: string; data: any }[] = [];
  const waiting: (() => void)[] = [];
  const wake = () => { for (const w of waiting.splice(0)) w(); };
  let pinged!: () => void;
  const ready = new Promise<void>((resolve) => { pinged = resolve; });
  let ended = false;
  void (async () => {
    let buffer = "";
    try {
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        buffer += r.value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(":")) { pinged(); continue; }
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
          const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n");
          messages.push({ event, data: data ? JSON.parse(data) : null });
          wake();
        }
      }
    } catch { /* aborted */ }
    ended = true;
    pinged();
    wake();
  })();
  let read = 0;
  return {
    status: res.status,
    ready,
    next: async (ms = 5_000): Promise<{ event: string; data: any } | "timeout" | "ended"> => {
      const deadline = Date.now() + ms;
      while (read >= messages.length) {
        if (ended) return "ended";
        const left = deadline - Date.now();
        if (left <= 0) return "timeout";
        await new Promise<void>((resolve) => { waiting.push(resolve); setTimeout(resolve, left); });
      }
      return messages[read++]!;
    },
    close: () => abort.abort(),
  };
}
