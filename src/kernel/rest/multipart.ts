import { DomainError, badRequest } from "../errors.ts";
import { limitedStream } from "./body.ts";

/** An uploaded file as Yoga delivers it (whatwg-node's File is not `instanceof File`: duck-typed). */
export type UploadedFile = { name: string; type: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };
export type Multipart = { fields: Record<string, string>; files: UploadedFile[] };

const isFile = (v: unknown): v is UploadedFile =>
  typeof v === "object" && v !== null && typeof (v as UploadedFile).arrayBuffer === "function" && typeof (v as UploadedFile).name === "string";

/**
 * Reads a multipart/form-data body: text fields by name (last one wins) and the files sent under any of
 * `fileFields` (e.g. `files[]`, `files`, `file`), enforcing per-file and total size limits before reading contents.
 */
export async function readMultipart(request: Request, opts: { fileFields: string[]; maxFileBytes: number; maxTotalBytes: number; maxFiles?: number }): Promise<Multipart> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "Expected multipart/form-data");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > opts.maxTotalBytes + 64 * 1024) throw new DomainError("PAYLOAD_TOO_LARGE", `Upload exceeds ${opts.maxTotalBytes} bytes`);
  let form: FormData;
  // @whatwg-node's formData() keeps only the last part of a repeated field (files[]): let Node's own fetch parse it
  let exceeded = false;
  const body = request.body && limitedStream(request.body, opts.maxTotalBytes + 64 * 1024, () => { exceeded = true; });
  const native = new Request(request.url, { method: request.method, headers: request.headers, body, duplex: "half" } as RequestInit);
  try { form = await native.formData(); } catch {
    if (exceeded) throw new DomainError("PAYLOAD_TOO_LARGE", `Upload exceeds ${opts.maxTotalBytes} bytes`);
    throw badRequest("Malformed multipart body");
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [key, value] of form.entries()) {
    if (isFile(value)) { if (opts.fileFields.includes(key)) files.push(value); }
    else fields[key] = String(value);
  }
  if (opts.maxFiles && files.length > opts.maxFiles) throw badRequest(`At most ${opts.maxFiles} files per upload`);
  let total = 0;
  for (const f of files) {
    if (f.size > opts.maxFileBytes) throw new DomainError("PAYLOAD_TOO_LARGE", `${f.name} exceeds ${opts.maxFileBytes} bytes`);
    total += f.size;
  }
  if (total > opts.maxTotalBytes) throw new DomainError("PAYLOAD_TOO_LARGE", `Upload exceeds ${opts.maxTotalBytes} bytes in total`);
  return { fields, files };
}
