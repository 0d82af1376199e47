import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { itemActor, itemLabel, updateItems, type ItemPatch, type ItemStatus } from "./item-history.ts";
import { BULK_FIELDS, bodyIdOf, bodyIdsOf, moneyOf, type BulkField } from "./item.validation.ts";

type Tx = Prisma.TransactionClient;
export type BulkInput = {
  operation: string;
  items: readonly unknown[];
  values?: { status?: string | null } | null;
  field?: string | null;
  value?: unknown;
};
export type BulkResult = { success: true; operation: string; itemsProcessed: number };

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const refuse = (message: string) => new DomainError("UNPROCESSABLE", message, { fields: [{ path: "items", message }] });
const listOf = (items: { id: number; lot: string | null }[]) => items.map(itemLabel).join(", ");

/**
 * items-bulk: one operation on many items, all or nothing in one transaction. Unknown items are a 422 listing them.
 * - update_status: `values.status`; a sold item keeps its status until its winning bid is removed, and `sold`
 *   needs a hammer price and a winner (the item rules of updateItems);
 * - update_field: one whitelisted field (category, description, estimates, reserve price, consignment), typed;
 * - delete: refused for items on any order (their invoice lines would go with them).
 */
export async function bulkItems(ctx: Context, input: BulkInput): Promise<BulkResult> {
  const ids = bodyIdsOf(input.items, "items");
  const result = { success: true as const, operation: input.operation, itemsProcessed: ids.length };
  const status = input.operation === "update_status" ? statusOf(input) : undefined;
  const field = input.operation === "update_field" ? fieldOf(input) : undefined;
  await ctx.db.$transaction(async (tx) => {
    const items = await tx.auctionItem.findMany({
      where: { id: { in: ids } },
      select: { id: true, lot: true, saleId: true, status: true, _count: { select: { orderLines: true } } },
    });
    const unknown = ids.filter((id) => !items.some((i) => i.id === id));
    if (unknown.length) throw invalid(`Unknown items: ${unknown.join(", ")}`, { fields: [{ path: "items", message: `Items ${unknown.join(", ")} do not exist` }] });

    if (status) {
      const sold = items.filter((i) => i.status === "sold" && status !== "sold");
      if (sold.length && status === "withdrawn") throw refuse(`Sold items cannot be withdrawn: ${listOf(sold)}`);
      if (sold.length) throw refuse(`Sold items keep their status until their winning bid is removed: ${listOf(sold)}`);
      await updateItems(tx, itemActor(ctx), ids.map((id) => ({ id, set: { status } })));
    } else if (field) {
      const patch = await patchOf(tx, field, input.value, items);
      await updateItems(tx, itemActor(ctx), ids.map((id) => ({ id, set: patch })));
    } else {
      const onOrders = items.filter((i) => i._count.orderLines > 0);
      if (onOrders.length) throw refuse(`Items on an order cannot be deleted: ${listOf(onOrders)}`);
      await tx.auctionItem.deleteMany({ where: { id: { in: ids } } });
    }
  });
  return result;
}

function statusOf(input: BulkInput): ItemStatus {
  const status = input.values?.status;
  if (!status) throw required("values.status");
  return status as ItemStatus; // the input's validation already checked it is an item status
}

function fieldOf(input: BulkInput): BulkField {
  if (!input.field) throw required("field");
  if (!(BULK_FIELDS as readonly string[]).includes(input.field)) {
    throw invalid(`Invalid field format`, { fields: [{ path: "field", message: `must be one of ${BULK_FIELDS.join(", ")}` }] });
  }
  if (input.value === undefined) throw required("value");
  return input.field as BulkField;
}

/** The typed value of an update_field call, checked against the database, as the patch of every item. */
async function patchOf(tx: Tx, field: BulkField, raw: unknown, items: { id: number; saleId: number }[]): Promise<ItemPatch> {
  switch (field) {
    case "estimate_low": { const v = moneyOf(raw, "value"); return { estimateLow: v }; }
    case "estimate_high": { const v = moneyOf(raw, "value"); return { estimateHigh: v }; }
    case "reserve_price": { const v = moneyOf(raw, "value"); return { reservePrice: v }; }
    case "description": {
      if (raw !== null && typeof raw !== "string") throw invalid("Invalid value format", { fields: [{ path: "value", message: "must be text" }] });
      const text = (raw ?? "").trim();
      if (text.length > 20_000) throw invalid("Invalid value format", { fields: [{ path: "value", message: "must be at most 20000 characters" }] });
      return { description: text };
    }
    case "category": {
      if (raw === null || raw === "") return { categoryId: null };
      const id = bodyIdOf(raw, "value");
      if (!(await tx.auctionCategory.count({ where: { id } }))) throw invalid("Unknown category", { fields: [{ path: "value", message: `Category ${id} does not exist` }] });
      return { categoryId: id };
    }
    case "consignment": {
      if (raw === null || raw === "") return { consignmentId: null };
      const id = bodyIdOf(raw, "value");
      const consignment = await tx.auctionConsignment.findUnique({ where: { id }, select: { saleId: true, number: true } });
      if (!consignment) throw invalid("Unknown consignment", { fields: [{ path: "value", message: `Consignment ${id} does not exist` }] });
      const elsewhere = items.filter((i) => i.saleId !== consignment.saleId);
      if (elsewhere.length) {
        throw refuse(`Consignment #${consignment.number} belongs to another sale than items ${elsewhere.map((i) => i.id).join(", ")}`);
      }
      return { consignmentId: id };
    }
  }
}
