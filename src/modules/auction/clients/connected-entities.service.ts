import type { Context } from "../../../kernel/context.ts";
import { badRequest, DomainError } from "../../../kernel/errors.ts";
import { clientRefSelect, type ConnectedEntities } from "./client-relations.type.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client's client-connect group and how many records of each kind it owns (counted by the database). */
export async function connectedEntities(ctx: Context, uuid: string | null | undefined): Promise<ConnectedEntities> {
  const text = (uuid ?? "").trim();
  if (!text) throw badRequest("The field 'uuid' is required", { fields: [{ path: "uuid", message: "This field is required" }] });
  if (!UUID.test(text)) throw badRequest(`Invalid uuid '${text}'`, { fields: [{ path: "uuid", message: "must be a UUID" }] });
  const client = await ctx.db.auctionClient.findUnique({
    where: { uuid: text.toLowerCase() },
    select: {
      ...clientRefSelect, connectedToId: true,
      _count: { select: { orders: true, consignments: true, transactions: true, itemsWon: true, addresses: true, calls: true, bidders: true } },
    },
  });
  if (!client) throw new DomainError("NOT_FOUND", `Client with UUID ${text} does not exist`);
  const primaryId = client.connectedToId ?? client.id;
  const about = { referenceType: "client", referenceId: client.id };
  const [group, notes, tasks] = await Promise.all([
    ctx.db.auctionClient.findMany({ where: { OR: [{ id: primaryId }, { connectedToId: primaryId }] }, select: clientRefSelect, orderBy: { id: "asc" } }),
    ctx.db.auctionNote.count({ where: about }),
    ctx.db.auctionTask.count({ where: about }),
  ]);
  const { _count: c, connectedToId: _, ...ref } = client;
  return {
    client: ref,
    primary: group.find((g) => g.id === primaryId) ?? ref,
    connectedClients: group.filter((g) => g.id !== client.id),
    counts: {
      orders: c.orders, consignments: c.consignments, transactions: c.transactions, itemsWon: c.itemsWon, addresses: c.addresses,
      calls: c.calls, bidderRegistrations: c.bidders, notes, tasks,
    },
  };
}
