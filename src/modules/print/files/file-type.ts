import { unzipSync } from "fflate";
import CFB from "cfb";
import type { CFB$Container } from "cfb";

/** What print accepts: PDF, images, Word and PowerPoint (old binary and OOXML). */
export type FileKind = "pdf" | "png" | "jpeg" | "docx" | "pptx" | "doc" | "ppt";

const BY_EXTENSION: Record<string, FileKind> = {
  pdf: "pdf", png: "png", jpg: "jpeg", jpeg: "jpeg", docx: "docx", pptx: "pptx", doc: "doc", ppt: "ppt",
};

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  ppt: "application/vnd.ms-powerpoint",
};

export const ALLOWED_EXTENSIONS = Object.keys(BY_EXTENSION);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** Small XML parts only: a part declaring more than this is not something a real Office file carries. */
export const MAX_XML_PART_BYTES = 1024 * 1024;

/** The kind an extension claims (`report.PDF` → pdf), or null for anything print does not take. */
export function kindOfName(name: string): FileKind | null {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? null : BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * Content sniffing: false when the bytes are positively something else than the extension claims (wrong magic
 * bytes, an OOXML package of the other kind, an OLE2 file without the Word/PowerPoint stream). A container that
 * cannot be read at all passes here and fails page counting instead, with the documented message.
 */
export function contentMatches(kind: FileKind, bytes: Uint8Array): boolean {
  switch (kind) {
    case "pdf": return pdfHeaderAt(bytes) >= 0;
    case "png": return startsWith(bytes, PNG);
    case "jpeg": return startsWith(bytes, JPEG);
    case "docx": case "pptx": return startsWith(bytes, ZIP) && ooxmlMatches(kind, bytes);
    case "doc": case "ppt": return startsWith(bytes, OLE2) && oleMatches(kind, bytes);
  }
}

/** PDF readers accept the `%PDF-` header anywhere in the first KiB (some generators prepend junk). */
function pdfHeaderAt(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.indexOf("%PDF-");
}

function ooxmlMatches(kind: "docx" | "pptx", bytes: Uint8Array): boolean {
  let types: Uint8Array | undefined;
  try {
    types = unzipSync(bytes, { filter: (f) => f.name === "[Content_Types].xml" && f.originalSize <= MAX_XML_PART_BYTES })["[Content_Types].xml"];
  } catch { return true; }
  if (!types) return true;
  const xml = new TextDecoder().decode(types);
  return xml.includes(kind === "docx" ? "wordprocessingml" : "presentationml");
}

function oleMatches(kind: "doc" | "ppt", bytes: Uint8Array): boolean {
  let container: CFB$Container;
  try { container = CFB.read(bytes, { type: "buffer" }); } catch { return true; }
  const main = kind === "doc" ? "WordDocument" : "PowerPoint Document";
  return container.FileIndex.some((e) => e.name === main);
}
