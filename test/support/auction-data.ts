import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";
import { recalcOrder } from "../../src/modules/auction/orders/order-totals.ts";
import { nextNumber } from "../../src/modules/auction/shared/sequence.ts";
import { lotNumberOf } from "../../src/modules/auction/items/item-history.ts";

/**
 * Auction rows inserted directly (each endpoint's own tests create through the API): a sale, clients, a
 * consignment, items and orders. Every helper returns the Prisma row; ids are numbers (the API shows strings).
 */
export async function auctionClient(app: TestApp, fields: Record<string, unknown> = {}) {
  const n = unique("c").replace(/\W/g, "");
  const number = await nextNumber(app.services.db as never, "customer", 10001);
  return app.services.db.auctionClient.create({
    data: { firstName: "Test", lastName: `Client ${n}`, email: `${n}@example.com`.toLowerCase(), customerNumber: `C${number}`, status: "approved", ...fields },
  });
}

export async function auctionSale(app: TestApp, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionSale.create({
    data: { label: unique("Sale"), saleDate: new Date("2025-06-15T19:00:00Z"), status: "published", ...fields },
  });
}

export async function auctionConsignment(app: TestApp, saleId: number, ownerId: number, fields: Record<string, unknown> = {}) {
  const number = await nextNumber(app.services.db as never, "consignment", 500);
  return app.services.db.auctionConsignment.create({ data: { number, symbol: "A", subSymbol: "1", saleId, ownerId, ...fields } });
}

/** Items at the next free positions of the sale, lots "1", "2", ... unless given. */
export async function auctionItems(app: TestApp, saleId: number, count: number, fields: Record<string, unknown> = {}) {
  const last = await app.services.db.auctionItem.aggregate({ where: { saleId }, _max: { position: true } });
  const start = (last._max.position ?? 0) + 1;
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push(await app.services.db.auctionItem.create({
      data: { saleId, position: start + i, lot: String(start + i), lotNumber: start + i, description: `Item ${start + i}`, estimateLow: "100.00", estimateHigh: "200.00",
        ...fields, ...(typeof fields.lot === "string" ? { lotNumber: lotNumberOf(fields.lot) } : {}) },
    }));
  }
  return items;
}

/**
 * An order with lines for the given items (hammer price each `hammer`, premium `premiumRate`% of it, VAT `taxRate`%
 * on the premium), totals recomputed as the order service does.
 */
export async function auctionOrder(app: TestApp, opts: {
  ownerId: number; saleId?: number; itemIds?: number[]; type?: "bidder" | "consignor" | "credit_note" | "transport_invoice";
  status?: "new" | "in_process" | "finished" | "locked" | "canceled"; hammer?: string; premiumRate?: number; taxRate?: string;
}) {
  const db = app.services.db;
  return db.$transaction(async (tx) => {
    const orderNumber = await nextNumber(tx, "order", 12345);
    const order = await tx.auctionOrder.create({
      data: { orderNumber, type: opts.type ?? "bidder", status: opts.status ?? "new", saleId: opts.saleId, ownerId: opts.ownerId },
    });
    const hammer = Number(opts.hammer ?? "100.00");
    for (const itemId of opts.itemIds ?? []) {
      await tx.auctionOrderLine.create({
        data: { orderId: order.id, itemId, hammerPrice: hammer.toFixed(2), commission: ((hammer * (opts.premiumRate ?? 20)) / 100).toFixed(2), taxRate: opts.taxRate ?? "0" },
      });
    }
    await recalcOrder(tx, order.id);
    return tx.auctionOrder.findUniqueOrThrow({ where: { id: order.id } });
  });
}
