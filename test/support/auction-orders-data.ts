import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";
import { auctionClient, auctionConsignment, auctionItems, auctionSale } from "./auction-data.ts";

/** Items of a sale sold to a client at `hammer` each (status sold, winner, paddle number), optionally weighed (kg). */
export async function soldItems(app: TestApp, saleId: number, winnerId: number, count: number, opts: { hammer?: string; bidderNumber?: string; weight?: string; consignmentId?: number } = {}) {
  const items = await auctionItems(app, saleId, count, {
    status: "sold", hammerPrice: opts.hammer ?? "100.00", winnerId, winnerBidderNumber: opts.bidderNumber ?? null,
    ...(opts.consignmentId ? { consignmentId: opts.consignmentId } : {}),
  });
  if (opts.weight) {
    for (const item of items) await app.services.db.auctionItemDimension.create({ data: { itemId: item.id, weight: opts.weight } });
  }
  return items;
}

export async function chargeTerm(app: TestApp, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionChargeTerm.create({ data: { label: unique("Shipping Fee"), defaultAmount: "25.00", defaultVat: "21.00", ...fields } });
}

export async function paymentType(app: TestApp) {
  const letter = unique("P").replace(/\W/g, "").slice(-6).toUpperCase();
  return app.services.db.auctionPaymentType.create({ data: { label: `Pay ${letter}`, letter } });
}

export async function registerBidder(app: TestApp, saleId: number, clientId: number, bidderNumber: string) {
  return app.services.db.auctionSaleBidder.create({ data: { saleId, clientId, bidderNumber, kind: "floor" } });
}

export async function clientAddress(app: TestApp, clientId: number, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionClientAddress.create({
    data: { clientId, firstName: "John", lastName: "Doe", thoroughfare: "1 Main St", locality: "Springfield", administrativeArea: "IL", postalCode: "62701", country: "US", types: ["billing"], isDefault: true, ...fields },
  });
}

/**
 * A sale (premium 20%, VAT 10%) with a buyer registered as a bidder (paddle `B<n>`), an address, a default payment
 * type, and `count` items sold to the buyer at 100.00 each (0.5 kg each).
 */
export async function buyerWorld(app: TestApp, count = 3, sale: Record<string, unknown> = {}) {
  const s = await auctionSale(app, { premiumRate: "20", taxRate: "10", ...sale });
  const pay = await paymentType(app);
  const buyer = await auctionClient(app, { taxId: "123-45-6789", defaultPaymentMethodId: pay.id });
  await clientAddress(app, buyer.id);
  const paddle = `B${s.id}${buyer.id}`;
  await registerBidder(app, s.id, buyer.id, paddle);
  const items = await soldItems(app, s.id, buyer.id, count, { bidderNumber: paddle, weight: "0.500" });
  return { sale: s, buyer, paddle, items, pay };
}

/** A consignor with a consignment (commission 15%) of `count` items sold at 200.00 each to someone else. */
export async function consignorWorld(app: TestApp, count = 2) {
  const s = await auctionSale(app, { premiumRate: "20", taxRate: "10" });
  const consignor = await auctionClient(app);
  const buyer = await auctionClient(app);
  const consignment = await auctionConsignment(app, s.id, consignor.id, { consignorCommission: "15" });
  const items = await soldItems(app, s.id, buyer.id, count, { hammer: "200.00", consignmentId: consignment.id });
  return { sale: s, consignor, buyer, consignment, items };
}
