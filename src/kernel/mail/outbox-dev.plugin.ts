import type { Plugin } from "graphql-yoga";
import type { Db } from "../db/prisma.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Opt-in (DEV_OUTBOX=true, never in production): GET /dev/outbox lists the newest mails (?to= filters by
 * recipient), to loopback callers only — the mails hold sign-up codes and reset links.
 */
export function useDevOutbox(db: Db): Plugin {
  return {
    async onRequest({ url, request, endResponse, serverContext }) {
      if (url.pathname !== "/dev/outbox" || request.method !== "GET") return;
      const ip = (serverContext as { req?: { socket?: { remoteAddress?: string } } }).req?.socket?.remoteAddress ?? "";
      if (!LOOPBACK.has(ip)) return endResponse(Response.json({ error: "not found" }, { status: 404 }));
      const to = url.searchParams.get("to") ?? undefined;
      const mails = await db.kernelMail.findMany({ where: to ? { to } : {}, orderBy: { createdAt: "desc" }, take: 50 });
      endResponse(Response.json(mails));
    },
  };
}
