import { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { badRequest } from "../../../kernel/errors.ts";
import { idOf, missing } from "../shared/ids.ts";
import { nextNumber } from "../shared/sequence.ts";
import { recalcOrder, refreshShippingWeight } from "./order-totals.ts";
import { bidderLines, bidderNumbers, chargeRows, consignorLines, refOf, refsOf, type ChargeInput, type LineData, type OrderKind } from "./order-lines.ts";
import { AttachedText, badField, CustomAddress, ItemList, refused, required, ShippingWeight } from "./order.validation.ts";

type Tx = Prisma.TransactionClient;
export type OrderStatus = "new" | "in_process" | "finished" | "locked" | "canceled";

type Common = {
  additionalCharges?: readonly ChargeInput[] | null;
  useCustomAddress?: boolean | null;
  customAddress?: unknown;
  prependText?: string | null;
  appendText?: string | null;
  paymentType?: string | null;
  shippingWeight?: number | null;
};
export type CreateOrderInput = Common & {
  type?: OrderKind | null; sale?: string | null; owner?: string | null; status?: OrderStatus | null; items?: readonly string[] | null;
};
export type UpdateOrderInput = Common & { status?: OrderStatus | null };

/** The forward path of an order; canceled is reachable from any of these except locked. */
const FLOW: OrderStatus[] = ["new", "in_process", "finished", "locked"];
/** Orders whose contents may still change, and that split may take items from or into. */
export const OPEN: OrderStatus[] = ["new", "in_process"];

export async function findOrder(ctx: Context, rawId: string | number, query: object = {}) {
  const order = await ctx.db.auctionOrder.findUnique({ ...query, where: { id: idOf(rawId, "Order") } });
  if (!order) throw missing("Order", rawId);
  return order;
}

/** The order row a mutation works on, locked for the transaction (concurrent changes of one order queue up). */
export async function lockedOrder(tx: Tx, rawId: string | number) {
  const order = await lockOrderRow(tx, idOf(rawId, "Order"));
  if (!order) throw missing("Order", rawId);
  return order;
}

/** Like lockedOrder for an order named in a body: null when it does not exist. */
export async function lockOrderRow(tx: Tx, id: number) {
  await tx.$queryRawUnsafe(`SELECT id FROM auction_orders WHERE id = $1 FOR UPDATE`, id);
  return tx.auctionOrder.findUnique({ where: { id } });
}

/** The fields both create and update write as given (addresses, texts, payment type, weight). */
async function scalars(tx: Tx, input: Common) {
  const data: Prisma.AuctionOrderUncheckedUpdateInput = {};
  if (input.useCustomAddress !== undefined && input.useCustomAddress !== null) data.useCustomAddress = input.useCustomAddress;
  if (input.customAddress !== undefined) {
    if (input.customAddress === null) data.customAddress = Prisma.DbNull;
    else {
      const parsed = CustomAddress.safeParse(input.customAddress);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = ["custom_address", ...issue.path.map(String)].join(".");
        throw badField(where, issue.code === "unrecognized_keys" ? `unknown address field(s): ${(issue as { keys: string[] }).keys.join(", ")}` : issue.message);
      }
      data.customAddress = parsed.data;
    }
  }
  for (const key of ["prependText", "appendText"] as const) {
    if (input[key] === undefined || input[key] === null) continue;
    const parsed = AttachedText.safeParse(input[key]);
    if (!parsed.success) throw badField(key === "prependText" ? "prepend_text" : "append_text", parsed.error.issues[0]!.message);
    data[key] = parsed.data;
  }
  if (input.paymentType !== undefined) {
    const id = input.paymentType ? refOf(input.paymentType, "payment_type", "Payment type") : null;
    if (id && !(await tx.auctionPaymentType.count({ where: { id } }))) throw badField("payment_type", `Payment type with ID ${id} does not exist`);
    data.paymentTypeId = id;
  }
  if (input.shippingWeight !== undefined) {
    if (input.shippingWeight !== null) {
      const parsed = ShippingWeight.safeParse(input.shippingWeight);
      if (!parsed.success) throw badField("shipping_weight", parsed.error.issues[0]!.message);
    }
    data.shippingWeight = input.shippingWeight === null ? null : String(input.shippingWeight);
  }
  return data;
}

/** An order that uses a custom address needs one: given now or stored before (and not cleared now). */
function checkCustomAddress(input: Common, stored: { useCustomAddress: boolean; customAddress: unknown } | null) {
  const uses = input.useCustomAddress ?? stored?.useCustomAddress ?? false;
  const address = input.customAddress === undefined ? stored?.customAddress : input.customAddress;
  if (uses && !address) throw required("custom_address");
}

/**
 * A new order in one transaction: its number from the house series, lines from the items by the order type's rules,
 * charges, the client's bidder numbers in the sale and default payment type, then the totals.
 */
export async function createOrder(ctx: Context, input: CreateOrderInput): Promise<number> {
  if (!input.type) throw required("type");
  if (!input.owner) throw required("owner");
  if (input.type === "credit_note") throw refused("Credit notes are made from a finished or locked order (order-create-credit-note)");
  const status = input.status ?? "new";
  if (!OPEN.includes(status)) throw badField("status", "A new order starts as new or in_process");
  const items = input.items ?? [];
  const itemList = ItemList.safeParse(items);
  if (!itemList.success) throw badField("items", itemList.error.issues[0]!.message);
  if (input.type === "transport_invoice" && items.length) throw refused("Transport invoices carry additional charges only, no items");
  if (input.type !== "transport_invoice" && !input.sale) throw required("sale");
  const ownerId = refOf(input.owner, "owner", "Client");
  const saleId = input.sale ? refOf(input.sale, "sale", "Sale") : null;
  const itemIds = refsOf(items, "items", "Item");

  const created = await ctx.db.$transaction(async (tx) => {
    const owner = await tx.auctionClient.findUnique({ where: { id: ownerId }, select: { id: true, status: true, defaultPaymentMethodId: true } });
    if (!owner || owner.status === "deleted") throw badField("owner", `Client with ID ${ownerId} does not exist`);
    const sale = saleId ? await tx.auctionSale.findUnique({ where: { id: saleId }, select: { id: true, premiumRate: true, taxRate: true } }) : null;
    if (saleId && !sale) throw badField("sale", `Sale with ID ${saleId} does not exist`);
    let lines: LineData[] = [];
    if (input.type === "bidder") lines = await bidderLines(tx, sale!, ownerId, itemIds);
    if (input.type === "consignor") lines = await consignorLines(tx, sale!, ownerId, itemIds);
    const charges = await chargeRows(tx, input.additionalCharges ?? []);
    checkCustomAddress(input, null);
    const data = await scalars(tx, input);
    const orderNumber = await nextNumber(tx, "order", 12345);
    const order = await tx.auctionOrder.create({
      data: {
        paymentTypeId: owner.defaultPaymentMethodId,
        ...(data as object),
        orderNumber, type: input.type!, status, ownerId, saleId,
        bidderIds: await bidderNumbers(tx, saleId, ownerId),
        lines: { create: lines },
        charges: { create: charges },
      },
    });
    if (lines.length && input.shippingWeight === undefined) await refreshShippingWeight(tx, order.id);
    await recalcOrder(tx, order.id);
    return order;
  });
  return created.id;
}

/** Whether a status may follow another: forward along new → in_process → finished → locked, or to canceled. */
export function checkTransition(from: OrderStatus, to: OrderStatus) {
  if (from === to) return;
  if (from === "locked" || from === "canceled") throw refused(`The order is ${from}: its status cannot change (locked orders are corrected by cancel-and-reissue)`);
  if (to === "canceled") return;
  if (FLOW.indexOf(to) < FLOW.indexOf(from)) throw refused(`The order cannot move back from ${from} to ${to}`);
}

/**
 * Update Order / Update Order Status. Locked and canceled orders refuse any change (422); additional charges
 * replace the list and the totals follow. Canceling keeps the lines for the record: a canceled order no longer holds
 * its items, which may then go on another order.
 */
export async function updateOrder(ctx: Context, rawId: string, input: UpdateOrderInput) {
  const changes = Object.entries(input).filter(([, v]) => v !== undefined);
  await ctx.db.$transaction(async (tx) => {
    const order = await lockedOrder(tx, rawId);
    if (!changes.length) return;
    if (order.status === "locked" || order.status === "canceled") {
      throw refused(`Order #${order.orderNumber} is ${order.status} and cannot be changed${order.status === "locked" ? " (use cancel-and-reissue)" : ""}`);
    }
    if (input.status) checkTransition(order.status, input.status);
    checkCustomAddress(input, order);
    const data = await scalars(tx, input);
    if (input.status) data.status = input.status;
    if (input.additionalCharges) {
      const charges = await chargeRows(tx, input.additionalCharges);
      await tx.auctionOrderCharge.deleteMany({ where: { orderId: order.id } });
      await tx.auctionOrderCharge.createMany({ data: charges.map((c) => ({ ...c, orderId: order.id })) });
    }
    await tx.auctionOrder.update({ where: { id: order.id }, data });
    if (input.additionalCharges) await recalcOrder(tx, order.id);
  });
}

/** Orders Attached Text: the order's prepend/append text (filter[order] required). */
export async function attachedText(ctx: Context, filter: { order?: string | null } | null | undefined) {
  const raw = filter?.order;
  if (raw === undefined || raw === null || String(raw).trim() === "") {
    throw badRequest("The field 'filter[order]' is required", { title: "The field 'filter[order]' is required", fields: [{ path: "filter[order]", message: "This field is required" }] });
  }
  const order = await findOrder(ctx, String(raw), { select: { id: true, prependText: true, appendText: true } }) as { id: number; prependText: string; appendText: string };
  return { order: order.id, prependText: order.prependText, appendText: order.appendText };
}
