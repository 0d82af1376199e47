import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { formatMoney, type Decimal } from "../shared/money.ts";

export type LabelItem = { lot: string | null; description: string; estimateLow: Decimal | null; estimateHigh: Decimal | null; sale: { label: string } };

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 28;
const GAP = 8;
const COLUMNS = 2;
const ROWS = 7;
const PAD = 8;

const charsets = new WeakMap<PDFFont, Set<number>>();
/** Text the standard fonts cannot draw (outside WinAnsi) becomes "?" instead of failing the whole sheet. */
function drawable(font: PDFFont, text: string): string {
  let known = charsets.get(font);
  if (!known) charsets.set(font, (known = new Set(font.getCharacterSet())));
  return [...text.replace(/[\r\n\t]+/g, " ")].map((c) => (known.has(c.codePointAt(0)!) ? c : "?")).join("");
}

/** Word-wrapped lines no wider than `width`, at most `max` of them (the last one cut with an ellipsis). */
function lines(font: PDFFont, size: number, text: string, width: number, max: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) { line = next; continue; }
    if (line) out.push(line);
    line = word;
    if (out.length === max) break;
  }
  if (line && out.length < max) out.push(line);
  if (out.length === max && font.widthOfTextAtSize(out.join(" "), size) < font.widthOfTextAtSize(text, size) - 1) {
    let last = out[max - 1]!;
    while (last && font.widthOfTextAtSize(`${last}…`, size) > width) last = last.slice(0, -1);
    out[max - 1] = `${last}…`;
  }
  return out.map((l) => {
    let cut = l;
    while (font.widthOfTextAtSize(cut, size) > width) cut = cut.slice(0, -1);
    return cut;
  });
}

const estimate = (item: LabelItem, currency: string) => {
  const low = item.estimateLow && formatMoney(item.estimateLow, currency);
  const high = item.estimateHigh && formatMoney(item.estimateHigh, currency);
  return low && high ? `Estimate: ${low} – ${high}` : low || high ? `Estimate: ${low ?? high}` : "Estimate: on request";
};

/** An A4 sheet of lot labels, 2 × 7 per page, in the order given: lot, sale, description (3 lines), estimates. */
export async function renderLabelsPdf(items: readonly LabelItem[], currency: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(`Lot labels (${items.length})`);
  doc.setCreator("Circuit Auction back office");
  const width = (A4.width - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
  const height = (A4.height - 2 * MARGIN - (ROWS - 1) * GAP) / ROWS;
  const perPage = COLUMNS * ROWS;
  let page = doc.addPage([A4.width, A4.height]);
  items.forEach((item, i) => {
    if (i > 0 && i % perPage === 0) page = doc.addPage([A4.width, A4.height]);
    const slot = i % perPage;
    const x = MARGIN + (slot % COLUMNS) * (width + GAP);
    const top = A4.height - MARGIN - Math.floor(slot / COLUMNS) * (height + GAP);
    page.drawRectangle({ x, y: top - height, width, height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
    const inner = width - 2 * PAD;
    let y = top - PAD - 14;
    page.drawText(drawable(bold, `Lot ${item.lot ?? "—"}`), { x: x + PAD, y, size: 14, font: bold });
    y -= 12;
    page.drawText(lines(regular, 7.5, drawable(regular, item.sale.label), inner, 1)[0] ?? "", { x: x + PAD, y, size: 7.5, font: regular, color: rgb(0.4, 0.4, 0.4) });
    for (const l of lines(regular, 9, drawable(regular, item.description), inner, 3)) {
      y -= 12;
      page.drawText(l, { x: x + PAD, y, size: 9, font: regular });
    }
    page.drawText(drawable(bold, estimate(item, currency)), { x: x + PAD, y: top - height + PAD, size: 9, font: bold });
  });
  return doc.save();
}
