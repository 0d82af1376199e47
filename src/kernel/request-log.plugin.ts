import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "./logger.ts";

type Timing = { requestId?: string; startedAt?: number };

/** A request id per request (kept from X-Request-Id when sent), echoed back and on every log line. */
export function useRequestLog(log: Logger): Plugin {
  return {
    onRequest({ request, serverContext }) {
      const sc = serverContext as Timing;
      sc.requestId = request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
      sc.startedAt = performance.now();
    },
    onResponse({ request, response, serverContext, setResponse }) {
      const sc = serverContext as Timing;
      // Node writes the Response's statusText as the reason phrase: `new Response(x, {status: 409})` has none
      if (!response.statusText && STATUS_CODES[response.status]) {
        response = new Response(response.body, { status: response.status, statusText: STATUS_CODES[response.status], headers: response.headers });
        setResponse(response);
      }
      if (sc.requestId) response.headers.set("x-request-id", sc.requestId);
      if (!log.isLevelEnabled("info")) return;
      const url = new URL(request.url);
      log.info({ reqId: sc.requestId, method: request.method, path: url.pathname, status: response.status,
        ms: sc.startedAt ? Math.round((performance.now() - sc.startedAt) * 10) / 10 : undefined }, "request");
    },
  };
}
