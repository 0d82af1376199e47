import { builder } from "../../../builder.ts";
import { AuctionStaffRef } from "../shared/types.ts";
import { fileUrl } from "./file.service.ts";

export const AuctionFile = builder.prismaObject("AuctionFile", {
  description: "A stored file: an upload (item image, scanned cheque) or a generated document (labels, exports, invoices).",
  fields: (t) => ({
    id: t.exposeID("id"),
    fid: t.exposeID("id", { description: "The file id again, as Drupal's file entity calls it." }),
    url: t.string({ description: "Where its bytes are downloaded (get-file with download=1).", select: { id: true }, resolve: (f, _args, ctx) => fileUrl(ctx.config, f.id) }),
    filename: t.exposeString("filename"),
    filesize: t.string({ description: "Size in bytes, as a string.", select: { size: true }, resolve: (f) => String(f.size) }),
    filemime: t.exposeString("mime"),
    fieldName: t.exposeString("fieldName"),
    entityType: t.exposeString("entityType"),
    bundle: t.exposeString("bundle"),
    uploadedBy: t.field({
      type: AuctionStaffRef, nullable: true,
      select: { uploadedBy: { select: { id: true, name: true } } },
      resolve: (f) => f.uploadedBy,
    }),
    items: t.idList({
      description: "Items this file is an image of.",
      select: { images: { select: { itemId: true }, orderBy: { itemId: "asc" } } },
      resolve: (f) => f.images.map((i) => i.itemId),
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
