import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SystemRest } from "./route-table.ts";

const require = createRequire(import.meta.url);
let bundle: Promise<string> | undefined;

/** Scalar's standalone bundle, served from node_modules so the docs page renders offline. */
export async function scalarBundle(): Promise<Response> {
  // dist/browser/standalone.js is not in the package's exports: resolve the main entry and walk to it
  bundle ??= readFile(path.join(path.dirname(require.resolve("@scalar/api-reference")), "browser", "standalone.js"), "utf8");
  return new Response(await bundle, { headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" } });
}

export function docsPage(sys: SystemRest, specUrl: string, scriptUrl: string): Response {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${sys.title} — REST API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><script id="api-reference" data-url="${specUrl}"></script><script src="${scriptUrl}"></script></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
