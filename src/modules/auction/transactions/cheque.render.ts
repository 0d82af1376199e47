import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Decimal } from "../shared/money.ts";
import { formatMoney } from "../shared/money.ts";
import { amountInWords } from "./cheque.words.ts";

/** What a cheque shows; both renderings (the printable PDF and the SVG picture) are drawn from the same data. */
export type ChequeData = {
  chequeNumber: string;
  /** YYYY-MM-DD */
  date: string;
  payee: string;
  amount: Decimal;
  currency: string;
  bankName: string;
  bankBranch: string | null;
  /** already masked (****1234): the full number is never printed */
  account: string | null;
  memo: string;
};

const CURRENCY_WORDS: Record<string, string> = { USD: "Dollars", EUR: "Euros", GBP: "Pounds", ILS: "Shekels", CAD: "Dollars", AUD: "Dollars" };
export const currencyWord = (code: string) => CURRENCY_WORDS[code] ?? code;

/** The lines both renderings print, worded once. */
export function chequeText(c: ChequeData) {
  return {
    bank: c.bankName,
    branch: c.bankBranch ?? "",
    number: `No. ${c.chequeNumber}`,
    date: `Date: ${c.date}`,
    payLabel: "PAY TO THE ORDER OF",
    payee: c.payee,
    figures: formatMoney(c.amount, c.currency),
    words: `${amountInWords(c.amount)} ${currencyWord(c.currency)}`,
    memo: c.memo ? `Memo: ${c.memo}` : "Memo:",
    signature: "Authorized signature",
    micr: [c.chequeNumber, c.account].filter(Boolean).join("   "),
  };
}

// ---------------------------------------------------------------- PDF (pdf-lib, standard fonts)

const INK = rgb(0.1, 0.12, 0.2);
const RULE = rgb(0.35, 0.38, 0.45);

/** Standard fonts speak WinAnsi only: characters they cannot draw become "?" instead of failing the whole cheque. */
function drawable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\s+/g, " ")].map((ch) => (supported.has(ch.codePointAt(0)!) ? ch : "?")).join("");
}

/** Draws text at the largest size from `size` down to `min` that fits `width`; longer texts wrap onto a second line above. */
function fitted(page: PDFPage, font: PDFFont, raw: string, at: { x: number; y: number; width: number; size: number; min: number; align?: "right" }) {
  const text = drawable(font, raw);
  let size = at.size;
  while (size > at.min && font.widthOfTextAtSize(text, size) > at.width) size -= 0.5;
  const lines = [text];
  if (font.widthOfTextAtSize(text, size) > at.width) {
    const words = text.split(" ");
    let first = "";
    while (words.length && (!first || font.widthOfTextAtSize(`${first} ${words[0]}`, size) <= at.width)) first = `${first} ${words.shift()}`.trim();
    lines.splice(0, 1, first, words.join(" "));
  }
  lines.forEach((line, i) => {
    const w = font.widthOfTextAtSize(line, size);
    const x = at.align === "right" ? at.x + at.width - w : at.x;
    page.drawText(line, { x, y: at.y + (lines.length - 1 - i) * (size + 2), size, font, color: INK });
  });
}

/** A one-page cheque (8.5 × 3.75 in) with payee, amount in figures and words, date, number and bank. */
export async function chequePdf(c: ChequeData): Promise<Uint8Array> {
  const t = chequeText(c);
  const doc = await PDFDocument.create();
  doc.setTitle(`Cheque ${c.chequeNumber}`);
  doc.setSubject(`${t.figures} to ${c.payee}`);
  doc.setCreator("Auction back office");
  const page = doc.addPage([612, 270]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  const line = (x1: number, x2: number, y: number) => page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.8, color: RULE });

  page.drawRectangle({ x: 10, y: 10, width: 592, height: 250, borderWidth: 1.5, borderColor: INK, color: rgb(0.96, 0.97, 0.99) });
  fitted(page, bold, t.bank, { x: 28, y: 228, width: 330, size: 15, min: 9 });
  if (t.branch) fitted(page, regular, t.branch, { x: 28, y: 214, width: 330, size: 9, min: 7 });
  fitted(page, bold, t.number, { x: 380, y: 230, width: 202, size: 12, min: 8, align: "right" });
  fitted(page, regular, t.date, { x: 380, y: 200, width: 202, size: 11, min: 8, align: "right" });

  page.drawText(t.payLabel, { x: 28, y: 166, size: 8, font: bold, color: INK });
  fitted(page, bold, t.payee, { x: 140, y: 166, width: 310, size: 13, min: 7 });
  line(136, 455, 161);
  page.drawRectangle({ x: 468, y: 155, width: 114, height: 28, borderWidth: 1, borderColor: INK, color: rgb(1, 1, 1) });
  fitted(page, bold, t.figures, { x: 474, y: 164, width: 102, size: 13, min: 7, align: "right" });

  fitted(page, regular, t.words, { x: 28, y: 125, width: 554, size: 11, min: 7 });
  line(28, 582, 120);

  fitted(page, regular, t.memo, { x: 28, y: 70, width: 290, size: 9, min: 6 });
  line(28, 320, 65);
  line(370, 582, 65);
  page.drawText(t.signature, { x: 370, y: 53, size: 7, font: regular, color: RULE });
  page.drawText(drawable(mono, t.micr), { x: 28, y: 24, size: 11, font: mono, color: INK });
  return doc.save();
}

// ---------------------------------------------------------------- SVG picture

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
/** Control characters are not allowed in XML 1.0 at all. */
const xmlText = (s: string) => esc(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));

/**
 * The same cheque as a picture for screens (image/svg+xml): the legacy system returned a PNG, but no PNG encoder is
 * available to this server, and SVG keeps the text exact and selectable. Long texts shrink to their box.
 */
export function chequeSvg(c: ChequeData): string {
  const t = chequeText(c);
  const text = (x: number, y: number, s: string, attrs: string, width?: number) =>
    `<text x="${x}" y="${y}" ${attrs}${width ? ` textLength="${width}" lengthAdjust="spacingAndGlyphs"` : ""}>${xmlText(s)}</text>`;
  // shrink-to-fit only when a text is longer than its box could hold at the nominal size (≈0.55 em per glyph)
  const fit = (s: string, size: number, box: number) => (s.length * size * 0.55 > box ? box : undefined);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="850" height="375" viewBox="0 0 850 375" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${xmlText(`Cheque ${c.chequeNumber}: ${t.figures} to ${c.payee}`)}</title>`,
    `<defs><linearGradient id="paper" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef3fb"/><stop offset="1" stop-color="#dfe8f5"/></linearGradient>`,
    `<pattern id="guilloche" width="24" height="12" patternUnits="userSpaceOnUse"><path d="M0 6 Q6 0 12 6 T24 6" fill="none" stroke="#c7d3e6" stroke-width="0.8"/></pattern></defs>`,
    `<rect x="6" y="6" width="838" height="363" rx="14" fill="url(#paper)" stroke="#1a1f33" stroke-width="2"/>`,
    `<rect x="20" y="20" width="810" height="335" rx="8" fill="url(#guilloche)" opacity="0.6"/>`,
    text(40, 62, t.bank, `font-size="22" font-weight="bold" fill="#1a1f33"`, fit(t.bank, 22, 440)),
    t.branch ? text(40, 84, t.branch, `font-size="13" fill="#4a5163"`, fit(t.branch, 13, 440)) : "",
    text(810, 60, t.number, `font-size="17" font-weight="bold" text-anchor="end" fill="#1a1f33"`),
    text(810, 100, t.date, `font-size="15" text-anchor="end" fill="#1a1f33"`),
    text(40, 168, t.payLabel, `font-size="11" font-weight="bold" fill="#1a1f33"`),
    text(195, 168, t.payee, `font-size="19" font-weight="bold" fill="#1a1f33"`, fit(t.payee, 19, 430)),
    `<line x1="190" y1="176" x2="635" y2="176" stroke="#59607a" stroke-width="1.2"/>`,
    `<rect x="655" y="140" width="160" height="44" rx="4" fill="#ffffff" stroke="#1a1f33" stroke-width="1.5"/>`,
    text(805, 170, t.figures, `font-size="20" font-weight="bold" text-anchor="end" fill="#1a1f33"`, fit(t.figures, 20, 140)),
    text(40, 228, t.words, `font-size="16" fill="#1a1f33"`, fit(t.words, 16, 770)),
    `<line x1="40" y1="238" x2="810" y2="238" stroke="#59607a" stroke-width="1.2"/>`,
    text(40, 298, t.memo, `font-size="13" fill="#1a1f33"`, fit(t.memo, 13, 400)),
    `<line x1="40" y1="306" x2="450" y2="306" stroke="#59607a" stroke-width="1"/>`,
    `<line x1="515" y1="306" x2="810" y2="306" stroke="#59607a" stroke-width="1"/>`,
    text(515, 322, t.signature, `font-size="10" fill="#59607a"`),
    text(40, 350, t.micr, `font-size="16" font-family="Courier New, monospace" letter-spacing="2" fill="#1a1f33"`),
    `</svg>`,
  ].filter(Boolean).join("\n");
}
