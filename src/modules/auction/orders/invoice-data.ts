import type { Prisma } from "../../../../generated/prisma/client.ts";
import { formatMoney, type Decimal } from "../shared/money.ts";
import { breakdown } from "./order-totals.ts";

type OrderType = "bidder" | "consignor" | "credit_note" | "transport_invoice";

const ADDRESS = {
  firstName: true, lastName: true, thoroughfare: true, premise: true, locality: true, administrativeArea: true,
  postalCode: true, country: true, types: true, isDefault: true,
} as const;

/**
 * Everything an invoice is drawn from, as one nested select: plugin-prisma merges it into the page query, so a list of
 * orders loads lines, items, charges and addresses with one statement per relation, never one per order.
 */
export const INVOICE_SELECT = {
  orderNumber: true,
  type: true,
  bidderIds: true,
  useCustomAddress: true,
  customAddress: true,
  createdAt: true,
  owner: { select: { customerNumber: true, firstName: true, lastName: true, taxId: true, addresses: { select: ADDRESS, orderBy: { id: "asc" } } } },
  lines: {
    select: {
      hammerPrice: true, commission: true, taxRate: true,
      item: { select: { id: true, lot: true, position: true, description: true, winnerBidderNumber: true, consignment: { select: { number: true, symbol: true } } } },
    },
    orderBy: [{ item: { position: "asc" } }, { id: "asc" }],
  },
  charges: { select: { amount: true, tax: true, description: true, term: { select: { id: true, label: true } } }, orderBy: { id: "asc" } },
} satisfies Prisma.AuctionOrderSelect;

export type InvoiceSource = Prisma.AuctionOrderGetPayload<{ select: typeof INVOICE_SELECT }>;
type Address = InvoiceSource["owner"]["addresses"][number];
type Line = InvoiceSource["lines"][number];
export type DisplayRow = { label: string; value: string };

/** An address in the legacy addressfield shape (the one custom_address is written in). */
function addressOf(a: Address | null | undefined, fallbackName: string) {
  if (!a) return null;
  return {
    name_line: `${a.firstName} ${a.lastName}`.trim() || fallbackName,
    thoroughfare: a.thoroughfare, premise: a.premise, locality: a.locality,
    administrative_area: a.administrativeArea, postal_code: a.postalCode, country: a.country,
  };
}

/** The buyer's billing address: the default one, else one marked billing, else the first. */
export function buyerAddress(o: InvoiceSource) {
  const list = o.owner.addresses;
  const name = clientName(o.owner);
  return addressOf(list.find((a) => a.isDefault) ?? list.find((a) => a.types.includes("billing")) ?? list[0], name);
}

/** Where the goods go: the order's custom address when it says so, else a shipping address, else the buyer's. */
export function shippingAddress(o: InvoiceSource) {
  if (o.useCustomAddress && o.customAddress && typeof o.customAddress === "object") return o.customAddress as Record<string, unknown>;
  const shipping = o.owner.addresses.find((a) => a.types.includes("shipping"));
  return shipping ? addressOf(shipping, clientName(o.owner)) : buyerAddress(o);
}

export const clientName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();
export const consignmentNumber = (c: { number: number; symbol: string } | null) => (c ? `${c.symbol}-${c.number}` : null);

/** The key a line is grouped under: the paddle it was won with (statements: its consignment). */
export function groupKeyOf(o: Pick<InvoiceSource, "type" | "bidderIds">, line: Line): string {
  if (o.type === "consignor") return consignmentNumber(line.item.consignment) ?? "";
  return line.item.winnerBidderNumber ?? o.bidderIds[0] ?? "";
}

/** VAT percent without trailing zeros ("17", "7.5"): the legacy tax_id names the rate applied. */
export const rateText = (rate: Decimal) => rate.toString();

/**
 * The totals block of the invoice (also printed on the PDF): Subtotal and the premium (statements: the house
 * commission, deducted) with each additional charge, then Tax and Grand Total — the same breakdown recalcOrder stores.
 */
export function totalsForDisplay(o: Pick<InvoiceSource, "type" | "lines" | "charges">, currency: string): DisplayRow[][] {
  const totals = breakdown(o.type as OrderType, o.lines, o.charges);
  const statement = o.type === "consignor";
  const money = (v: Decimal) => formatMoney(statement && !v.isZero() ? v.negated() : v, currency);
  const first: DisplayRow[] = [
    { label: "Subtotal", value: formatMoney(totals.subtotal, currency) },
    { label: statement ? "Commission" : "Buyer's Premium", value: money(totals.commission) },
    ...o.charges.map((c) => ({ label: c.description ? `${c.term.label} (${c.description})` : c.term.label, value: money(c.amount) })),
  ];
  return [first, [{ label: "Tax", value: money(totals.tax) }, { label: "Grand Total", value: formatMoney(totals.grandTotal, currency) }]];
}

/** The spec's invoice_data: header blocks, lines grouped by bidder number, totals for display. */
export function invoiceData(o: InvoiceSource, currency: string) {
  const items: Record<string, unknown[]> = {};
  for (const line of o.lines) {
    (items[groupKeyOf(o, line)] ??= []).push({
      nid: String(line.item.id),
      lot: line.item.lot ?? "",
      description: line.item.description,
      hammer_price: line.hammerPrice.toFixed(2),
      commission: line.commission.toFixed(2),
      tax_id: rateText(line.taxRate),
      consignment_number: consignmentNumber(line.item.consignment),
    });
  }
  return {
    header_left: { buyer_address: buyerAddress(o), shipping_address: shippingAddress(o) },
    header_right: {
      invoice_number: String(o.orderNumber),
      customer_number: o.owner.customerNumber,
      bidder_number: o.bidderIds[0] ?? null,
      vat_number: o.owner.taxId,
    },
    items,
    totals_for_display: totalsForDisplay(o, currency),
  };
}
