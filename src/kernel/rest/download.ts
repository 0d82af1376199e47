import type { FileStorage } from "../storage/storage.ts";
import { notFound } from "../errors.ts";

/** `attachment` with an ASCII fallback name and the exact one in RFC 5987 form. */
export const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${rfc5987(name)}`;
const rfc5987 = (v: string) => encodeURIComponent(v).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A stored object streamed to the client as a download (never buffered whole); 404 when it is gone. */
export async function downloadResponse(storage: FileStorage, key: string, file: { name: string; mimeType: string }): Promise<Response> {
  const object = await storage.stream(key);
  if (!object) throw notFound("File");
  return new Response(object.body as unknown as BodyInit, {
    headers: {
      "content-type": file.mimeType, "content-disposition": contentDisposition(file.name),
      "content-length": String(object.size), "x-content-type-options": "nosniff",
    },
  });
}
