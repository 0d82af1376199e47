import { PDFDocument } from "pdf-lib";
import { strToU8, zipSync } from "fflate";
import CFB from "cfb";

/**
 * Upload fixtures for print, generated in the test: real containers built with the same well-known libraries a
 * producer would use (pdf-lib, a zip with the OOXML parts, an OLE2 compound file with its summary stream).
 */

export async function pdfBytes(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`page ${i + 1}`, { x: 50, y: 780, size: 18 });
  return doc.save();
}

/** A 1×1 PNG and a tiny baseline JPEG. */
export const pngBytes = () => new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
export const jpegBytes = () => new Uint8Array(Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=", "base64"));

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const SLIDES_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
const contentTypes = (overrides: Record<string, string>) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>${
  Object.entries(overrides).map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("")}</Types>`;
const appXml = (stats: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office</Application>${stats}</Properties>`;

/** A .docx; `pages` undefined leaves docProps/app.xml out (a producer that writes no statistics). */
export function docxBytes(pages?: number): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(contentTypes({ "/word/document.xml": WORD_MAIN })),
    "word/document.xml": strToU8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"),
    ...(pages === undefined ? {} : { "docProps/app.xml": strToU8(appXml(`<Pages>${pages}</Pages><Words>10</Words>`)) }),
  });
}

/** A .pptx with `slideParts` slide parts; `slides` undefined leaves app.xml out (the count then comes from the parts). */
export function pptxBytes(slides?: number, slideParts = 0): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  for (let i = 1; i <= slideParts; i++) parts[`ppt/slides/slide${i}.xml`] = strToU8("<p:sld xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
  return zipSync({
    "[Content_Types].xml": strToU8(contentTypes({ "/ppt/presentation.xml": SLIDES_MAIN })),
    "ppt/presentation.xml": strToU8("<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>"),
    ...parts,
    ...(slides === undefined ? {} : { "docProps/app.xml": strToU8(appXml(`<Slides>${slides}</Slides><Notes>0</Notes>`)) }),
  });
}

// FMTIDs written out byte by byte as they appear in real files (independent of the server's GUID conversion)
const FMTID_SUMMARY = [0xe0, 0x85, 0x9f, 0xf2, 0xf9, 0x4f, 0x68, 0x10, 0xab, 0x91, 0x08, 0x00, 0x2b, 0x27, 0xb3, 0xd9];
const FMTID_DOC_SUMMARY = [0x02, 0xd5, 0xcd, 0xd5, 0x9c, 0x2e, 0x1b, 0x10, 0x93, 0x97, 0x08, 0x00, 0x2b, 0x2c, 0xf9, 0xae];

/** A property set stream ([MS-OLEPS]) with one property set of VT_I2/VT_I4 properties: [pid, vt, value]. */
export function propertySetStream(fmtid: number[], props: [pid: number, vt: 2 | 3, value: number][]): Uint8Array {
  const setSize = 8 + props.length * 16;
  const buf = Buffer.alloc(48 + setSize);
  buf.writeUInt16LE(0xfffe, 0); buf.writeUInt16LE(0, 2); buf.writeUInt32LE(0x00020006, 4); // byte order, version, OS
  buf.writeUInt32LE(1, 24); buf.set(fmtid, 28); buf.writeUInt32LE(48, 44); // one set, at offset 48
  buf.writeUInt32LE(setSize, 48); buf.writeUInt32LE(props.length, 52);
  props.forEach(([pid, vt, value], i) => {
    const valueAt = 8 + props.length * 8 + i * 8;
    buf.writeUInt32LE(pid, 56 + i * 8); buf.writeUInt32LE(valueAt, 60 + i * 8);
    buf.writeUInt16LE(vt, 48 + valueAt);
    if (vt === 3) buf.writeInt32LE(value, 48 + valueAt + 4); else buf.writeInt16LE(value, 48 + valueAt + 4);
  });
  return new Uint8Array(buf);
}

function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${name}`, content);
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** A Word 97 .doc; `pages` undefined leaves the SummaryInformation stream out. */
export function docBytes(pages?: number): Uint8Array {
  return compoundFile({
    WordDocument: new Uint8Array(512).fill(0xec),
    ...(pages === undefined ? {} : { "\u0005SummaryInformation": propertySetStream(FMTID_SUMMARY, [[0x01, 2, 1252], [0x0e, 3, pages], [0x0f, 3, 1234]]) }),
  });
}

/** A PowerPoint 97 .ppt; `slides` undefined leaves the DocumentSummaryInformation stream out. */
export function pptBytes(slides?: number): Uint8Array {
  return compoundFile({
    "PowerPoint Document": new Uint8Array(512).fill(0x0f),
    ...(slides === undefined ? {} : { "\u0005DocumentSummaryInformation": propertySetStream(FMTID_DOC_SUMMARY, [[0x01, 2, 1252], [0x06, 3, 3], [0x07, 3, slides]]) }),
  });
}

/** A PDF that is only a header (an "empty" PDF: no page tree). */
export const emptyPdfBytes = () => new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n", "latin1"));

/** A file part for FormData with a name. */
export const blob = (bytes: Uint8Array, type = "application/octet-stream") => new Blob([new Uint8Array(bytes)], { type });
