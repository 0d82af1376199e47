import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { formatMoney } from "../shared/money.ts";
import { dateOnly } from "../shared/dates.ts";
import { buyerAddress, INVOICE_SELECT, shippingAddress, totalsForDisplay, type InvoiceSource } from "./invoice-data.ts";

export const PRINT_SIGNALS = ["white_bidder_invoice", "accounting", "via_bulk"] as const;
export type PrintSignal = (typeof PRINT_SIGNALS)[number];
/** The house named on letterheads and in the document's metadata. */

export const PRINT_SELECT = {
  ...INVOICE_SELECT,
  id: true, status: true, prependText: true, appendText: true, paymentReceived: true, amountDue: true, grandTotal: true,
  sale: { select: { label: true, saleDate: true } },
  creditedOrder: { select: { orderNumber: true } },
} satisfies Prisma.AuctionOrderSelect;
export type PrintSource = Prisma.AuctionOrderGetPayload<{ select: typeof PRINT_SELECT }>;

export type PrintOptions = { signal: PrintSignal; withDescription: boolean; withLetterhead: boolean; currency: string; houseName: string };

const TITLES: Record<string, string> = {
  bidder: "Invoice", consignor: "Consignor Statement", credit_note: "Credit Note", transport_invoice: "Transport Invoice",
};
export const documentTitle = (o: Pick<PrintSource, "type" | "orderNumber">) => `${TITLES[o.type]} ${o.orderNumber}`;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const GREY = rgb(0.4, 0.4, 0.4);

/** Text the standard fonts cannot draw (outside WinAnsi) becomes "?" instead of failing the whole document. */
function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/[\r\n\t]+/g, " ")].map((c) => (known.has(c.codePointAt(0)!) ? c : "?")).join("");
}

/** Cuts a text to a width, with an ellipsis when it had to be cut. */
function fit(font: PDFFont, size: number, text: string, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Word-wraps a paragraph into lines no wider than `width`. */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width) line = next;
      else { if (line) out.push(line); line = fit(font, size, word, width); }
    }
    out.push(line);
  }
  return out;
}

/**
 * The printable invoice (or statement, or credit note): letterhead, the document number and the client's numbers,
 * buyer and shipping address, one row per lot (lot, description when asked, hammer price, premium; the accounting
 * copy adds the VAT rate), the charges, and the same totals as invoice_data. Pages break as the rows need.
 */
export async function renderInvoicePdf(o: PrintSource, opts: PrintOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const title = documentTitle(o);
  doc.setTitle(title);
  doc.setSubject(`${title} for customer ${o.owner.customerNumber}${o.sale ? `, ${o.sale.label}` : ""}`);
  doc.setAuthor(opts.houseName);
  doc.setCreator(`${opts.houseName} back office (${opts.signal})`);
  doc.setKeywords([String(o.orderNumber), o.owner.customerNumber, o.type, opts.signal]);

  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const write = (text: string, x: number, opt: { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb>; right?: boolean } = {}) => {
    const font = opt.font ?? regular;
    const size = opt.size ?? 9;
    const t = drawable(font, text);
    const at = opt.right ? x - font.widthOfTextAtSize(t, size) : x;
    page.drawText(t, { x: at, y, size, font, color: opt.color ?? rgb(0, 0, 0) });
  };
  const room = (needed: number) => {
    if (y - needed >= MARGIN) return;
    page = doc.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
    write(`${title} (continued)`, MARGIN, { font: bold });
    y -= 18;
  };
  const right = A4.width - MARGIN;

  if (opts.withLetterhead) {
    write(opts.houseName, MARGIN, { size: 18, font: bold });
    y -= 14;
    write("Auctioneers and valuers", MARGIN, { size: 9, color: GREY });
    y -= 8;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 0.8, color: GREY });
    y -= 20;
  }
  write(title, MARGIN, { size: 16, font: bold });
  if (opts.signal === "accounting") write("ACCOUNTING COPY", right, { font: bold, right: true });
  if (opts.signal === "via_bulk") write("Bulk print", right, { color: GREY, right: true });
  y -= 20;

  // header: numbers on the right, buyer (and shipping) address on the left
  const headerTop = y;
  const facts: [string, string][] = [
    ["Invoice number", String(o.orderNumber)],
    ["Date", dateOnly(o.createdAt)!],
    ["Customer number", o.owner.customerNumber],
    ...(o.bidderIds.length ? [["Bidder number", o.bidderIds.join(", ")] as [string, string]] : []),
    ...(o.owner.taxId ? [["VAT number", o.owner.taxId] as [string, string]] : []),
    ...(o.sale ? [["Sale", o.sale.label] as [string, string]] : []),
    ...(o.creditedOrder ? [["Credits invoice", String(o.creditedOrder.orderNumber)] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    write(`${label}:`, right - 200, { color: GREY });
    write(fit(regular, 9, drawable(regular, value), 110), right, { right: true });
    y -= 12;
  }
  const factsBottom = y;
  y = headerTop;
  const block = (heading: string, address: Record<string, unknown> | null) => {
    write(heading, MARGIN, { font: bold });
    y -= 12;
    const a = address ?? {};
    const cityLine = [a.postal_code, a.locality, a.administrative_area].filter(Boolean).join(" ");
    for (const line of [a.name_line, a.organisation_name, a.thoroughfare, a.premise, cityLine, a.country].filter((l) => typeof l === "string" && l.trim())) {
      write(fit(regular, 9, drawable(regular, String(line)), 230), MARGIN);
      y -= 11;
    }
    y -= 6;
  };
  const buyer = buyerAddress(o);
  block("Bill to", buyer ?? { name_line: `${o.owner.firstName} ${o.owner.lastName}`.trim() });
  const ship = shippingAddress(o);
  if (ship && JSON.stringify(ship) !== JSON.stringify(buyer)) block("Ship to", ship);
  y = Math.min(y, factsBottom) - 10;

  if (o.prependText.trim()) {
    for (const line of wrap(regular, 9, drawable(regular, o.prependText), right - MARGIN)) { room(12); write(line, MARGIN); y -= 12; }
    y -= 6;
  }

  // lots
  const accounting = opts.signal === "accounting";
  const cols = { lot: MARGIN, description: MARGIN + 45, hammer: right - (accounting ? 150 : 90), premium: right - (accounting ? 60 : 0), vat: right };
  const premiumLabel = o.type === "consignor" ? "Commission" : "Premium";
  const heading = () => {
    write("Lot", cols.lot, { font: bold });
    if (opts.withDescription) write("Description", cols.description, { font: bold });
    write("Hammer", cols.hammer, { font: bold, right: true });
    write(premiumLabel, cols.premium, { font: bold, right: true });
    if (accounting) write("VAT %", cols.vat, { font: bold, right: true });
    y -= 4;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 0.5, color: GREY });
    y -= 12;
  };
  if (o.lines.length) {
    room(40);
    heading();
    for (const line of o.lines) {
      const description = opts.withDescription ? wrap(regular, 9, drawable(regular, line.item.description), cols.hammer - 70 - cols.description).slice(0, 3) : [""];
      const height = 12 * Math.max(1, description.length);
      if (y - height < MARGIN) { room(height + 40); heading(); }
      write(fit(regular, 9, drawable(regular, line.item.lot ?? String(line.item.id)), 40), cols.lot);
      write(formatMoney(line.hammerPrice, opts.currency), cols.hammer, { right: true });
      write(formatMoney(line.commission, opts.currency), cols.premium, { right: true });
      if (accounting) write(line.taxRate.toString(), cols.vat, { right: true });
      for (const [i, text] of description.entries()) {
        if (i > 0) y -= 12;
        if (text) write(text, cols.description);
      }
      y -= 12;
    }
    y -= 8;
  }

  // totals: the very rows invoice_data shows
  const groups = totalsForDisplay(o, opts.currency);
  for (const group of groups) {
    room(14 * group.length + 6);
    for (const row of group) {
      const isGrand = row.label === "Grand Total";
      write(fit(regular, 9, drawable(regular, row.label), 220), right - 330, { font: isGrand ? bold : regular });
      write(row.value, right, { font: isGrand ? bold : regular, right: true });
      y -= 14;
    }
    y -= 6;
  }
  if (accounting) {
    room(34);
    write("Payment received", right - 330, { color: GREY });
    write(formatMoney(o.paymentReceived, opts.currency), right, { right: true });
    y -= 14;
    write("Amount due", right - 330, { font: bold });
    write(formatMoney(o.amountDue, opts.currency), right, { font: bold, right: true });
    y -= 20;
  }
  if (o.appendText.trim()) {
    for (const line of wrap(regular, 9, drawable(regular, o.appendText), right - MARGIN)) { room(12); write(line, MARGIN); y -= 12; }
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const text = `${title} - page ${i + 1} of ${pages.length}`;
    p.drawText(text, { x: right - regular.widthOfTextAtSize(text, 7), y: MARGIN / 2, size: 7, font: regular, color: GREY });
  });
  return doc.save();
}

export type { InvoiceSource };
