import type { Plugin } from "graphql-yoga";
import type { Db } from "./db/prisma.ts";

/** /healthz: the process answers. /readyz: it can reach its database. */
export function useHealth(db: Db): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === "/healthz") return endResponse(Response.json({ status: "ok" }));
      if (url.pathname === "/readyz") {
        try {
          await db.$queryRaw`select 1`;
          return endResponse(Response.json({ status: "ready" }));
        } catch {
          return endResponse(Response.json({ status: "unavailable" }, { status: 503 }));
        }
      }
    },
  };
}
