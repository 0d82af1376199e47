import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { PhotoPurchaseStatus } from "../enums.ts";
import { PhotoPurchase, PhotoPurchasePage } from "./purchase.type.ts";
import { DEFAULT_LIMIT, LimitModel, PageModel } from "./purchase.validation.ts";
import * as purchases from "./purchase.service.ts";

builder.queryFields((t) => ({
  photoPurchases: t.field({
    description: "Purchases across the calling operator's projects, newest first, one page at a time.",
    type: PhotoPurchasePage,
    authScopes: { role: OPERATOR },
    args: {
      projectId: t.arg({ type: "UUID", description: "Only this project's purchases." }),
      status: t.arg({ type: PhotoPurchaseStatus }),
      page: t.arg.int({ defaultValue: 1, description: "1-indexed.", validate: PageModel.nullish() }),
      limit: t.arg.int({ defaultValue: DEFAULT_LIMIT, description: "Items per page, at most 100.", validate: LimitModel.nullish() }),
    },
    resolve: (_root, args, ctx, info) =>
      purchases.listPurchases(ctx, args, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  photoPurchase: t.prismaField({
    description: "One purchase with its purchased photos. FORBIDDEN when it belongs to another operator's project.",
    type: PhotoPurchase,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await purchases.assertPurchaseAccess(ctx, id);
      return ctx.db.photoPurchase.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
