import type { Context } from "../../../kernel/context.ts";
import { invalid } from "../../../kernel/errors.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { missing } from "../shared/ids.ts";
import { staffIdOf } from "../roles.ts";
import { assertContentExists, referenceIdOf, type ContentType } from "./content.ts";
import { MAX_DETAILS_CHARS } from "./activity.validation.ts";

export type ActivityInput = {
  type?: string | null; content?: string | number | null; contentType?: ContentType | null;
  message?: string | null; details?: unknown;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });

/**
 * Writes one activity entry (other areas log their own changes through this, inside their transaction). The
 * content is not checked here: callers log about rows they have just touched.
 */
export function logActivity(tx: Prisma.TransactionClient | Context["db"], entry: {
  type: string; contentType: ContentType; contentId: number; userId: number | null; message?: string; details?: Prisma.InputJsonValue;
}) {
  return tx.auctionActivity.create({
    data: { type: entry.type, contentType: entry.contentType, contentId: entry.contentId, userId: entry.userId, message: entry.message ?? "", details: entry.details ?? {} },
  });
}

/** POST activities: the caller is the user; the content (an item unless content_type says otherwise) must exist. */
export async function createActivity(ctx: Context, input: ActivityInput) {
  if (!input.type) throw required("type");
  if (input.content === undefined || input.content === null || String(input.content).trim() === "") throw required("content");
  const contentType = input.contentType ?? "item";
  const contentId = referenceIdOf(input.content, "content");
  const details = input.details ?? {};
  if (typeof details !== "object" || Array.isArray(details)) {
    throw invalid("Invalid details format", { fields: [{ path: "details", message: "must be a JSON object" }] });
  }
  if (JSON.stringify(details).length > MAX_DETAILS_CHARS) {
    throw invalid("Invalid details format", { fields: [{ path: "details", message: `must be at most ${MAX_DETAILS_CHARS} characters of JSON` }] });
  }
  await assertContentExists(ctx.db, contentType, contentId, "content");
  return logActivity(ctx.db, {
    type: input.type, contentType, contentId, userId: staffIdOf(ctx), message: input.message ?? "", details: details as Prisma.InputJsonValue,
  });
}

export async function findActivity(ctx: Context, id: number, query: object) {
  const activity = await ctx.db.auctionActivity.findUnique({ ...query, where: { id } });
  if (!activity) throw missing("Activity", id);
  return activity;
}
