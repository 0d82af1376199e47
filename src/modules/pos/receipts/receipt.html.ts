import { formatMajor } from "../../../kernel/money.ts";
import type { ReceiptData } from "./receipt.service.ts";

/** Text for HTML element content and attribute values: every user-supplied string goes through it. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"'`]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" })[c]!);
}

const e = escapeHtml;
const money = (cents: number, currency: string) => `${cents < 0 ? "-" : ""}${e(currency)} ${formatMajor(Math.abs(cents))}`;
const lines = (text: string) => e(text).replace(/\r?\n/g, "<br>");
const row = (label: string, value: string, cls = "") => `<tr${cls ? ` class="${cls}"` : ""}><td>${label}</td><td class="r">${value}</td></tr>`;
const METHOD: Record<string, string> = { CASH: "Cash", CARD: "Card", CREDIT: "On account", BANK_TRANSFER: "Bank transfer", MOBILE: "Mobile" };
const KIND: Record<string, string> = { SALE: "", DUE_COLLECTION: " (due collection)", REFUND: " (refund)", VOID_REVERSAL: " (void reversal)" };

/** A self-contained printable receipt (inline CSS, no script) sized for the template's paper width. */
export function receiptHtml(r: Omit<ReceiptData, "html">): string {
  const t = r.template;
  const c = r.currency;
  const items = r.lines.map((l) => `
      <tr><td colspan="2">${e(l.name)}${l.returnedQuantity ? ` <small>(returned ${l.returnedQuantity})</small>` : ""}</td></tr>
      <tr class="sub"><td>${l.quantity} × ${money(l.unitPrice, c)}${l.discount ? ` − ${money(l.discount, c)}` : ""}${t.showTax && l.taxRate ? ` <small>tax ${e(l.taxRate)}%</small>` : ""}</td><td class="r">${money(l.lineTotal, c)}</td></tr>`).join("");
  const totals = [
    row("Subtotal", money(r.totals.subtotal, c)),
    r.totals.discountTotal ? row("Discount", `-${money(r.totals.discountTotal, c)}`) : "",
    t.showTax ? row(r.taxInclusive ? "Tax (included)" : "Tax", money(r.totals.taxTotal, c)) : "",
    r.points.redeemed ? row(`Points redeemed (${r.points.redeemed})`, `-${money(r.totals.pointsValue, c)}`) : "",
    row("<b>Total</b>", `<b>${money(r.totals.total, c)}</b>`, "total"),
  ].join("");
  const payments = r.payments.map((p) => row(`${e(METHOD[p.method] ?? p.method)}${KIND[p.kind] ?? ""}${p.reference ? ` <small>${e(p.reference)}</small>` : ""}`, money(p.amount, c))).join("");
  const after = [
    r.totals.change ? row("Change", money(r.totals.change, c)) : "",
    r.totals.due ? row("Due (on account)", money(r.totals.due, c)) : "",
    r.totals.refunded ? row("Refunded", money(r.totals.refunded, c)) : "",
    r.points.earned ? row("Points earned", String(r.points.earned)) : "",
    r.customer && r.points.balance !== null ? row("Points balance", String(r.points.balance)) : "",
  ].join("");
  const width = t.paperWidth === 58 ? "58mm" : "80mm";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Receipt ${e(r.number)}</title>
<style>
body{margin:0;padding:4mm;width:${width};box-sizing:border-box;font:12px/1.35 monospace;color:#000}
h1{font-size:15px;margin:0;text-align:center}.c{text-align:center}.r{text-align:right;white-space:nowrap}
table{width:100%;border-collapse:collapse}td{vertical-align:top;padding:1px 0}tr.sub td{padding-bottom:4px}
tr.total td{border-top:1px dashed #000;padding-top:3px}hr{border:0;border-top:1px dashed #000;margin:6px 0}
img{display:block;max-width:60%;margin:0 auto 4px}.status{font-weight:bold;text-align:center;border:1px solid #000;margin:4px 0}
</style></head><body>
${t.showLogo && t.logoUrl ? `<img src="${e(t.logoUrl)}" alt="">` : ""}
<h1>${e(r.store.name)}</h1>
${r.store.address ? `<div class="c">${lines(r.store.address)}</div>` : ""}${r.store.phone ? `<div class="c">${e(r.store.phone)}</div>` : ""}
${t.header ? `<div class="c">${lines(t.header)}</div>` : ""}
<hr>
<div>Receipt: ${e(r.number)}</div>
<div>Date: ${e(r.date.toISOString().replace("T", " ").slice(0, 16))} UTC</div>
${t.showCashier && r.cashier ? `<div>Cashier: ${e(r.cashier.name)}</div>` : ""}
${r.customer ? `<div>Customer: ${e(r.customer.name)}${r.customer.phone ? ` (${e(r.customer.phone)})` : ""}</div>` : ""}
${r.status !== "COMPLETED" ? `<div class="status">${e(r.status.replace("_", " "))}</div>` : ""}
<hr>
<table>${items}
</table>
<hr>
<table>${totals}</table>
${payments ? `<hr><table>${payments}</table>` : ""}
${after ? `<table>${after}</table>` : ""}
${r.note ? `<hr><div>${lines(r.note)}</div>` : ""}
${t.footer ? `<hr><div class="c">${lines(t.footer)}</div>` : ""}
</body></html>
`;
}
