import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid } from "../../../kernel/errors.ts";
import { parseDate } from "../shared/dates.ts";
import { staffIdOf } from "../roles.ts";

export type CallInput = { client?: string | null; date?: string | null; notes?: string | null };

/** A call is logged by the signed-in staff member; without a date it took place now. */
export async function createCall(ctx: Context, input: CallInput) {
  if (!input.client) throw invalid("The field 'client' is required", { fields: [{ path: "client", message: "This field is required" }] });
  const unknown = () => invalid("Unknown client", { fields: [{ path: "client", message: `Client with ID ${input.client} does not exist` }] });
  if (!/^\d{1,9}$/.test(input.client.trim())) throw unknown();
  const client = await ctx.db.auctionClient.findUnique({ where: { id: Number(input.client) }, select: { id: true, status: true } });
  if (!client) throw unknown();
  if (client.status === "deleted") throw new DomainError("UNPROCESSABLE", "Calls cannot be logged for a deleted client");
  return ctx.db.auctionCall.create({
    data: { clientId: client.id, date: parseDate(input.date) ?? new Date(), notes: input.notes?.trim() ?? "", userId: staffIdOf(ctx) },
  });
}
