import type { Plugin } from "graphql-yoga";
import type { Db } from "../db/prisma.ts";

/** Development only: GET /dev/outbox lists the newest queued/sent mails (?to= filters by recipient). */
export function useDevOutbox(db: Db): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (url.pathname !== "/dev/outbox" || request.method !== "GET") return;
      const to = url.searchParams.get("to") ?? undefined;
      const mails = await db.kernelMail.findMany({ where: to ? { to } : {}, orderBy: { createdAt: "desc" }, take: 50 });
      endResponse(Response.json(mails));
    },
  };
}
