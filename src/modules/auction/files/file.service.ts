import { randomUUID } from "node:crypto";
import type { Services } from "../../../kernel/context.ts";
import type { Config } from "../../../kernel/config.ts";
import { auctionConfig } from "../config.ts";
import type { Context } from "../../../kernel/context.ts";
import type { UploadedFile } from "../../../kernel/rest/multipart.ts";
import { badRequest, DomainError, forbidden, invalid } from "../../../kernel/errors.ts";
import { hasRole } from "../../../kernel/auth/principal.ts";
import { CATALOGUE, staffIdOf } from "../roles.ts";
import { idOf, missing } from "../shared/ids.ts";
import { assertContentExists, referenceIdOf } from "../activities/content.ts";
import { logActivity } from "../activities/activity.service.ts";
import { nameFor, sniffMime } from "./file-type.ts";

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


// ---------- uploads and downloads (POST files, GET get-file) ----------

/** Uploads are images or PDFs of at most 10 MB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Who may attach an image to an item: those who edit the catalogue, and photographers. */
const ITEM_IMAGE_ROLES = [...CATALOGUE, "auction:photographer" as const];

export type UploadInput = {
  file: UploadedFile; fieldName?: string | null; entityType?: string | null; bundle?: string | null; item?: string | number | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
export const fileRequired = () => required("file");

/** Drupal's item image field: `field_images` on an `item` node, with the item named by the `item` form field. */
const isItemImage = (input: UploadInput) =>
  input.fieldName === "field_images" && input.entityType === "node" && input.bundle === "item"
  && input.item !== undefined && input.item !== null && String(input.item).trim() !== "";

/**
 * Stores an upload after checking what it really is (magic bytes: JPEG, PNG, GIF, WebP, PDF; anything else 415) and
 * its size (413). With field_images/node/item and an `item`, the image is attached to that item as its last image.
 */
export async function uploadFile(ctx: Context, input: UploadInput) {
  if (!input.file) throw required("file");
  if (input.file.size > MAX_UPLOAD_BYTES) throw new DomainError("PAYLOAD_TOO_LARGE", `The file exceeds ${MAX_UPLOAD_BYTES} bytes`);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  if (bytes.byteLength === 0) throw badRequest("The uploaded file is empty", { title: "The uploaded file is empty" });
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new DomainError("PAYLOAD_TOO_LARGE", `The file exceeds ${MAX_UPLOAD_BYTES} bytes`);
  const mime = sniffMime(bytes);
  if (!mime) throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "Only JPEG, PNG, GIF and WebP images and PDF documents are accepted");

  let itemId: number | null = null;
  if (isItemImage(input)) {
    if (!ITEM_IMAGE_ROLES.some((r) => hasRole(ctx.principal, r))) throw forbidden("You may not attach images to items");
    if (!mime.startsWith("image/")) throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "Item images must be JPEG, PNG, GIF or WebP images");
    itemId = referenceIdOf(input.item!, "item");
    await assertContentExists(ctx.db, "item", itemId, "item");
  }
  const me = staffIdOf(ctx);
  const file = await storeFile(ctx, {
    filename: nameFor(input.file.name, mime), mime, bytes,
    fieldName: input.fieldName ?? "", entityType: input.entityType ?? "", bundle: input.bundle ?? "", uploadedById: me,
  });
  if (itemId === null) return file;
  try {
    await ctx.db.$transaction(async (tx) => {
      const last = await tx.auctionItemImage.aggregate({ where: { itemId: itemId! }, _max: { weight: true } });
      await tx.auctionItemImage.create({ data: { itemId: itemId!, fileId: file.id, weight: (last._max.weight ?? -1) + 1 } });
      await logActivity(tx, { type: "image_added", contentType: "item", contentId: itemId!, userId: me, message: `Image ${file.filename} added`, details: { fid: String(file.id) } });
    });
  } catch (error) {
    // the item vanished meanwhile: no file without its attachment
    await ctx.db.auctionFile.delete({ where: { id: file.id } }).catch(() => undefined);
    await ctx.storage.delete([file.storageKey]).catch(() => undefined);
    throw error;
  }
  return file;
}

export async function findFile(ctx: Pick<Services, "db">, rawId: string, query: object = {}) {
  const file = await ctx.db.auctionFile.findUnique({ ...query, where: { id: idOf(rawId, "File") } });
  if (!file) throw missing("File", rawId);
  return file;
}
