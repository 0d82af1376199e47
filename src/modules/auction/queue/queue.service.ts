import type { Context } from "../../../kernel/context.ts";
import { badRequest, forbidden, invalid } from "../../../kernel/errors.ts";
import { hasRole } from "../../../kernel/auth/principal.ts";
import { missing } from "../shared/ids.ts";
import { staffIdOf } from "../roles.ts";
import { isOperation, MAX_BULK_IDS, OPERATIONS, type BulkEntity } from "./queue.operations.ts";

export type DispatchInput = { operation?: string | null; entityType?: string | null; ids?: readonly (string | number)[] | null };

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const refused = (field: string, message: string) => badRequest(message, { title: message, fields: [{ path: field, message }] });

/** Which of the ids exist in the entity's table. */
async function existing(ctx: Context, entity: BulkEntity, ids: number[]): Promise<Set<number>> {
  const where = { where: { id: { in: ids } }, select: { id: true } } as const;
  const rows = entity === "item" ? await ctx.db.auctionItem.findMany(where)
    : entity === "client" ? await ctx.db.auctionClient.findMany(where)
    : await ctx.db.auctionOrder.findMany(where);
  return new Set(rows.map((r) => r.id));
}

/**
 * POST bulk-dispatcher: checks the operation (400 when unknown or not for that entity type), who may run it (403),
 * the ids (1 to 1000, numeric, all existing: 422) and queues one job; the worker does the work.
 */
export async function dispatch(ctx: Context, input: DispatchInput) {
  if (!input.operation) throw required("operation");
  if (!input.entityType) throw required("entityType");
  if (!input.ids?.length) throw required("ids");
  const operation = input.operation;
  if (!isOperation(operation)) throw refused("operation", `Unknown operation '${operation}' (one of ${Object.keys(OPERATIONS).join(", ")})`);
  const spec = OPERATIONS[operation];
  if (!(spec.entities as readonly string[]).includes(input.entityType)) {
    throw refused("entityType", `Operation '${operation}' applies to ${spec.entities.join(", ")}, not '${input.entityType}'`);
  }
  const entity = input.entityType as BulkEntity;
  if (!spec.roles.some((r) => hasRole(ctx.principal, r))) throw forbidden(`You may not run ${operation}`);
  if (input.ids.length > MAX_BULK_IDS) throw invalid("Too many ids", { fields: [{ path: "ids", message: `must list at most ${MAX_BULK_IDS} ids` }] });
  const bad = input.ids.filter((raw) => !/^\d{1,9}$/.test(String(raw).trim()) || Number(raw) < 1);
  if (bad.length) throw invalid("Invalid ids format", { fields: [{ path: "ids", message: `not ids: ${bad.slice(0, 10).join(", ")}` }] });
  const ids = [...new Set(input.ids.map((raw) => Number(String(raw).trim())))];
  const found = await existing(ctx, entity, ids);
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) {
    throw invalid(`Unknown ${entity} ids`, { fields: [{ path: "ids", message: `These ${entity}s do not exist: ${unknown.slice(0, 20).join(", ")}${unknown.length > 20 ? ", ..." : ""}` }] });
  }
  return ctx.db.auctionJob.create({ data: { operation, entityType: entity, ids, createdById: staffIdOf(ctx) } });
}

export async function findJob(ctx: Context, id: number, query: object) {
  const job = await ctx.db.auctionJob.findUnique({ ...query, where: { id } });
  if (!job) throw missing("Queue item", id);
  return job;
}
