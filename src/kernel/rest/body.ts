import { DomainError } from "../errors.ts";

const tooLarge = (limit: number) => new DomainError("PAYLOAD_TOO_LARGE", `Request body exceeds ${limit} bytes`);

/**
 * The request body as text, read chunk by chunk and abandoned as soon as it passes `limit`: a chunked upload
 * without Content-Length cannot make the server buffer more than the limit.
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) { await reader.cancel().catch(() => {}); throw tooLarge(limit); }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) { all.set(c, offset); offset += c.byteLength; }
  return new TextDecoder().decode(all);
}

/** A body stream that errors once more than `limit` bytes went through (for parsers that read the stream themselves). */
export function limitedStream(body: ReadableStream<Uint8Array>, limit: number, onExceeded: () => void): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > limit) { onExceeded(); controller.error(tooLarge(limit)); return; }
      controller.enqueue(chunk);
    },
  }));
}
