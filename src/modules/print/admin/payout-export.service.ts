import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { formatMajor } from "../../../kernel/money.ts";
import type { PrintPayoutStatus } from "../../../../generated/prisma/enums.ts";
import { toCsv } from "./csv.ts";
import type { PayoutExport } from "./payout.type.ts";

export const EXPORT_HEADER = ["id", "shop_name", "shopkeeper_id", "amount", "status", "reference", "payment_order_id", "created_at", "paid_at"];
// an export is built in memory: past this, the admin narrows the date range instead
const MAX_EXPORT_ROWS = 100_000;
const DAY_MS = 86_400_000;

export type ExportFilter = { status?: PrintPayoutStatus | null; from?: string | null; to?: string | null };

const isDateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
/** `from` is inclusive; `to` too: a date-only `to` includes that whole UTC day. */
function createdAtRange(from?: string | null, to?: string | null) {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date; lte?: Date } = {};
  if (from) range.gte = new Date(isDateOnly(from) ? `${from}T00:00:00Z` : from);
  if (to && isDateOnly(to)) range.lt = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  else if (to) range.lte = new Date(to);
  if (range.gte && ((range.lt && range.gte >= range.lt) || (range.lte && range.gte > range.lte))) throw badRequest("from must not be after to");
  return range;
}

/** Payouts matching the filter, oldest first, as CSV with the documented columns. */
export async function exportPayouts(ctx: Context, filter: ExportFilter, now = new Date()): Promise<PayoutExport> {
  const createdAt = createdAtRange(filter.from, filter.to);
  const where = { ...(filter.status ? { status: filter.status } : {}), ...(createdAt ? { createdAt } : {}) };
  const count = await ctx.db.printPayout.count({ where });
  if (count > MAX_EXPORT_ROWS) throw badRequest(`Too many payouts to export (${count}); narrow the date range (at most ${MAX_EXPORT_ROWS}).`);
  const payouts = await ctx.db.printPayout.findMany({
    where,
    orderBy: { id: "asc" },
    select: { id: true, shopkeeperId: true, amount: true, status: true, reference: true, paymentOrderId: true, createdAt: true, paidAt: true,
      shopkeeper: { select: { shopName: true } } },
  });
  const rows = payouts.map((p) => [p.id, p.shopkeeper.shopName, p.shopkeeperId, formatMajor(p.amount), p.status, p.reference,
    p.paymentOrderId, p.createdAt.toISOString(), p.paidAt?.toISOString() ?? null]);
  const day = now.toISOString().slice(0, 10).replace(/-/g, "");
  return { filename: `payouts-${day}.csv`, rowCount: rows.length, csv: toCsv(EXPORT_HEADER, rows) };
}
