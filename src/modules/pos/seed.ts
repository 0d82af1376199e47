import { randomUUID } from "node:crypto";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { Services } from "../../kernel/context.ts";
import type { DemoLogin } from "../../kernel/system.ts";
import { hashPassword } from "../../kernel/auth/password.ts";
import { posConfig } from "./config.ts";
import { moveStock } from "./shared/stock.ts";
import { nextNumber } from "./shared/sequence.ts";
import { settingsOf } from "./shared/settings.ts";
import { priceSale } from "./sales/sale-math.ts";
import { lockCustomer, postLedger, postLoyalty } from "./sales/customer-account.ts";

type Tx = Prisma.TransactionClient;

export const DEMO_MANAGER_EMAIL = "manager@pos.demo";
export const DEMO_CASHIER_EMAIL = "cashier@pos.demo";

/** An EAN-13 from its first 12 digits (the check digit computed), so scanners in a demo accept the barcodes. */
export function ean13(first12: string): string {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return first12 + ((10 - (sum % 10)) % 10);
}

type Item = { productId: string; variantId?: string; name: string; sku: string; quantity: number; unitPrice: number; unitCost: number; taxRate: number };

/**
 * One sale written the way checkout writes it (the sales area's priceSale and customer-account helpers), every figure
 * consistent with the others: lines priced with the customer group's discount spread over them and tax added on top
 * per line, the sale totals, the checkout payments (the money kept: cash change is not part of them), stock
 * decremented through moveStock (SALE movements), the due posted to the customer's ledger and loyalty points earned
 * on what was paid.
 */
async function demoSale(tx: Tx, s: {
  tenantId: string; storeId: string; cashierId: string; prefix: string; customerId?: string; groupBps?: number;
  items: Item[]; payments: { method: "CASH" | "CARD"; tendered?: number }[]; pointsPerUnit: number;
}) {
  const saleId = randomUUID();
  const figures = priceSale(s.items.map((it) => ({ unitPrice: it.unitPrice, quantity: it.quantity, lineDiscount: 0, taxRate: it.taxRate })), 0, s.groupBps ?? 0, false);
  let left = figures.total;
  const payments = s.payments.map((p) => {
    const tendered = p.tendered ?? left; // no amount: exactly what is left (cards give no change)
    const amount = Math.min(tendered, left);
    left -= amount;
    return { method: p.method, amount, change: tendered - amount };
  });
  const paidTotal = payments.reduce((a, p) => a + p.amount, 0);
  const changeAmount = payments.reduce((a, p) => a + p.change, 0);
  const dueAmount = figures.total - paidTotal;
  const customer = s.customerId ? await lockCustomer(tx, s.tenantId, s.customerId) : null;
  const pointsEarned = customer ? Math.floor(paidTotal / 100) * s.pointsPerUnit : 0;

  for (const it of s.items) {
    await moveStock(tx, { tenantId: s.tenantId, storeId: s.storeId, productId: it.productId, variantId: it.variantId ?? null, change: -it.quantity, type: "SALE", referenceType: "sale", referenceId: saleId, userId: s.cashierId });
  }
  const number = await nextNumber(tx, s.tenantId, "sale", s.prefix);
  await tx.posSale.create({
    data: {
      id: saleId, tenantId: s.tenantId, storeId: s.storeId, number, cashierId: s.cashierId, customerId: customer?.id ?? null,
      subtotal: figures.subtotal, discountTotal: figures.discountTotal, taxTotal: figures.taxTotal, total: figures.total,
      paidTotal, dueAmount, changeAmount, pointsEarned,
      lines: {
        create: s.items.map((it, i) => ({
          productId: it.productId, variantId: it.variantId ?? null, name: it.name, sku: it.sku, position: i, quantity: it.quantity,
          unitPrice: it.unitPrice, unitCost: it.unitCost, discount: figures.lines[i]!.discount, taxRate: it.taxRate,
          taxAmount: figures.lines[i]!.taxAmount, lineTotal: figures.lines[i]!.lineTotal,
        })),
      },
      payments: { create: payments.filter((p) => p.amount > 0).map((p) => ({ tenantId: s.tenantId, storeId: s.storeId, customerId: customer?.id ?? null, method: p.method, kind: "SALE" as const, amount: p.amount, userId: s.cashierId })) },
    },
  });
  if (customer) {
    if (dueAmount > 0) await postLedger(tx, customer, "SALE", dueAmount, { referenceType: "sale", referenceId: saleId, userId: s.cashierId, note: `Sale ${number} on credit` });
    if (pointsEarned > 0) await postLoyalty(tx, customer, "EARN", pointsEarned, { saleId, userId: s.cashierId, reason: `Earned on sale ${number}` });
  }
  return { id: saleId, number, total: figures.total, dueAmount };
}

/**
 * The demo a fresh install starts with, in one transaction: the platform SUPER_ADMIN (POS_SUPER_ADMIN_EMAIL/PASSWORD)
 * and a tenant "Demo Retail" with two stores (MAIN, MALL); its ADMIN logs in with POS_ADMIN_EMAIL/POS_ADMIN_PASSWORD,
 * and a MANAGER (manager@pos.demo) and a CASHIER of the MAIN store (cashier@pos.demo) share the admin's password.
 * Then a catalog (Beverages > Coffee, Snacks; 8 products, one with two variants; EAN-13 barcodes; 10% tax), opening
 * stock in both stores with low-stock thresholds, a VIP group (5% off), 3 customers (one buying on credit, with a due),
 * a supplier, an expense category with two expenses, a receipt template and 3 sales consistent with stock, payments,
 * ledger and loyalty.
 */
export async function seedPosDemo(services: Services): Promise<DemoLogin[]> {
  const cfg = posConfig(services.config);
  const [superHash, staffHash] = await Promise.all([hashPassword(cfg.POS_SUPER_ADMIN_PASSWORD), hashPassword(cfg.POS_ADMIN_PASSWORD)]);

  await services.db.$transaction(async (tx) => {
    await tx.posUser.create({ data: { email: cfg.POS_SUPER_ADMIN_EMAIL, name: "Platform admin", role: "SUPER_ADMIN", passwordHash: superHash } });

    const settings = settingsOf({ currency: "USD", defaultTaxRate: 1000, taxInclusive: false });
    const tenant = await tx.posTenant.create({
      data: { name: "Demo Retail", slug: "demo-retail", email: "hello@demo-retail.example", phone: "+1 555 0100", address: "123 Main Street, Springfield", settings: settings as unknown as Prisma.InputJsonValue },
    });
    const tenantId = tenant.id;
    const main = await tx.posStore.create({ data: { tenantId, name: "Main Street", code: "MAIN", address: "123 Main Street, Springfield", phone: "+1 555 0101" } });
    const mall = await tx.posStore.create({ data: { tenantId, name: "City Mall", code: "MALL", address: "City Mall, Unit 42, Springfield", phone: "+1 555 0102" } });

    const admin = await tx.posUser.create({ data: { tenantId, email: cfg.POS_ADMIN_EMAIL, name: "Demo Admin", role: "ADMIN", passwordHash: staffHash } });
    const manager = await tx.posUser.create({ data: { tenantId, email: DEMO_MANAGER_EMAIL, name: "Morgan Manager", role: "MANAGER", passwordHash: staffHash } });
    const cashier = await tx.posUser.create({ data: { tenantId, storeId: main.id, email: DEMO_CASHIER_EMAIL, name: "Casey Cashier", role: "CASHIER", passwordHash: staffHash } });

    const beverages = await tx.posCategory.create({ data: { tenantId, name: "Beverages", sortOrder: 1 } });
    const coffee = await tx.posCategory.create({ data: { tenantId, name: "Coffee", parentId: beverages.id, sortOrder: 1 } });
    const snacks = await tx.posCategory.create({ data: { tenantId, name: "Snacks", sortOrder: 2 } });

    // [sku, name, category, price, cost, barcode digits, stock MAIN, stock MALL, threshold]
    const catalog = [
      ["COF-ESP-250", "Espresso Beans 250g", coffee.id, 1299, 700, "200000000001", 40, 15, 5],
      ["COF-HB-500", "House Blend Ground 500g", coffee.id, 1899, 1050, "200000000002", 25, 10, 5],
      ["COF-CB-330", "Cold Brew Bottle 330ml", coffee.id, 450, 180, "200000000003", 60, 30, 10],
      ["BEV-SPW-500", "Sparkling Water 500ml", beverages.id, 150, 60, "200000000004", 120, 80, 24],
      ["BEV-OJ-1L", "Orange Juice 1L", beverages.id, 399, 210, "200000000005", 30, 8, 10],
      ["SNK-CHP-150", "Sea Salt Chips 150g", snacks.id, 299, 120, "200000000006", 50, 40, 10],
      ["SNK-CHO-100", "Dark Chocolate Bar 100g", snacks.id, 249, 110, "200000000007", 70, 3, 10],
    ] as const;
    const products: Record<string, { id: string; name: string; sku: string; price: number; cost: number }> = {};
    for (const [sku, name, categoryId, price, cost, digits, qMain, qMall, threshold] of catalog) {
      const p = await tx.posProduct.create({ data: { tenantId, categoryId, name, sku, barcode: ean13(digits), price, cost } });
      products[sku] = p;
      for (const [storeId, quantity] of [[main.id, qMain], [mall.id, qMall]] as const) {
        await moveStock(tx, { tenantId, storeId, productId: p.id, change: quantity, type: "ADJUSTMENT", reason: "Opening stock", userId: admin.id });
        await tx.posStock.update({ where: { storeId_productId_variantKey: { storeId, productId: p.id, variantKey: "" } }, data: { lowStockThreshold: threshold } });
      }
    }
    const mug = await tx.posProduct.create({
      data: {
        tenantId, categoryId: beverages.id, name: "Travel Mug", sku: "MUG-TRV", barcode: ean13("200000000008"), price: 1599, cost: 800, description: "Insulated 350ml travel mug",
        variants: {
          create: [
            { tenantId, name: "Black", sku: "MUG-TRV-BLK", barcode: ean13("200000000009"), attributes: { color: "Black" } },
            { tenantId, name: "Red", sku: "MUG-TRV-RED", barcode: ean13("200000000010"), price: 1699, cost: 850, attributes: { color: "Red" } },
          ],
        },
      },
      include: { variants: true },
    });
    const [black, red] = [mug.variants.find((v) => v.name === "Black")!, mug.variants.find((v) => v.name === "Red")!];
    for (const [variant, qMain, qMall] of [[black, 12, 6], [red, 8, 4]] as const) {
      for (const [storeId, quantity] of [[main.id, qMain], [mall.id, qMall]] as const) {
        await moveStock(tx, { tenantId, storeId, productId: mug.id, variantId: variant.id, change: quantity, type: "ADJUSTMENT", reason: "Opening stock", userId: admin.id });
        await tx.posStock.update({ where: { storeId_productId_variantKey: { storeId, productId: mug.id, variantKey: variant.id } }, data: { lowStockThreshold: 3 } });
      }
    }

    const vip = await tx.posCustomerGroup.create({ data: { tenantId, name: "VIP", discountPercent: 500 } });
    const alice = await tx.posCustomer.create({ data: { tenantId, groupId: vip.id, name: "Alice Johnson", email: "alice@example.com", phone: "+15550000001", address: "1 Elm Street" } });
    const bob = await tx.posCustomer.create({ data: { tenantId, name: "Bob's Café", email: "orders@bobscafe.example", phone: "+15550000002", address: "7 Market Square", creditLimit: 50_000 } });
    await tx.posCustomer.create({ data: { tenantId, name: "Carol Lee", phone: "+15550000003" } });

    await tx.posSupplier.create({ data: { tenantId, name: "Bean Brothers Coffee Co.", contactName: "Sam Bean", email: "sales@beanbrothers.example", phone: "+1 555 0200", address: "9 Roastery Lane" } });

    const utilities = await tx.posExpenseCategory.create({ data: { tenantId, name: "Utilities" } });
    const today = new Date(new Date().toISOString().slice(0, 10));
    await tx.posExpense.createMany({
      data: [
        { tenantId, storeId: main.id, categoryId: utilities.id, amount: 18_500, description: "Electricity", date: today, paymentMethod: "BANK_TRANSFER", reference: "ELEC-0001", userId: admin.id },
        { tenantId, storeId: mall.id, categoryId: utilities.id, amount: 6_000, description: "Internet", date: today, paymentMethod: "CARD", userId: admin.id },
      ],
    });

    await tx.posReceiptTemplate.create({ data: { tenantId, header: "Demo Retail\n123 Main Street, Springfield\nTel +1 555 0100", footer: "Thank you for shopping with us!\nReturns within 14 days with this receipt.", showTax: true, showCashier: true, paperWidth: 80 } });

    const tax = settings.defaultTaxRate;
    const item = (sku: string, quantity: number): Item => {
      const p = products[sku]!;
      return { productId: p.id, name: p.name, sku: p.sku, quantity, unitPrice: p.price, unitCost: p.cost, taxRate: tax };
    };
    const common = { tenantId, prefix: settings.receiptPrefix, pointsPerUnit: settings.loyalty.pointsPerUnit };
    // a walk-in paying cash (with change)
    await demoSale(tx, { ...common, storeId: main.id, cashierId: cashier.id, items: [item("COF-ESP-250", 2), item("BEV-SPW-500", 1)], payments: [{ method: "CASH", tendered: 3_500 }] });
    // a VIP (5% off) paying by card, one line a variant
    await demoSale(tx, {
      ...common, storeId: main.id, cashierId: cashier.id, customerId: alice.id, groupBps: vip.discountPercent,
      items: [item("COF-HB-500", 1), { productId: mug.id, variantId: red.id, name: "Travel Mug - Red", sku: red.sku, quantity: 1, unitPrice: red.price!, unitCost: red.cost!, taxRate: tax }],
      payments: [{ method: "CARD" }],
    });
    // a business customer paying part in cash, the rest on credit (its due)
    await demoSale(tx, {
      ...common, storeId: mall.id, cashierId: manager.id, customerId: bob.id,
      items: [item("SNK-CHP-150", 3), item("SNK-CHO-100", 2), item("BEV-OJ-1L", 1)], payments: [{ method: "CASH", tendered: 1_000 }],
    });

    await tx.posAuditLog.create({ data: { tenantId, userId: null, action: "demo.seed", entityType: "PosTenant", entityId: tenantId, after: { stores: 2, products: 8, customers: 3, sales: 3 } } });
  }, { timeout: 60_000, maxWait: 10_000 });

  return [
    { system: "pos", role: "ADMIN", login: cfg.POS_ADMIN_EMAIL, password: cfg.POS_ADMIN_PASSWORD },
    { system: "pos", role: "MANAGER", login: DEMO_MANAGER_EMAIL, password: cfg.POS_ADMIN_PASSWORD },
    { system: "pos", role: "CASHIER", login: DEMO_CASHIER_EMAIL, password: cfg.POS_ADMIN_PASSWORD },
    { system: "pos", role: "SUPER_ADMIN", login: cfg.POS_SUPER_ADMIN_EMAIL, password: cfg.POS_SUPER_ADMIN_PASSWORD },
  ];
}
