import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionFile } from "./file.type.ts";
import { findFile } from "./file.service.ts";

builder.queryFields((t) => ({
  auctionFile: t.prismaField({
    description: "A stored file's record (its bytes: get-file with download=1).",
    type: AuctionFile,
    authScopes: { role: STAFF },
    args: { fid: t.arg.id({ required: true }) },
    resolve: (query, _root, { fid }, ctx) => findFile(ctx, String(fid), query),
  }),
}));
