import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";
import { auctionClient, auctionItems, auctionOrder, auctionSale } from "./auction-data.ts";

/**
 * A buyer's order ready to be paid or shipped: a fresh client and sale, `items` items on the order, each hammered
 * at `hammer` with a 20% premium and no VAT (1 item at 1000.00 → grand total 1200.00).
 */
export async function payableOrder(app: TestApp, opts: { items?: number; hammer?: string; status?: "new" | "in_process" | "finished" | "locked" | "canceled"; type?: "bidder" | "credit_note" } = {}) {
  const client = await auctionClient(app, { firstName: "Ada", lastName: unique("Payer") });
  const sale = await auctionSale(app);
  const items = await auctionItems(app, sale.id, opts.items ?? 1);
  const order = await auctionOrder(app, {
    ownerId: client.id, saleId: sale.id, itemIds: items.map((i) => i.id), hammer: opts.hammer ?? "1000.00",
    premiumRate: 20, status: opts.status, type: opts.type,
  });
  return { client, sale, items, order };
}

/** A house bank account (what `bank` in a transaction body names). */
export const auctionBank = (app: TestApp, fields: Record<string, unknown> = {}) =>
  app.services.db.auctionBankAccount.create({ data: { name: unique("Main Bank"), accountNumber: "IL620108000000099999999", branch: "Main", ...fields } });

/** The order's stored totals, as strings. */
export async function orderTotals(app: TestApp, orderId: number) {
  const o = await app.services.db.auctionOrder.findUniqueOrThrow({ where: { id: orderId }, select: { grandTotal: true, paymentReceived: true, amountDue: true } });
  return { grandTotal: o.grandTotal.toFixed(2), paymentReceived: o.paymentReceived.toFixed(2), amountDue: o.amountDue.toFixed(2) };
}
