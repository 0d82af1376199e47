import type { Services } from "../../kernel/context.ts";
import type { DemoLogin } from "../../kernel/system.ts";
import { hashPassword } from "../../kernel/auth/password.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { auctionConfig } from "./config.ts";
import { nextNumber } from "./shared/sequence.ts";
import { percentOf } from "./shared/money.ts";
import { recalcOrder } from "./orders/order-totals.ts";

type Tx = Prisma.TransactionClient;
type Kind = "online" | "phone" | "floor";

/**
 * The administrator from AUCTION_ADMIN_USER / AUCTION_ADMIN_PASSWORD (there is no sign-up endpoint), a clerk and an
 * accountant (logins `clerk` and `accountant`, with the administrator's password), and a small demo auction to
 * explore: reference lists, one published sale ("Summer Auction 2025") with two sessions, three clients, two
 * consignments, twelve items (some sold), bidder registrations, an invoice with a payment, a note, a task, a call.
 * All in one transaction: a failed seed leaves an empty database (and is tried again at the next start).
 */
export async function seedAuctionDemo(services: Services): Promise<DemoLogin[]> {
  const cfg = auctionConfig(services.config);
  const login = cfg.AUCTION_ADMIN_USER.toLowerCase();
  const passwordHash = await hashPassword(cfg.AUCTION_ADMIN_PASSWORD);
  const others = [
    { name: "Clara Clerk", username: "clerk", roles: ["clerk"] },
    { name: "Arthur Accountant", username: "accountant", roles: ["accountant"] },
  ].filter((s) => s.username !== login);
  await services.db.$transaction(async (tx) => {
    const admin = await tx.auctionStaff.create({
      data: { name: "Administrator", email: login.includes("@") ? login : `${login}@auction.local`, username: login,
        passwordHash, roles: ["administrator"] },
    });
    const staff = [];
    for (const s of others) staff.push(await tx.auctionStaff.create({ data: { ...s, email: `${s.username}@auction.local`, passwordHash } }));
    await demoAuction(tx, admin.id, staff[0]?.id ?? admin.id, staff[1]?.id ?? admin.id);
  }, { timeout: 60_000, maxWait: 10_000 });
  return [
    { system: "auction", role: "administrator", login, password: cfg.AUCTION_ADMIN_PASSWORD },
    ...others.map((s) => ({ system: "auction" as const, role: s.roles[0]!, login: s.username, password: cfg.AUCTION_ADMIN_PASSWORD })),
  ];
}

async function demoAuction(tx: Tx, adminId: number, clerkId: number, accountantId: number) {
  // ---------- reference lists ----------
  const ceramics = await tx.auctionCategory.create({ data: { label: "Ceramics", weight: 0 } });
  const modernArt = await tx.auctionCategory.create({ data: { label: "Modern Art", weight: 1 } });
  const coins = await tx.auctionCategory.create({ data: { label: "Coins", weight: 2 } });
  const porcelain = await tx.auctionCategory.create({ data: { label: "Chinese Porcelain", weight: 0, parentId: ceramics.id } });

  const shippingFee = await tx.auctionChargeTerm.create({ data: { label: "Shipping Fee", defaultAmount: "25.00", defaultVat: "21.00" } });
  await tx.auctionChargeTerm.create({ data: { label: "Insurance", defaultAmount: "10.00", defaultVat: "0.00" } });

  const mainBank = await tx.auctionBankAccount.create({ data: { name: "Main Bank", accountNumber: "123456789", branch: "Main Branch", currency: "USD" } });
  await tx.auctionBankAccount.create({ data: { name: "Euro Account", accountNumber: "987654321", branch: "Frankfurt", currency: "EUR" } });

  const creditCard = await tx.auctionPaymentType.create({ data: { label: "Credit Card", letter: "CC" } });
  const wire = await tx.auctionPaymentType.create({ data: { label: "Wire Transfer", letter: "WT" } });
  await tx.auctionPaymentType.create({ data: { label: "Cheque", letter: "CH" } });
  await tx.auctionPaymentType.create({ data: { label: "Cash", letter: "CA" } });

  await tx.auctionBidStep.createMany({
    data: [["0.00", "5.00"], ["100.00", "10.00"], ["500.00", "25.00"], ["1000.00", "50.00"], ["5000.00", "100.00"]]
      .map(([priceFrom, step]) => ({ priceFrom: priceFrom!, step: step! })),
  });

  const website = await tx.auctionClientSource.create({ data: { label: "Website" } });
  const referral = await tx.auctionClientSource.create({ data: { label: "Referral" } });
  await tx.auctionClientSource.create({ data: { label: "Trade Fair" } });

  await tx.auctionShippingArea.createMany({
    data: [
      { label: "Local", description: "Within 50 miles", baseRate: "10.00" },
      { label: "National", description: "Within country", baseRate: "25.00" },
      { label: "International", description: "Outside country", baseRate: "50.00" },
    ],
  });

  // ---------- the catalogue and the sale ----------
  const catalog = await tx.auctionCatalog.create({
    data: {
      label: "Summer Auction 2025 Catalogue",
      parts: { create: [
        { label: "Part I: Ceramics & Porcelain", description: "Lots 1–6", weight: 0 },
        { label: "Part II: Modern Art & Coins", description: "Lots 7–12", weight: 1 },
      ] },
    },
  });
  const sale = await tx.auctionSale.create({
    data: {
      label: "Summer Auction 2025", saleDate: new Date("2025-07-15T17:00:00Z"), status: "published", catalogId: catalog.id,
      venue: "Main Hall", premiumRate: "20.00", taxRate: "17.00",
    },
  });
  const session1 = await tx.auctionSaleSession.create({
    data: { saleId: sale.id, sessionNumber: 1, sessionDate: new Date("2025-07-15T17:00:00Z"), itemRangeStart: "1", itemRangeEnd: "6", auctioneerId: adminId },
  });
  await tx.auctionSaleSession.create({
    data: { saleId: sale.id, sessionNumber: 2, sessionDate: new Date("2025-07-16T17:00:00Z"), itemRangeStart: "7", itemRangeEnd: "12", auctioneerId: adminId },
  });

  // ---------- clients ----------
  const client = async (data: Omit<Prisma.AuctionClientUncheckedCreateInput, "customerNumber">, address: Partial<Prisma.AuctionClientAddressUncheckedCreateInput>) => {
    const number = await nextNumber(tx, "customer", 10001);
    const created = await tx.auctionClient.create({ data: { ...data, customerNumber: `C${number}` } });
    await tx.auctionClientAddress.create({
      data: { clientId: created.id, firstName: created.firstName, lastName: created.lastName, types: ["billing", "shipping"], isDefault: true, validated: true, ...address },
    });
    return created;
  };
  const jane = await client(
    { firstName: "Jane", lastName: "Smith", email: "jane.smith@example.com", phone: "+1-555-0101", status: "approved", subscriptionType: "email",
      defaultPaymentMethodId: creditCard.id, sourceId: website.id, categories: { connect: [{ id: ceramics.id }, { id: porcelain.id }] } },
    { country: "US", administrativeArea: "NY", locality: "New York", postalCode: "10001", thoroughfare: "123 Main Street", premise: "Apt 4B" },
  );
  const john = await client(
    { firstName: "John", lastName: "Doe", email: "john.doe@example.com", phone: "+1-555-0102", status: "approved", subscriptionType: "both",
      defaultPaymentMethodId: wire.id, sourceId: referral.id, categories: { connect: [{ id: modernArt.id }] } },
    { country: "US", administrativeArea: "MA", locality: "Boston", postalCode: "02108", thoroughfare: "45 Beacon Street" },
  );
  const acme = await client(
    { firstName: "", lastName: "Acme Collectibles Ltd", email: "office@acme-collectibles.example", phone: "+44 20 7946 0958", status: "approved",
      consignorCommissions: [{ consignor_commission: "15.00", step_from: "0.00" }, { consignor_commission: "10.00", step_from: "1000.00" }] },
    { country: "GB", locality: "London", postalCode: "EC1A 1BB", thoroughfare: "1 Market Lane" },
  );

  // ---------- consignments and items ----------
  const consignment = async (ownerId: number, symbol: string, consignorCommission: string) => tx.auctionConsignment.create({
    data: { number: await nextNumber(tx, "consignment", 500), symbol, subSymbol: "1", saleId: sale.id, ownerId, consignorCommission },
  });
  const fromAcme = await consignment(acme.id, "A", "15.00");
  const fromJohn = await consignment(john.id, "B", "12.50");

  type Lot = [description: string, low: string, high: string, categoryId: number, sold?: [winnerId: number, hammer: string, bidder: string, kind: Kind] | "unsold"];
  const lots: Lot[] = [
    ["Ming dynasty blue and white vase, 16th century", "200.00", "300.00", porcelain.id, [jane.id, "250.00", "101", "floor"]],
    ["Pair of Meissen porcelain figurines", "350.00", "500.00", porcelain.id, [jane.id, "400.00", "101", "online"]],
    ["Delft faience charger, 18th century", "150.00", "250.00", ceramics.id, "unsold"],
    ["Art Deco ceramic table lamp", "1000.00", "1500.00", ceramics.id, [john.id, "1200.00", "102", "phone"]],
    ["Studio pottery bowl, signed", "80.00", "120.00", ceramics.id, [jane.id, "90.00", "101", "online"]],
    ["Majolica jardinière", "300.00", "450.00", ceramics.id, "unsold"],
    ["Abstract oil on canvas, 1962", "2500.00", "3500.00", modernArt.id, [john.id, "3000.00", "102", "phone"]],
    ["Cubist lithograph, numbered 12/50", "600.00", "900.00", modernArt.id],
    ["Bronze sculpture of a dancer", "1800.00", "2400.00", modernArt.id],
    ["Roman silver denarius, Augustus", "400.00", "600.00", coins.id],
    ["Set of five gold sovereigns", "1500.00", "2000.00", coins.id],
    ["Israel 1948 Doar Ivri coin set", "250.00", "350.00", coins.id],
  ];
  const items = [];
  for (const [i, [description, low, high, categoryId, outcome]] of lots.entries()) {
    const sold = Array.isArray(outcome) ? outcome : null;
    items.push(await tx.auctionItem.create({
      data: {
        saleId: sale.id, consignmentId: i < 8 ? fromAcme.id : fromJohn.id, categoryId, lot: String(i + 1), lotNumber: i + 1, position: i + 1, description,
        estimateLow: low, estimateHigh: high, reservePrice: low,
        status: sold ? "sold" : outcome === "unsold" ? "unsold" : "available",
        hammerPrice: sold?.[1] ?? null, winnerId: sold?.[0] ?? null, winnerBidderNumber: sold?.[2] ?? null, winnerKind: sold?.[3] ?? null,
      },
    }));
  }
  await tx.auctionItemDimension.create({ data: { itemId: items[0]!.id, height: "35.00", width: "18.00", depth: "18.00", weight: "2.400", unit: "cm" } });
  await tx.auctionItemHistory.create({
    data: { itemId: items[0]!.id, action: "status_change", oldValue: "available", newValue: "sold", userId: clerkId, details: "Hammer 250.00 to bidder 101" },
  });

  // ---------- bidders ----------
  await tx.auctionSaleBidder.createMany({
    data: [
      { saleId: sale.id, clientId: jane.id, bidderNumber: "101", kind: "online", sessionId: session1.id, lots: [] },
      { saleId: sale.id, clientId: john.id, bidderNumber: "102", kind: "phone", sessionId: session1.id, lots: ["4", "7"] },
      { saleId: sale.id, clientId: acme.id, bidderNumber: "103", kind: "floor", sessionId: session1.id, lots: [] },
    ],
  });

  // ---------- Jane's invoice for her lots, partly paid ----------
  const order = await tx.auctionOrder.create({
    data: {
      orderNumber: await nextNumber(tx, "order", 12345), type: "bidder", status: "in_process", saleId: sale.id, ownerId: jane.id,
      bidderIds: ["101"], paymentTypeId: creditCard.id, shippingWeight: "3.500",
    },
  });
  const janesLots = items.filter((it) => it.winnerId === jane.id);
  await tx.auctionOrderLine.createMany({
    data: janesLots.map((it) => ({ orderId: order.id, itemId: it.id, hammerPrice: it.hammerPrice!, commission: percentOf(it.hammerPrice!, sale.premiumRate), taxRate: sale.taxRate })),
  });
  await tx.auctionOrderCharge.create({ data: { orderId: order.id, termId: shippingFee.id, amount: "25.00", tax: "21.00", description: "Courier to New York" } });
  await tx.auctionTransaction.create({
    data: {
      orderId: order.id, clientId: jane.id, transactionType: "Credit Card", amount: "500.00", bankId: mainBank.id, creditCardType: "Visa",
      creditCardLast4: "4242", transactionDate: new Date("2025-07-20T00:00:00Z"), info: "Deposit paid at the counter", createdById: accountantId,
    },
  });
  await recalcOrder(tx, order.id);

  // ---------- the back office's notes, tasks, calls and activity ----------
  await tx.auctionNote.create({ data: { referenceType: "item", referenceId: items[0]!.id, note: "Item requires special handling during packing", userId: clerkId } });
  await tx.auctionTask.create({
    data: {
      referenceType: "item", referenceId: items[2]!.id, taskType: "photography", title: "Take additional photos",
      description: "Close-ups of the glaze for the next sale", priority: "high", assignedToId: clerkId, createdById: adminId,
      dueDate: new Date("2025-08-01T00:00:00Z"),
    },
  });
  await tx.auctionCall.create({ data: { clientId: jane.id, date: new Date("2025-07-21T10:30:00Z"), notes: "Discussed shipping options for her lots", userId: clerkId } });
  await tx.auctionActivity.createMany({
    data: [
      { type: "status_change", contentType: "item", contentId: items[0]!.id, userId: clerkId, message: "Status changed from 'available' to 'sold'",
        details: { old_value: "available", new_value: "sold", hammer_price: "250.00", winner_bidder: "101" } },
      { type: "payment_received", contentType: "order", contentId: order.id, userId: accountantId, message: "Payment of 500.00 received", details: { amount: "500.00" } },
    ],
  });
}
