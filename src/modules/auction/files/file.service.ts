import { randomUUID } from "node:crypto";
import type { Services } from "../../../kernel/context.ts";
import type { Config } from "../../../kernel/config.ts";
import { auctionConfig } from "../config.ts";

export type StoredFileInput = {
  filename: string; mime: string; bytes: Uint8Array;
  fieldName?: string; entityType?: string; bundle?: string; uploadedById?: number | null;
};

/** Where a stored file is downloaded: get-file with `download=1` (the same token-protected API). */
export const fileUrl = (config: Config, fid: number) => `${auctionConfig(config).AUCTION_PUBLIC_URL}/api/v1.0/get-file/${fid}?download=1`;

/**
 * Stores bytes (an upload, a generated invoice or cheque) and records them as an AuctionFile. The bytes are written
 * first; if the row cannot be written the bytes are removed again, so no row points to nothing.
 */
export async function storeFile(ctx: Pick<Services, "db" | "storage">, input: StoredFileInput) {
  const safeName = input.filename.replace(/[^\w.\-]+/g, "_").slice(-120) || "file";
  const storageKey = `auction/${randomUUID()}/${safeName}`;
  await ctx.storage.put(storageKey, input.bytes, input.mime);
  try {
    return await ctx.db.auctionFile.create({
      data: {
        filename: safeName, mime: input.mime, size: input.bytes.byteLength, storageKey,
        fieldName: input.fieldName ?? "", entityType: input.entityType ?? "", bundle: input.bundle ?? "", uploadedById: input.uploadedById ?? null,
      },
    });
  } catch (error) {
    await ctx.storage.delete([storageKey]).catch(() => undefined);
    throw error;
  }
}

