import { z } from "zod";
import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionFile } from "./file.type.ts";
import { findFile, uploadFile, type UploadInput } from "./file.service.ts";

const DrupalName = z.string().trim().max(64, "must be at most 64 characters").regex(/^[A-Za-z0-9_]*$/, "must be letters, digits and underscores");

const UploadAuctionFileInput = builder.inputType("UploadAuctionFileInput", {
  fields: (t) => ({
    file: t.field({ type: "File", required: true, description: "JPEG, PNG, GIF, WebP or PDF, at most 10 MB (checked by content)." }),
    fieldName: t.string({ description: "e.g. field_images", validate: DrupalName.nullish() }),
    entityType: t.string({ description: "e.g. node", validate: DrupalName.nullish() }),
    bundle: t.string({ description: "e.g. item", validate: DrupalName.nullish() }),
    item: t.id({ description: "With field_images/node/item: the item the image is attached to (cataloguers, clerks, photographers, administrators)." }),
  }),
});

builder.mutationFields((t) => ({
  uploadAuctionFile: t.prismaField({
    description: "Upload a file (multipart request); optionally attach it as an item image.",
    type: AuctionFile,
    authScopes: { role: STAFF },
    args: { input: t.arg({ type: UploadAuctionFileInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const file = await uploadFile(ctx, input as UploadInput);
      return findFile(ctx, String(file.id), query);
    },
  }),
}));
