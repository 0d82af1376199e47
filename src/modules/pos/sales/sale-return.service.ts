import type { Context } from "../../../kernel/context.ts";
import { DomainError, notFound } from "../../../kernel/errors.ts";
import { audit } from "../shared/audit.ts";
import { moveStock } from "../shared/stock.ts";
import { tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { lockCustomer, postLedger, postLoyalty } from "./customer-account.ts";
import type { PaymentMethod } from "./enums.ts";
import { TX_OPTIONS } from "./sale-access.ts";
import { mulDiv, returnedAmount } from "./sale-math.ts";

export type ReturnInput = { lines: { saleLineId: string; quantity: number }[]; reason?: string | null; restock?: boolean | null; refundMethod: PaymentMethod };

const unprocessable = (message: string, code: string, details: Record<string, unknown> = {}) =>
  new DomainError("UNPROCESSABLE", message, { code, ...details });

/**
 * Takes back units of a sale (partial returns add up; at most what is left of each line) in one transaction.
 *
 * Refund: a line's value is its lineTotal (tax and every discount included); returning r of q units is worth
 * round(lineTotal × r / q) counted cumulatively, so returning a line in several steps refunds exactly its total. When
 * points paid part of the sale, the same share of their value is given back as points instead of money, and the same
 * share of the points the sale earned is taken back. The refund first reduces what the customer still owes for this
 * sale (ledger RETURN), the rest is paid out with refundMethod (REFUND payment, negative); refundMethod CREDIT puts
 * the whole refund on the customer's account (a negative balance is store credit).
 */
export async function returnSale(ctx: Context, rawId: string, input: ReturnInput): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  const id = uuidOf(rawId, "Sale");
  const restock = input.restock ?? true;
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM pos_sales WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (!locked.length) throw notFound("Sale");
    const sale = await tx.posSale.findUniqueOrThrow({ where: { id }, include: { lines: true, returns: { select: { dueReduction: true } } } });
    if (sale.status === "VOIDED") throw unprocessable("A voided sale cannot be returned", "INVALID_STATUS", { status: sale.status });
    if (sale.status === "RETURNED") throw unprocessable("Everything of this sale was returned already", "INVALID_STATUS", { status: sale.status });

    // merge repeated lines, check them against what is left
    const wanted = new Map<string, number>();
    for (const l of input.lines) {
      const key = l.saleLineId.toLowerCase();
      wanted.set(key, (wanted.get(key) ?? 0) + l.quantity);
    }
    const lineById = new Map(sale.lines.map((l) => [l.id, l]));
    for (const [lineId, quantity] of wanted) {
      const line = lineById.get(lineId);
      if (!line) throw unprocessable("The line is not part of this sale", "UNKNOWN_LINE", { saleLineId: lineId });
      const left = line.quantity - line.returnedQuantity;
      if (quantity > left) throw unprocessable(`At most ${left} unit(s) of ${line.sku} can still be returned`, "RETURN_EXCEEDS_SOLD", { saleLineId: lineId, requested: quantity, returnable: left });
    }
    if (input.refundMethod === "CREDIT" && !sale.customerId) throw unprocessable("A refund on account needs the sale's customer", "CUSTOMER_REQUIRED");

    const saleGross = sale.lines.reduce((s, l) => s + l.lineTotal, 0);
    const valueOf = (returned: (l: (typeof sale.lines)[number]) => number) =>
      sale.lines.reduce((s, l) => s + returnedAmount(l.lineTotal, l.quantity, returned(l)), 0);
    const before = valueOf((l) => l.returnedQuantity);
    const after = valueOf((l) => l.returnedQuantity + (wanted.get(l.id) ?? 0));
    const share = (whole: number, x: number) => (saleGross > 0 ? mulDiv(whole, x, saleGross) : 0);
    const returnLines = [...wanted].map(([lineId, quantity]) => {
      const l = lineById.get(lineId)!;
      const amount = returnedAmount(l.lineTotal, l.quantity, l.returnedQuantity + quantity) - returnedAmount(l.lineTotal, l.quantity, l.returnedQuantity);
      return { saleLineId: lineId, quantity, amount };
    });
    const pointsValueBack = share(sale.pointsValue, after) - share(sale.pointsValue, before);
    const refund = after - before - pointsValueBack;
    const pointsRestored = share(sale.pointsRedeemed, after) - share(sale.pointsRedeemed, before);
    const pointsRemoved = share(sale.pointsEarned, after) - share(sale.pointsEarned, before);

    const customer = sale.customerId ? await lockCustomer(tx, tenantId, sale.customerId, { includeDeleted: true }) : null;
    let dueReduction = 0;
    if (customer) {
      const saleDueLeft = Math.max(0, sale.dueAmount - sale.returns.reduce((s, r) => s + r.dueReduction, 0));
      dueReduction = input.refundMethod === "CREDIT" ? refund : Math.min(refund, saleDueLeft, Math.max(0, customer.balance));
    }
    const payout = refund - dueReduction;

    if (restock) {
      const products = await tx.posProduct.findMany({ where: { id: { in: returnLines.map((r) => lineById.get(r.saleLineId)!.productId) } }, select: { id: true, trackStock: true } });
      const tracked = new Set(products.filter((p) => p.trackStock).map((p) => p.id));
      const moves = returnLines.map((r) => ({ line: lineById.get(r.saleLineId)!, quantity: r.quantity })).filter((m) => tracked.has(m.line.productId))
        .sort((a, b) => a.line.productId.localeCompare(b.line.productId) || (a.line.variantId ?? "").localeCompare(b.line.variantId ?? ""));
      for (const m of moves) {
        await moveStock(tx, {
          tenantId, storeId: sale.storeId, productId: m.line.productId, variantId: m.line.variantId, change: m.quantity, type: "RETURN",
          reason: input.reason ?? null, referenceType: "sale", referenceId: sale.id, userId, allowNegative: true,
        });
      }
    }

    const created = await tx.posReturn.create({
      data: {
        tenantId, saleId: sale.id, reason: input.reason ?? null, refundAmount: refund, refundMethod: input.refundMethod,
        dueReduction, pointsRemoved, pointsRestored, restock, lines: returnLines, userId,
      },
    });
    for (const r of returnLines) {
      await tx.posSaleLine.update({ where: { id: r.saleLineId }, data: { returnedQuantity: { increment: r.quantity } } });
    }
    const allBack = sale.lines.every((l) => l.returnedQuantity + (wanted.get(l.id) ?? 0) >= l.quantity);
    await tx.posSale.update({
      where: { id: sale.id },
      data: { status: allBack ? "RETURNED" : "PARTIALLY_RETURNED", refundedTotal: { increment: refund } },
    });
    if (payout > 0) {
      await tx.posPayment.create({
        data: {
          tenantId, storeId: sale.storeId, saleId: sale.id, customerId: sale.customerId, method: input.refundMethod, kind: "REFUND",
          amount: -payout, reference: `return ${created.id}`, userId,
        },
      });
    }
    if (customer) {
      const note = `Return on sale ${sale.number}`;
      if (dueReduction > 0) await postLedger(tx, customer, "RETURN", -dueReduction, { referenceType: "return", referenceId: created.id, userId, note });
      if (pointsRemoved > 0) await postLoyalty(tx, customer, "RETURN", -pointsRemoved, { saleId: sale.id, userId, reason: `${note}: earned points taken back` });
      if (pointsRestored > 0) await postLoyalty(tx, customer, "RETURN", pointsRestored, { saleId: sale.id, userId, reason: `${note}: redeemed points given back` });
    }
    await audit(tx, ctx, {
      action: "sale.return", entityType: "PosSale", entityId: sale.id,
      before: { status: sale.status, refundedTotal: sale.refundedTotal },
      after: { status: allBack ? "RETURNED" : "PARTIALLY_RETURNED", refundedTotal: sale.refundedTotal + refund, return: created },
    });
    return created.id;
  }, TX_OPTIONS);
}
