import type { Context } from "../../../kernel/context.ts";
import { invalid } from "../../../kernel/errors.ts";
import { staffIdOf } from "../roles.ts";
import type { ReferenceType } from "./note.validation.ts";

export type NoteInput = { reference?: string | null; note?: string | null; referenceType?: ReferenceType | null };

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });

/** Whether the record a note names exists, in the table its type names. */
function exists(ctx: Context, type: ReferenceType, id: number): Promise<number> {
  const where = { where: { id } };
  switch (type) {
    case "item": return ctx.db.auctionItem.count(where);
    case "order": return ctx.db.auctionOrder.count(where);
    case "client": return ctx.db.auctionClient.count(where);
    case "sale": return ctx.db.auctionSale.count(where);
    case "consignment": return ctx.db.auctionConsignment.count(where);
    case "transaction": return ctx.db.auctionTransaction.count(where);
    case "task": return ctx.db.auctionTask.count(where);
  }
}

/** A note on an existing record (items when no type is given, as the legacy notes are), by the signed-in staff member. */
export async function createNote(ctx: Context, input: NoteInput) {
  if (!input.reference) throw required("reference");
  if (!input.note?.trim()) throw required("note");
  const type = input.referenceType ?? "item";
  const unknown = () => invalid("Unknown reference", { fields: [{ path: "reference", message: `The ${type} with ID ${input.reference} does not exist` }] });
  if (!/^\d{1,9}$/.test(input.reference.trim())) throw unknown();
  const referenceId = Number(input.reference);
  if (!(await exists(ctx, type, referenceId))) throw unknown();
  return ctx.db.auctionNote.create({ data: { referenceType: type, referenceId, note: input.note.trim(), userId: staffIdOf(ctx) } });
}
