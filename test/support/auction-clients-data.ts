import type { TestApp } from "./test-app.ts";

/**
 * Rows around clients inserted directly (client-relations, addresses, calls and notes tests): addresses, payments,
 * bidder registrations, calls and notes. Every helper returns the Prisma row; ids are numbers.
 */
export function auctionAddress(app: TestApp, clientId: number, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionClientAddress.create({
    data: { clientId, country: "US", administrativeArea: "NY", locality: "New York", postalCode: "10001", thoroughfare: "1 Main St", firstName: "John", lastName: "Doe", types: ["billing"], ...fields },
  });
}

/** A payment on an order by a client (the order's totals are not recomputed: tests that need them call recalcOrder). */
export function auctionPayment(app: TestApp, orderId: number, clientId: number, amount = "50.00") {
  return app.services.db.auctionTransaction.create({
    data: { orderId, clientId, transactionType: "Payment", amount, transactionDate: new Date("2025-10-01T00:00:00Z") },
  });
}

export function auctionBidder(app: TestApp, saleId: number, clientId: number, bidderNumber: string) {
  return app.services.db.auctionSaleBidder.create({ data: { saleId, clientId, bidderNumber, kind: "floor" } });
}

export function auctionCallRow(app: TestApp, clientId: number, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionCall.create({ data: { clientId, date: new Date(), notes: "Called", ...fields } });
}

export function auctionNoteRow(app: TestApp, referenceType: string, referenceId: number, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionNote.create({ data: { referenceType, referenceId, note: "A note", ...fields } });
}
