import type { Context } from "../../../kernel/context.ts";
import { badRequest, conflict, notFound } from "../../../kernel/errors.ts";
import { offsetOf, type OffsetPage } from "../../../kernel/pagination.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { PrintPayoutStatus } from "../../../../generated/prisma/enums.ts";
import { DEFAULT_LIMIT } from "./admin.validation.ts";

export type PayoutFilter = { status?: PrintPayoutStatus | null; page?: number | null; limit?: number | null };
export type PayoutChange = { status: PrintPayoutStatus; reference?: string | null; note?: string | null };
type PlannedQuery = { select?: object; include?: object };
type Tx = Prisma.TransactionClient;

/** One page of every shop's payouts, newest first, plus the total (two statements). */
export async function listPayouts(ctx: Context, filter: PayoutFilter, query: PlannedQuery): Promise<OffsetPage> {
  const page = filter.page ?? 1;
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const where = filter.status ? { status: filter.status } : {};
  const [items, total] = await Promise.all([
    ctx.db.printPayout.findMany({ ...query, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...offsetOf(page, limit) }),
    ctx.db.printPayout.count({ where }),
  ]);
  return { items, total, page, limit };
}

export const updatePayout = (ctx: Context, payoutId: number, change: PayoutChange) =>
  ctx.db.$transaction(async (tx) => {
    const rows = await lockPayouts(tx, [payoutId]);
    if (rows.length === 0) throw notFound("Payout");
    await applyChange(tx, rows, change);
  });

/** All or nothing: every listed payout exists and may take the status, or none changes. Returns how many changed. */
export const bulkUpdatePayouts = (ctx: Context, payoutIds: number[], change: PayoutChange) =>
  ctx.db.$transaction(async (tx) => {
    const ids = [...new Set(payoutIds)];
    const rows = await lockPayouts(tx, ids);
    const found = new Set(rows.map((r) => r.id));
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length) throw badRequest(`Unknown payout ids: ${unknown.join(", ")}`);
    await applyChange(tx, rows, change);
    return ids.length;
  });

// row locks make the "paid is final" check and the update one step against concurrent admins
const lockPayouts = (tx: Tx, ids: number[]) =>
  tx.$queryRaw<{ id: number; status: PrintPayoutStatus }[]>`
    SELECT id, status::text AS status FROM print_payouts WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;

/**
 * A paid payout is final (money left the platform): it may only stay paid (e.g. to add the transfer reference).
 * paid_at is stamped when a payout first becomes paid.
 */
async function applyChange(tx: Tx, rows: { id: number; status: PrintPayoutStatus }[], change: PayoutChange) {
  const paid = rows.filter((r) => r.status === "paid").map((r) => r.id);
  if (change.status !== "paid" && paid.length) {
    throw conflict(rows.length === 1 ? "A paid payout cannot change status" : `Paid payouts cannot change status: ${paid.join(", ")}`);
  }
  const ids = rows.map((r) => r.id);
  await tx.printPayout.updateMany({ where: { id: { in: ids } }, data: { status: change.status, reference: change.reference, note: change.note } });
  if (change.status === "paid") await tx.printPayout.updateMany({ where: { id: { in: ids }, paidAt: null }, data: { paidAt: new Date() } });
}
