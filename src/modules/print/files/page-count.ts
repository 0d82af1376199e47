import { PDFDocument } from "pdf-lib";
import { unzipSync } from "fflate";
import CFB from "cfb";
import { MAX_XML_PART_BYTES, type FileKind } from "./file-type.ts";
import { FMTID_DOC_SUMMARY, FMTID_SUMMARY, PIDDSI_SLIDECOUNT, PIDSI_PAGECOUNT, readIntProperty } from "./ole-properties.ts";

/**
 * Billable pages of an upload, read from the file itself (never trusted from the client). null when the count
 * cannot be determined (corrupt, empty, or a format that does not record it): the caller answers with the
 * documented "convert to PDF" message rather than guessing a price.
 */
export async function countPages(kind: FileKind, bytes: Uint8Array): Promise<number | null> {
  switch (kind) {
    case "pdf": return positive(await pdfPages(bytes));
    case "png": case "jpeg": return 1; // content sniffing already verified the image signature
    case "docx": return positive(ooxmlCount(bytes, "Pages"));
    case "pptx": return positive(ooxmlCount(bytes, "Slides") ?? pptxSlideParts(bytes));
    case "doc": return positive(oleCount(bytes, "\u0005SummaryInformation", FMTID_SUMMARY, PIDSI_PAGECOUNT));
    case "ppt": return positive(oleCount(bytes, "\u0005DocumentSummaryInformation", FMTID_DOC_SUMMARY, PIDDSI_SLIDECOUNT));
  }
}

const positive = (n: number | null | undefined) => (n && Number.isSafeInteger(n) && n > 0 ? n : null);

export async function pdfPages(bytes: Uint8Array): Promise<number | null> {
  try {
    // encrypted PDFs still expose their page tree; metadata must not be rewritten (we only read)
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount();
  } catch { return null; }
}

/** Office writes the page/slide count into docProps/app.xml (`<Pages>`, `<Slides>`) when it saves. */
export function ooxmlCount(bytes: Uint8Array, element: "Pages" | "Slides"): number | null {
  const xml = zipText(bytes, "docProps/app.xml");
  const match = xml?.match(new RegExp(`<(?:\\w+:)?${element}>\\s*(\\d+)\\s*</(?:\\w+:)?${element}>`));
  return match ? Number(match[1]) : null;
}

/** Fallback for presentations without app.xml statistics: one part per slide. */
export function pptxSlideParts(bytes: Uint8Array): number | null {
  try {
    let slides = 0;
    // the filter sees every entry name; returning false extracts nothing
    unzipSync(bytes, { filter: (f) => { if (/^ppt\/slides\/slide\d+\.xml$/.test(f.name)) slides++; return false; } });
    return slides;
  } catch { return null; }
}

function zipText(bytes: Uint8Array, name: string): string | null {
  try {
    const part = unzipSync(bytes, { filter: (f) => f.name === name && f.originalSize <= MAX_XML_PART_BYTES })[name];
    return part ? new TextDecoder().decode(part) : null;
  } catch { return null; }
}

/** Word/PowerPoint 97–2003: an integer property of a summary stream in the OLE2 compound file. */
export function oleCount(bytes: Uint8Array, stream: string, fmtid: Uint8Array, pid: number): number | null {
  try {
    const container = CFB.read(bytes, { type: "buffer" });
    const entry = container.FileIndex.find((e) => e.name === stream && e.type === 2);
    if (!entry?.content) return null;
    return readIntProperty(Uint8Array.from(entry.content), fmtid, pid);
  } catch { return null; }
}
