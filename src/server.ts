import http from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "./app.ts";
import { systems } from "./modules/systems.ts";

export type Listening = { port: number; legacyPorts: Record<string, number>; close: (graceMs?: number) => Promise<void> };

/**
 * The main port serves everything; each configured legacy port serves one system at its documented paths by
 * prefixing the system's mount point, so legacy clients keep their base URL and hit the very same handlers.
 */
export async function listen(app: App, opts: { port: number; host?: string; legacyPorts?: Record<string, number | undefined> }): Promise<Listening> {
  const servers: http.Server[] = [];
  const start = async (handler: http.RequestListener, port: number) => {
    const server = http.createServer(handler);
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => { server.once("error", reject); server.listen(port, opts.host, resolve); });
    servers.push(server);
    return (server.address() as AddressInfo).port;
  };
  const port = await start(app as unknown as http.RequestListener, opts.port);
  const legacyPorts: Record<string, number> = {};
  for (const sys of systems) {
    const legacy = opts.legacyPorts?.[sys.id];
    if (legacy === undefined) continue;
    const prefix = `/${sys.id}`;
    legacyPorts[sys.id] = await start((req, res) => {
      req.url = prefix + (req.url ?? "/");
      (app as unknown as http.RequestListener)(req, res);
    }, legacy);
  }
  return {
    port, legacyPorts,
    // stop accepting, let in-flight requests finish, drop idle keep-alive sockets; after a grace period cut the rest
    close: (graceMs = 10_000) => Promise.all(servers.map((s) => new Promise<void>((resolve) => {
      const cut = setTimeout(() => s.closeAllConnections(), graceMs).unref();
      s.close(() => { clearTimeout(cut); resolve(); });
      s.closeIdleConnections();
    }))).then(() => undefined),
  };
}
