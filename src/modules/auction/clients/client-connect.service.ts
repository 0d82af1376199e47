import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { bodyId, bodyIds, unknownClients } from "./client-body-ids.ts";

type Tx = Prisma.TransactionClient;
export type ConnectInput = { clients?: readonly string[] | null; primaryClient?: string | null };
export type LockedClient = { id: number; status: string; connectedToId: number | null };

/** The clients' rows, locked for the rest of the transaction (in id order, so concurrent calls cannot deadlock). */
export async function lockClients(tx: Tx, ids: number[]): Promise<Map<number, LockedClient>> {
  const rows = await tx.$queryRaw<LockedClient[]>`
    SELECT id, status::text AS status, "connectedToId" FROM auction_clients WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Connects records of the same person to a primary one. Groups are stars: the primary points nowhere and every
 * other record points at it, so a connection can never form a chain or a cycle. Records already connected to one
 * of the connected clients follow it to the new primary.
 */
export async function connectClients(ctx: Context, input: ConnectInput) {
  const ids = bodyIds(input.clients, "clients");
  const primary = bodyId(input.primaryClient, "primaryClient");
  if (ids.length < 2) throw invalid("Too few clients", { fields: [{ path: "clients", message: "Connect at least two different clients" }] });
  if (!ids.includes(primary)) throw invalid("Invalid primary client", { fields: [{ path: "primaryClient", message: "The primary client must be one of the clients" }] });
  const others = ids.filter((id) => id !== primary);
  return ctx.db.$transaction(async (tx) => {
    const rows = await lockClients(tx, ids);
    const absent = ids.filter((id) => !rows.has(id));
    if (absent.length) throw unknownClients("clients", absent);
    const deleted = ids.filter((id) => rows.get(id)!.status === "deleted");
    if (deleted.length) throw new DomainError("UNPROCESSABLE", `Deleted clients cannot be connected (client ${deleted.join(", ")})`, { title: "Cannot connect a deleted client" });
    const head = rows.get(primary)!.connectedToId;
    if (head !== null && !ids.includes(head)) {
      // making it primary here would leave its own primary pointing into a chain
      throw new DomainError("UNPROCESSABLE", `Client ${primary} is connected to client ${head}: connect to client ${head} instead, or include it`, {
        title: "The primary client is connected to another record",
      });
    }
    await tx.auctionClient.update({ where: { id: primary }, data: { connectedToId: null } });
    await tx.auctionClient.updateMany({ where: { connectedToId: { in: others } }, data: { connectedToId: primary } });
    await tx.auctionClient.updateMany({ where: { id: { in: others } }, data: { connectedToId: primary } });
    const group = await tx.auctionClient.findMany({ where: { connectedToId: primary }, select: { id: true }, orderBy: { id: "asc" } });
    return { primaryClient: primary, connectedClients: group.map((c) => c.id) };
  });
}
