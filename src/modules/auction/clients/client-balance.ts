import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { Context } from "../../../kernel/context.ts";
import { ZERO, type Decimal } from "../shared/money.ts";

/**
 * Client balances for a whole page in one grouped query: amounts due on invoices and credit notes count for the
 * house, due amounts of consignor statements against it; canceled orders (and the credit notes that reversed them
 * when they were reissued) do not count.
 */
export const clientBalances = createContextCache((ctx: Context) => new DataLoader<number, Decimal>(async (ids) => {
  const rows = await ctx.db.auctionOrder.groupBy({
    by: ["ownerId", "type"],
    // a credit note of a canceled order (cancel-and-reissue) offsets an order that no longer counts: leave both out
    where: { ownerId: { in: [...ids] }, status: { not: "canceled" }, NOT: { type: "credit_note", creditedOrder: { status: "canceled" } } },
    _sum: { amountDue: true },
  });
  const totals = new Map<number, Decimal>();
  for (const r of rows) {
    const due = r._sum.amountDue ?? ZERO;
    totals.set(r.ownerId, (totals.get(r.ownerId) ?? ZERO).plus(r.type === "consignor" ? due.negated() : due));
  }
  return ids.map((id) => totals.get(id) ?? ZERO);
}));
