import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { PosPaymentMethod, PosPurchaseStatus } from "../../../../generated/prisma/enums.ts";
import type { Context } from "../../../kernel/context.ts";
import { DomainError, invalid, notFound } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { nextNumber } from "../shared/sequence.ts";
import { moveStock } from "../shared/stock.ts";
import { live, tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { dayOf, timeRange } from "../shared/dates.ts";

type Tx = Prisma.TransactionClient;
type PlannedQuery = { select?: object; include?: object };
const unprocessable = (message: string, details?: unknown) => new DomainError("UNPROCESSABLE", message, details);
/** Money columns are 32-bit integers of cents. */
const MAX_CENTS = 2_147_483_647;

export type PurchaseFilter = {
  page?: number | null; limit?: number | null; search?: string | null; status?: PosPurchaseStatus | null;
  supplierId?: string | null; storeId?: string | null; from?: string | null; to?: string | null;
};

/** One page of the tenant's purchase orders, newest first: filters by status, supplier, store, creation time, number. */
export async function listPurchases(ctx: Context, f: PurchaseFilter, query: PlannedQuery): Promise<OffsetPage> {
  const tenantId = tenantIdOf(ctx);
  const { page, limit, skip, take } = paged(f);
  const search = f.search?.trim();
  const createdAt = timeRange(f.from, f.to);
  const where: Prisma.PosPurchaseOrderWhereInput = {
    tenantId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.supplierId ? { supplierId: f.supplierId.toLowerCase() } : {}),
    ...(f.storeId ? { storeId: f.storeId.toLowerCase() } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(search ? { OR: [{ number: { contains: search, mode: "insensitive" } }, { supplier: { name: { contains: search, mode: "insensitive" } } }] } : {}),
  };
  const [items, total] = await Promise.all([
    ctx.db.posPurchaseOrder.findMany({ ...query, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    ctx.db.posPurchaseOrder.count({ where }),
  ]);
  return { items, total, page, limit };
}

export async function findPurchase(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "Purchase order");
  const po = await ctx.db.posPurchaseOrder.findFirst({ ...query, where: { id, tenantId: tenantIdOf(ctx) } });
  if (!po) throw notFound("Purchase order");
  return po;
}

export type PurchaseLineInput = { productId: string; variantId?: string | null; quantity: number; unitCost: number };
export type CreatePurchaseInput = { supplierId: string; storeId: string; expectedAt?: string | null; notes?: string | null; lines: PurchaseLineInput[] };

/**
 * A new purchase order (ORDERED) with its lines and total: the supplier, the store and every product (and variant,
 * which must be the product's) must be the tenant's live rows (404 otherwise).
 */
export async function createPurchase(ctx: Context, input: CreatePurchaseInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const supplierId = uuidOf(input.supplierId, "Supplier");
  const storeId = uuidOf(input.storeId, "Store");
  const lines = input.lines.map((l) => ({ ...l, productId: uuidOf(l.productId, "Product"), variantId: l.variantId ? uuidOf(l.variantId, "Variant") : null }));
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitCost, 0);
  if (total > MAX_CENTS) throw invalid("Validation failed", { fields: [{ path: "lines", message: "the order total is too large" }] });

  return ctx.db.$transaction(async (tx) => {
    const [supplier, store] = await Promise.all([
      tx.posSupplier.findFirst({ where: live(tenantId, { id: supplierId }), select: { id: true } }),
      tx.posStore.findFirst({ where: live(tenantId, { id: storeId }), select: { id: true } }),
    ]);
    if (!supplier) throw notFound("Supplier");
    if (!store) throw notFound("Store");
    const productIds = [...new Set(lines.map((l) => l.productId))];
    const variantIds = [...new Set(lines.flatMap((l) => (l.variantId ? [l.variantId] : [])))];
    const [products, variants] = await Promise.all([
      tx.posProduct.findMany({ where: live(tenantId, { id: { in: productIds } }), select: { id: true } }),
      variantIds.length ? tx.posVariant.findMany({ where: live(tenantId, { id: { in: variantIds } }), select: { id: true, productId: true } }) : [],
    ]);
    const known = new Set(products.map((p) => p.id));
    const variantProduct = new Map(variants.map((v) => [v.id, v.productId]));
    for (const l of lines) {
      if (!known.has(l.productId)) throw notFound("Product");
      if (l.variantId && variantProduct.get(l.variantId) !== l.productId) throw notFound("Variant");
    }
    const number = await nextNumber(tx, tenantId, "purchase", "PO");
    const po = await tx.posPurchaseOrder.create({
      data: {
        tenantId, storeId, supplierId, number, total, createdById: userId,
        expectedAt: input.expectedAt ? (/^\d{4}-\d{2}-\d{2}$/.test(input.expectedAt) ? dayOf(input.expectedAt) : new Date(input.expectedAt)) : null,
        notes: input.notes?.trim() || null,
        lines: { create: lines.map((l, position) => ({ productId: l.productId, variantId: l.variantId, quantity: l.quantity, unitCost: l.unitCost, position })) },
      },
      include: { lines: true },
    });
    await audit(tx, ctx, { action: "purchase.create", entityType: "purchase", entityId: po.id, after: po });
    return po.id;
  });
}

/** Locks the caller's purchase order (concurrent receipts, payments and cancellations of one order serialize here). */
async function lockPurchase(tx: Tx, tenantId: string, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM pos_purchase_orders WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
  if (!rows.length) throw notFound("Purchase order");
  return tx.posPurchaseOrder.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: [{ position: "asc" }, { id: "asc" }] } } });
}

/** Changes what we owe a supplier, its row locked first; returns the new balance. */
async function changeSupplierBalance(tx: Tx, supplierId: string, change: number): Promise<{ before: number; after: number }> {
  const [row] = await tx.$queryRaw<{ balance: number }[]>`SELECT balance FROM pos_suppliers WHERE id = ${supplierId}::uuid FOR UPDATE`;
  const before = row!.balance;
  const after = before + change;
  if (Math.abs(after) > MAX_CENTS) throw unprocessable("The supplier balance would be out of range");
  await tx.posSupplier.update({ where: { id: supplierId }, data: { balance: after } });
  return { before, after };
}

export type ReceiveInput = { lines?: { lineId: string; quantity: number }[] | null };

/**
 * Receives goods: each line's units go into the order's store as PURCHASE movements, never beyond the ordered
 * quantity (422); the order becomes PARTIALLY_RECEIVED or RECEIVED; receivedTotal and the supplier's balance grow by
 * Σ quantity × unitCost; the product's (or variant's) cost becomes the weighted average
 * round((oldQty × oldCost + qty × unitCost) / (oldQty + qty)) where oldQty is its stock over all the tenant's stores
 * before this receipt (negative stock counts as 0; a variant without its own cost starts from the product's).
 * Without `lines`, everything still outstanding is received.
 */
export async function receivePurchase(ctx: Context, rawId: string, input: ReceiveInput): Promise<void> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const id = uuidOf(rawId, "Purchase order");
  await ctx.db.$transaction(async (tx) => {
    const po = await lockPurchase(tx, tenantId, id);
    if (po.status === "CANCELLED" || po.status === "RECEIVED") {
      throw unprocessable(`A ${po.status.toLowerCase()} purchase order cannot receive goods`, { code: "INVALID_STATUS", status: po.status });
    }
    const byId = new Map(po.lines.map((l) => [l.id, l]));
    const wanted = input.lines?.length
      ? input.lines.map((r) => {
        const line = byId.get(r.lineId.toLowerCase());
        if (!line) throw unprocessable("The line is not on this purchase order", { code: "UNKNOWN_LINE", lineId: r.lineId });
        return { line, quantity: r.quantity };
      })
      : po.lines.filter((l) => l.receivedQuantity < l.quantity).map((line) => ({ line, quantity: line.quantity - line.receivedQuantity }));
    for (const { line, quantity } of wanted) {
      if (line.receivedQuantity + quantity > line.quantity) {
        throw unprocessable("Cannot receive more than was ordered", {
          code: "OVER_RECEIVE", lineId: line.id, ordered: line.quantity, received: line.receivedQuantity, requested: quantity,
        });
      }
    }
    // one lock order for products and variants (concurrent receipts of other orders for the same goods)
    wanted.sort((a, b) => (a.line.productId + (a.line.variantId ?? "")).localeCompare(b.line.productId + (b.line.variantId ?? "")));
    let amount = 0;
    const costs: { productId: string; variantId: string | null; before: number; after: number }[] = [];
    for (const { line, quantity } of wanted) {
      const key = line.variantId ?? "";
      const [product] = await tx.$queryRaw<{ cost: number }[]>`SELECT cost FROM pos_products WHERE id = ${line.productId}::uuid FOR UPDATE`;
      let oldCost = product!.cost;
      if (line.variantId) {
        const [variant] = await tx.$queryRaw<{ cost: number | null }[]>`SELECT cost FROM pos_variants WHERE id = ${line.variantId}::uuid FOR UPDATE`;
        oldCost = variant?.cost ?? oldCost;
      }
      const [stock] = await tx.$queryRaw<{ qty: bigint | null }[]>`
        SELECT SUM(quantity)::bigint AS qty FROM pos_stock
        WHERE "tenantId" = ${tenantId}::uuid AND "productId" = ${line.productId}::uuid AND "variantKey" = ${key}`;
      const oldQty = Math.max(0, Number(stock?.qty ?? 0));
      const newCost = Math.round((oldQty * oldCost + quantity * line.unitCost) / (oldQty + quantity));
      if (line.variantId) await tx.posVariant.update({ where: { id: line.variantId }, data: { cost: newCost } });
      else await tx.posProduct.update({ where: { id: line.productId }, data: { cost: newCost } });
      costs.push({ productId: line.productId, variantId: line.variantId, before: oldCost, after: newCost });
      await moveStock(tx, {
        tenantId, storeId: po.storeId, productId: line.productId, variantId: line.variantId, change: quantity, type: "PURCHASE",
        reason: `Received on ${po.number}`, referenceType: "purchase", referenceId: po.id, userId,
      });
      await tx.posPurchaseLine.update({ where: { id: line.id }, data: { receivedQuantity: { increment: quantity } } });
      line.receivedQuantity += quantity;
      amount += quantity * line.unitCost;
    }
    const status: PosPurchaseStatus = po.lines.every((l) => l.receivedQuantity >= l.quantity) ? "RECEIVED" : "PARTIALLY_RECEIVED";
    const after = await tx.posPurchaseOrder.update({ where: { id }, data: { status, receivedTotal: { increment: amount } } });
    const balance = await changeSupplierBalance(tx, po.supplierId, amount);
    await audit(tx, ctx, {
      action: "purchase.receive", entityType: "purchase", entityId: id,
      before: { status: po.status, receivedTotal: po.receivedTotal, supplierBalance: balance.before },
      after: {
        status: after.status, receivedTotal: after.receivedTotal, supplierBalance: balance.after, amount,
        lines: wanted.map((w) => ({ lineId: w.line.id, quantity: w.quantity })), costs,
      },
    });
  });
}

export type PaymentInput = { amount: number; method: PosPaymentMethod; reference?: string | null };

/**
 * Records a payment to the supplier: prepayments are allowed, but the order's payments never exceed its total (422);
 * the supplier's balance drops by the amount. Cancelled orders take no payments (422).
 */
export async function payPurchase(ctx: Context, rawId: string, input: PaymentInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const id = uuidOf(rawId, "Purchase order");
  return ctx.db.$transaction(async (tx) => {
    const po = await lockPurchase(tx, tenantId, id);
    if (po.status === "CANCELLED") throw unprocessable("A cancelled purchase order takes no payments", { code: "INVALID_STATUS", status: po.status });
    if (po.paidTotal + input.amount > po.total) {
      throw unprocessable("Payments would exceed the order total", {
        code: "OVERPAYMENT", total: po.total / 100, paidTotal: po.paidTotal / 100, payable: (po.total - po.paidTotal) / 100,
      });
    }
    const payment = await tx.posPurchasePayment.create({
      data: { purchaseId: id, amount: input.amount, method: input.method, reference: input.reference?.trim() || null, userId },
    });
    await tx.posPurchaseOrder.update({ where: { id }, data: { paidTotal: { increment: input.amount } } });
    const balance = await changeSupplierBalance(tx, po.supplierId, -input.amount);
    await audit(tx, ctx, {
      action: "purchase.payment", entityType: "purchase", entityId: id,
      before: { paidTotal: po.paidTotal, supplierBalance: balance.before },
      after: { paidTotal: po.paidTotal + input.amount, supplierBalance: balance.after, payment },
    });
    return payment.id;
  });
}

/**
 * Cancels an order that is still ORDERED (nothing received: 422 otherwise — received goods stay received) and has
 * no payments (422: a paid order cannot be cancelled, there is nothing to refund the payments against).
 */
export async function cancelPurchase(ctx: Context, rawId: string): Promise<void> {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Purchase order");
  await ctx.db.$transaction(async (tx) => {
    const po = await lockPurchase(tx, tenantId, id);
    if (po.status !== "ORDERED" || po.receivedTotal > 0) {
      throw unprocessable(`A ${po.status.toLowerCase().replace("_", " ")} purchase order cannot be cancelled`, { code: "INVALID_STATUS", status: po.status });
    }
    if (po.paidTotal > 0) throw unprocessable("A purchase order with payments cannot be cancelled", { code: "HAS_PAYMENTS", paidTotal: po.paidTotal / 100 });
    const after = await tx.posPurchaseOrder.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await audit(tx, ctx, { action: "purchase.cancel", entityType: "purchase", entityId: id, before: { status: po.status }, after: { status: after.status, cancelledAt: after.cancelledAt } });
  });
}
