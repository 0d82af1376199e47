import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { SHOPKEEPER, userIdOf } from "../roles.ts";
import { PrintQueueFile, PrintQueueGroup } from "./queue.type.ts";
import { downloadableFile, groupWhere, listQueue } from "./queue.service.ts";
import { touchWebActivity } from "./shop.service.ts";

builder.queryFields((t) => ({
  printShopQueue: t.field({
    description: "The calling shop's queue, one entry per payment order (or order-less file), oldest first. Counts as web activity.",
    type: [PrintQueueGroup],
    authScopes: { role: SHOPKEEPER },
    resolve: async (_root, _args, ctx) => {
      const shopId = userIdOf(ctx);
      await touchWebActivity(ctx, shopId);
      return listQueue(ctx, shopId);
    },
  }),
  printShopQueueFiles: t.prismaField({
    description: "The files of one queue group at the calling shop (cancelled files excluded), in upload order.",
    type: [PrintQueueFile],
    authScopes: { role: SHOPKEEPER },
    args: { orderGroupId: t.arg.string({ required: true, description: "orderGroupId from the queue (`order-12`, `12` or `file-34`)." }) },
    resolve: async (query, _root, { orderGroupId }, ctx) => {
      const shopId = userIdOf(ctx);
      const where = groupWhere(shopId, orderGroupId);
      await touchWebActivity(ctx, shopId);
      const files = await ctx.db.printFile.findMany({ ...query, where, orderBy: { id: "asc" } });
      if (files.length === 0) throw notFound("Order");
      return files;
    },
  }),
  printShopQueueFile: t.prismaField({
    description: "One downloadable file of the calling shop's queue (waiting to print, bytes still stored); GET /queue/download/:fileId serves its bytes.",
    type: PrintQueueFile,
    authScopes: { role: SHOPKEEPER },
    args: { fileId: t.arg.int({ required: true }) },
    resolve: async (query, _root, { fileId }, ctx) => {
      const file = await downloadableFile(ctx, userIdOf(ctx), fileId);
      return ctx.db.printFile.findUniqueOrThrow({ ...query, where: { id: file.id } });
    },
  }),
}));
