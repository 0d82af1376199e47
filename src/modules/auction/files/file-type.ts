/** What uploads may be: images and PDF, recognised by their first bytes (the client's declared type is not trusted). */
export const ALLOWED_UPLOADS = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"] as const;
export type UploadMime = (typeof ALLOWED_UPLOADS)[number];

const EXTENSION: Record<UploadMime, string> = {
  "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp", "application/pdf": "pdf",
};

const at = (bytes: Uint8Array, magic: readonly number[], offset = 0) => bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the bytes really are, or null when they are none of the allowed ones. */
export function sniffMime(bytes: Uint8Array): UploadMime | null {
  if (at(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (at(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (at(bytes, ascii("GIF87a")) || at(bytes, ascii("GIF89a"))) return "image/gif";
  if (at(bytes, ascii("RIFF")) && at(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (at(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

/** The stored name ends with the extension of the real type (`scan` sent as a PNG is stored as `scan.png`). */
export function nameFor(original: string, mime: UploadMime): string {
  const base = (original.split(/[\\/]/).pop() ?? "").trim() || "file";
  const ext = EXTENSION[mime];
  const alreadyRight = new RegExp(`\\.(${ext}${mime === "image/jpeg" ? "|jpeg" : ""})$`, "i").test(base);
  return alreadyRight ? base : `${base.replace(/\.[A-Za-z0-9]{1,5}$/, "")}.${ext}`;
}
