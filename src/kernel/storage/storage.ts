import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import path from "node:path";
import { AwsClient } from "aws4fetch";

/** Where uploaded files live. Keys are relative paths like `photo/<projectId>/<photoId>.jpg`. */
export interface FileStorage {
  put(key: string, body: Uint8Array, contentType?: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** The object as a stream (downloads are not buffered whole), or null when missing. */
  stream(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
  delete(keys: string[]): Promise<void>;
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}
  private file(key: string) {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`invalid storage key ${key}`);
    return resolved;
  }
  async put(key: string, body: Uint8Array) {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
  async get(key: string) {
    try { return new Uint8Array(await readFile(this.file(key))); } catch { return null; }
  }
  async stream(key: string) {
    const file = this.file(key);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
  }
  async delete(keys: string[]) {
    await Promise.all(keys.map((k) => rm(this.file(k), { force: true })));
  }
}

/** Any S3-compatible bucket (AWS, R2, MinIO) through signed fetches (aws4fetch: SigV4, no SDK). */
export class S3Storage implements FileStorage {
  private readonly client: AwsClient;
  constructor(private readonly endpoint: string, private readonly bucket: string, accessKeyId: string, secretAccessKey: string, region: string) {
    this.client = new AwsClient({ accessKeyId, secretAccessKey, region, service: "s3" });
  }
  private url(key: string) { return `${this.endpoint.replace(/\/$/, "")}/${this.bucket}/${key.split("/").map(encodeURIComponent).join("/")}`; }
  async put(key: string, body: Uint8Array, contentType = "application/octet-stream") {
    const res = await this.client.fetch(this.url(key), { method: "PUT", body: body as unknown as BodyInit, headers: { "content-type": contentType } });
    if (!res.ok) throw new Error(`S3 put ${key}: ${res.status}`);
  }
  async get(key: string) {
    const res = await this.client.fetch(this.url(key));
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 get ${key}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  async stream(key: string) {
    const res = await this.client.fetch(this.url(key));
    if (res.status === 404) return null;
    if (!res.ok || !res.body) throw new Error(`S3 get ${key}: ${res.status}`);
    return { body: res.body, size: Number(res.headers.get("content-length") ?? 0) };
  }
  async delete(keys: string[]) {
    await Promise.all(keys.map(async (key) => {
      const res = await this.client.fetch(this.url(key), { method: "DELETE" });
      if (!res.ok && res.status !== 404) throw new Error(`S3 delete ${key}: ${res.status}`);
    }));
  }
}
