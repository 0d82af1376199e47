import type { Context } from "../../../kernel/context.ts";
import { Decimal } from "../shared/money.ts";
import { nextNumber } from "../shared/sequence.ts";
import { recalcOrder, refreshShippingWeight } from "./order-totals.ts";
import { chargeRows, creditedItems, lockItems, refOf, refsOf, type ChargeInput } from "./order-lines.ts";
import { lockedOrder, lockOrderRow, OPEN } from "./order.service.ts";
import { badField, ItemList, MAX_CREDIT_ITEMS, refused, required } from "./order.validation.ts";

/** The order fields a sibling order (split target, credit note, reissue) inherits. */
const inherited = (o: { type: "bidder" | "consignor" | "credit_note" | "transport_invoice"; saleId: number | null; ownerId: number; bidderIds: string[];
  paymentTypeId: number | null; useCustomAddress: boolean; customAddress: unknown; prependText: string; appendText: string }) => ({
  saleId: o.saleId, ownerId: o.ownerId, bidderIds: o.bidderIds, paymentTypeId: o.paymentTypeId,
  useCustomAddress: o.useCustomAddress, customAddress: (o.customAddress ?? undefined) as never, prependText: o.prependText, appendText: o.appendText,
});

function itemIdsOf(items: readonly string[] | null | undefined) {
  if (!items || items.length === 0) throw required("items");
  const parsed = ItemList.safeParse(items);
  if (!parsed.success) throw badField("items", parsed.error.issues[0]!.message);
  return refsOf(items, "items", "Item");
}

/**
 * Split Order: moves the given lines to the client's other open order of the same type in the same sale when there
 * is one (the spec's note), else to a new order; both totals are recomputed. Only open orders (new, in_process)
 * split, the items must be on the order and at least one line must stay.
 */
export async function splitOrder(ctx: Context, input: { order?: string | null; items?: readonly string[] | null }) {
  if (!input.order) throw required("order");
  const orderId = refOf(input.order, "order", "Order");
  const itemIds = itemIdsOf(input.items);
  return ctx.db.$transaction(async (tx) => {
    const order = await lockOrderRow(tx, orderId);
    if (!order) throw badField("order", `Order with ID ${orderId} does not exist`);
    if (!OPEN.includes(order.status)) throw refused(`Order #${order.orderNumber} is ${order.status}: only new or in_process orders can be split`);
    if (order.type !== "bidder" && order.type !== "consignor") throw refused(`A ${order.type} cannot be split`);
    await lockItems(tx, itemIds);
    const lines = await tx.auctionOrderLine.findMany({ where: { orderId: order.id }, select: { itemId: true } });
    const onOrder = new Set(lines.map((l) => l.itemId));
    const foreign = itemIds.find((id) => !onOrder.has(id));
    if (foreign) throw refused(`Item ${foreign} is not on order #${order.orderNumber}`);
    if (itemIds.length === lines.length) throw refused("Nothing would remain on the order: keep at least one item");

    const existing = await tx.auctionOrder.findFirst({
      where: { id: { not: order.id }, ownerId: order.ownerId, saleId: order.saleId, type: order.type, status: { in: OPEN } },
      orderBy: { id: "asc" }, select: { id: true },
    });
    const target = existing ?? await tx.auctionOrder.create({
      data: { ...inherited(order), orderNumber: await nextNumber(tx, "order", 12345), type: order.type, status: "new" },
      select: { id: true },
    });
    await tx.auctionOrderLine.updateMany({ where: { orderId: order.id, itemId: { in: itemIds } }, data: { orderId: target.id } });
    for (const id of [order.id, target.id]) {
      await refreshShippingWeight(tx, id);
      await recalcOrder(tx, id);
    }
    return { newOrderId: target.id, originalOrderId: order.id, movedItems: itemIds };
  });
}

/**
 * Create Credit Note: a credit_note order of the same client and sale with the given lines negated (hammer price
 * and premium), pointing at the credited order. The order must be a finished or locked invoice; 1–100 items, each
 * on the order and not credited yet by a live credit note.
 */
export async function createCreditNote(ctx: Context, rawOrderId: string, input: { items?: readonly string[] | null }) {
  const itemIds = itemIdsOf(input.items);
  if (itemIds.length > MAX_CREDIT_ITEMS) throw badField("items", `At most ${MAX_CREDIT_ITEMS} items per credit note`);
  return ctx.db.$transaction(async (tx) => {
    const order = await lockedOrder(tx, rawOrderId);
    if (order.type !== "bidder") throw refused(`Credit notes credit bidder invoices, not a ${order.type} order`);
    if (order.status !== "finished" && order.status !== "locked") throw refused(`Order #${order.orderNumber} is ${order.status}: only finished or locked orders can be credited`);
    const lines = await tx.auctionOrderLine.findMany({ where: { orderId: order.id, itemId: { in: itemIds } } });
    const byItem = new Map(lines.map((l) => [l.itemId, l]));
    const foreign = itemIds.find((id) => !byItem.has(id));
    if (foreign) throw refused(`Item ${foreign} is not on order #${order.orderNumber}`);
    const credited = await creditedItems(tx, [order.id], itemIds);
    const again = itemIds.find((id) => credited.has(`${order.id}:${id}`));
    if (again) throw refused(`Item ${again} was already credited`);
    const note = await tx.auctionOrder.create({
      data: {
        ...inherited(order), orderNumber: await nextNumber(tx, "order", 12345), type: "credit_note", status: "new", creditedOrderId: order.id,
        lines: { create: itemIds.map((id) => negated(byItem.get(id)!)) },
      },
      select: { id: true },
    });
    await recalcOrder(tx, note.id);
    return { creditNoteOrderNid: note.id };
  });
}

const negated = (l: { itemId: number; hammerPrice: Decimal; commission: Decimal; taxRate: Decimal }) =>
  ({ itemId: l.itemId, hammerPrice: l.hammerPrice.negated(), commission: l.commission.negated(), taxRate: l.taxRate });

/**
 * Cancel and Reissue: for a locked order (already exported to accounting) in one transaction, a credit note for
 * every line not credited yet and every charge, the order canceled, and a new order (status new, reissued from it)
 * with those lines and charges. Payments stay on the original order.
 */
export async function cancelAndReissue(ctx: Context, rawOrderId: string) {
  return ctx.db.$transaction(async (tx) => {
    const order = await lockedOrder(tx, rawOrderId);
    if (order.status !== "locked") throw refused(`Order #${order.orderNumber} is ${order.status}: only locked orders can be canceled and reissued`);
    const allLines = await tx.auctionOrderLine.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    await lockItems(tx, allLines.map((l) => l.itemId));
    const credited = await creditedItems(tx, [order.id]);
    const lines = allLines.filter((l) => !credited.has(`${order.id}:${l.itemId}`));
    const charges = await tx.auctionOrderCharge.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
    const chargeOf = (c: (typeof charges)[number], sign: 1 | -1) =>
      ({ termId: c.termId, amount: sign < 0 ? c.amount.negated() : c.amount, tax: c.tax, description: c.description, date: c.date });

    const note = await tx.auctionOrder.create({
      data: {
        ...inherited(order), orderNumber: await nextNumber(tx, "order", 12345), type: "credit_note", status: "new", creditedOrderId: order.id,
        lines: { create: lines.map(negated) },
        charges: { create: charges.map((c) => chargeOf(c, -1)) },
      },
      select: { id: true },
    });
    await tx.auctionOrder.update({ where: { id: order.id }, data: { status: "canceled" } });
    const reissue = await tx.auctionOrder.create({
      data: {
        ...inherited(order), orderNumber: await nextNumber(tx, "order", 12345), type: order.type, status: "new", reissuedFromId: order.id,
        shippingWeight: order.shippingWeight,
        lines: { create: lines.map((l) => ({ itemId: l.itemId, hammerPrice: l.hammerPrice, commission: l.commission, taxRate: l.taxRate })) },
        charges: { create: charges.map((c) => chargeOf(c, 1)) },
      },
      select: { id: true },
    });
    await recalcOrder(tx, note.id);
    await recalcOrder(tx, reissue.id);
    return { newOrderNid: reissue.id, creditNoteNid: note.id };
  });
}

/**
 * Reset Additional Charges of a consignor statement: its charges become the consignor's defaults
 * (AuctionClient.additionalCharges: [{term, amount, tax, description}], amount and VAT falling back to the term's
 * defaults); entries naming a term that no longer exists are skipped. Locked or canceled statements refuse (422).
 */
export async function resetStatementCharges(ctx: Context, rawOrderId: string) {
  return ctx.db.$transaction(async (tx) => {
    const order = await lockedOrder(tx, rawOrderId);
    if (order.type !== "consignor") throw refused(`Order #${order.orderNumber} is a ${order.type} order: only consignor statements have statement charges`);
    if (order.status === "locked" || order.status === "canceled") throw refused(`Order #${order.orderNumber} is ${order.status} and cannot be changed`);
    const owner = await tx.auctionClient.findUniqueOrThrow({ where: { id: order.ownerId }, select: { additionalCharges: true } });
    const defaults = defaultCharges(owner.additionalCharges);
    const known = new Set((await tx.auctionChargeTerm.findMany({ where: { id: { in: defaults.map((d) => Number(d.term)).filter(Number.isInteger) } }, select: { id: true } })).map((t) => t.id));
    const rows = await chargeRows(tx, defaults.filter((d) => known.has(Number(d.term))));
    await tx.auctionOrderCharge.deleteMany({ where: { orderId: order.id } });
    await tx.auctionOrderCharge.createMany({ data: rows.map((r) => ({ ...r, orderId: order.id })) });
    await recalcOrder(tx, order.id);
    return { success: true, chargesReset: rows.length };
  });
}

/** The client's stored default charges, read defensively (a JSON column: anything not a charge is ignored). */
function defaultCharges(json: unknown): ChargeInput[] {
  if (!Array.isArray(json)) return [];
  const money = (v: unknown) => (typeof v === "number" || (typeof v === "string" && /^-?\d{1,12}(\.\d{1,2})?$/.test(v.trim())) ? String(v).trim() : null);
  return json.flatMap((c) => {
    if (!c || typeof c !== "object") return [];
    const e = c as Record<string, unknown>;
    const term = typeof e.term === "object" && e.term ? (e.term as { id?: unknown }).id : e.term;
    if (!/^\d{1,9}$/.test(String(term ?? ""))) return [];
    return [{ term: String(term), amount: money(e.amount), tax: money(e.tax), description: typeof e.description === "string" ? e.description : "" }];
  });
}
