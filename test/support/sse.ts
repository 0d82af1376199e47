export type SseMessage = { event: string; data: any };

/**
 * A GraphQL-over-SSE subscription opened with fetch (`Accept: text/event-stream`), its messages parsed as they arrive.
 * `ready` resolves on Yoga's first ping, once the subscription is live on the server; `next()` yields the next
 * message, "timeout" when none arrives within `ms`, or "ended".
 */
export async function sseSubscribe(url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const abort = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: "POST", signal: abort.signal,
    headers: { accept: "text/event-stream", "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const messages: SseMessage[] = [];
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
    contentType: res.headers.get("content-type"),
    ready,
    next: async (ms = 5_000): Promise<SseMessage | "timeout" | "ended"> => {
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
