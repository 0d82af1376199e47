import { decodePDFRawStream, PDFDocument, PDFRawStream } from "pdf-lib";

/**
 * The text drawn on a PDF made with pdf-lib's standard fonts: every content stream decoded, and the hex strings shown
 * by `Tj` turned back into characters (WinAnsi is ASCII for what invoices print). Good enough to assert totals.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const parts: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = new TextDecoder("latin1").decode(decodePDFRawStream(object).decode());
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      parts.push(m[1]!.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))));
    }
  }
  return parts.join("\n");
}
