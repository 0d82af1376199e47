import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Services } from "../src/kernel/context.ts";

const PHOTOGRAPHER = { id: true, name: true, email: true } as const;
const PROJECT = {
  id: true, name: true, type: true, status: true, locationName: true, startAt: true, endAt: true, projectLink: true,
  termsAndConditions: true, timezone: true, createdAt: true, updatedAt: true,
  photographers: { select: { photographer: { select: PHOTOGRAPHER } }, orderBy: { assignedAt: "asc" as const } },
} as const;

/**
 * The baseline: GET /photo/v1/projects written by hand on plain node:http — same token check, same Prisma query
 * (where, order, select), same JSON shape — with no GraphQL, sofa or yoga in between.
 */
export async function startHandwritten(services: Services): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    try {
      const header = req.headers.authorization;
      const principal = await services.tokens.verify(header?.match(/^Bearer\s+(\S+)$/i)?.[1]);
      if (!principal || principal.system !== "photo" || principal.role !== "operator" || !principal.tenantId) {
        return send(res, 401, { error: { code: "UNAUTHENTICATED", message: "Authentication required" } });
      }
      const projects = await services.db.photoProject.findMany({
        where: { status: { not: "archived" }, operatorId: principal.tenantId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: PROJECT,
      });
      send(res, 200, projects.map((p) => ({ ...p, photographers: p.photographers.map((a) => a.photographer) })));
    } catch (error) {
      send(res, 500, { error: { code: "INTERNAL", message: String(error) } });
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/photo/v1/projects`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeIdleConnections(); }),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) });
  res.end(json);
}
