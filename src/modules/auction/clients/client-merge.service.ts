import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { bodyId, bodyIds, unknownClients } from "./client-body-ids.ts";
import { lockClients } from "./client-connect.service.ts";
import { itemActor, updateItems } from "../items/item-history.ts";

export type MergeInput = {
  sourceClients?: readonly string[] | null; targetClient?: string | null;
  mergeTransactions?: boolean | null; mergeOrders?: boolean | null; mergeItems?: boolean | null;
};

/**
 * Merges duplicate clients into a target in one transaction: their transactions, orders and items won as the flags
 * ask (default: all), and always their addresses (the target keeps its default), calls, consignments, bidder
 * registrations, notes, tasks and connected records. The sources are then marked `deleted` rather than removed:
 * whatever the flags left on them, and activity history, still names them. Balances follow (they are computed).
 */
export async function mergeClients(ctx: Context, input: MergeInput) {
  const sources = bodyIds(input.sourceClients, "sourceClients");
  const target = bodyId(input.targetClient, "targetClient");
  if (sources.includes(target)) throw invalid("Invalid source clients", { fields: [{ path: "sourceClients", message: "The target client cannot be one of the sources" }] });
  const move = { transactions: input.mergeTransactions ?? true, orders: input.mergeOrders ?? true, items: input.mergeItems ?? true };
  const bySource = { in: sources };

  return ctx.db.$transaction(async (tx) => {
    const rows = await lockClients(tx, [target, ...sources]);
    if (!rows.has(target)) throw unknownClients("targetClient", [target]);
    const absent = sources.filter((id) => !rows.has(id));
    if (absent.length) throw unknownClients("sourceClients", absent);
    const deleted = [target, ...sources].filter((id) => rows.get(id)!.status === "deleted");
    if (deleted.length) throw new DomainError("UNPROCESSABLE", `Deleted clients cannot be merged (client ${deleted.join(", ")})`, { title: "Cannot merge a deleted client" });

    if (move.transactions) await tx.auctionTransaction.updateMany({ where: { clientId: bySource }, data: { clientId: target } });
    if (move.orders) await tx.auctionOrder.updateMany({ where: { ownerId: bySource }, data: { ownerId: target } });
    if (move.items) {
      // through the item service, so each winner change is in the item's history like any other
      const won = await tx.auctionItem.findMany({ where: { winnerId: bySource }, select: { id: true } });
      await updateItems(tx, itemActor(ctx), won.map((i) => ({ id: i.id, set: { winnerId: target } })));
    }
    await tx.auctionConsignment.updateMany({ where: { ownerId: bySource }, data: { ownerId: target } });
    await tx.auctionCall.updateMany({ where: { clientId: bySource }, data: { clientId: target } });
    await tx.auctionSaleBidder.updateMany({ where: { clientId: bySource }, data: { clientId: target } });
    await tx.auctionNote.updateMany({ where: { referenceType: "client", referenceId: bySource }, data: { referenceId: target } });
    await tx.auctionTask.updateMany({ where: { referenceType: "client", referenceId: bySource }, data: { referenceId: target } });

    // addresses: the target's default stays; without one, the default of the first source (in the request's order)
    // that has one becomes it, else the oldest address
    const targetDefault = await tx.auctionClientAddress.count({ where: { clientId: target, isDefault: true } });
    const sourceDefaults = targetDefault ? [] : await tx.auctionClientAddress.findMany({ where: { clientId: bySource, isDefault: true }, select: { id: true, clientId: true } });
    await tx.auctionClientAddress.updateMany({ where: { clientId: bySource }, data: { clientId: target, isDefault: false } });
    if (!targetDefault) {
      const promoted = sources.map((s) => sourceDefaults.find((d) => d.clientId === s)?.id).find((id) => id !== undefined)
        ?? (await tx.auctionClientAddress.findFirst({ where: { clientId: target }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } }))?.id;
      if (promoted) await tx.auctionClientAddress.update({ where: { id: promoted }, data: { isDefault: true } });
    }

    // records connected to a source now belong to the target's group (the target itself leaves a source's group)
    await tx.auctionClient.updateMany({ where: { connectedToId: bySource, id: { notIn: [target, ...sources] } }, data: { connectedToId: target } });
    if (sources.includes(rows.get(target)!.connectedToId ?? 0)) await tx.auctionClient.update({ where: { id: target }, data: { connectedToId: null } });
    await tx.auctionClient.updateMany({ where: { id: bySource }, data: { status: "deleted", connectedToId: null } });
    return { mergedClientId: target, deletedClients: sources };
  });
}
