import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { SHOPKEEPER, userIdOf } from "../roles.ts";
import { PrintShopHistoryPage } from "./history.type.ts";
import { checkedWindow } from "./shop.validation.ts";

builder.queryFields((t) => ({
  printShopHistory: t.field({
    description: "The calling shop's printed (downloaded) and cancelled files, most recently finished first.",
    type: PrintShopHistoryPage,
    authScopes: { role: SHOPKEEPER },
    args: {
      limit: t.arg.int({ description: "1–100, default 50." }),
      offset: t.arg.int({ description: "Files to skip, default 0." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const { take, skip } = checkedWindow(args.limit, args.offset, { fallback: 50, max: 100 });
      // private prints confirmed by this shop carry its id too, so they are part of its history
      const where = { shopkeeperId: userIdOf(ctx), status: { in: ["downloaded" as const, "cancelled" as const] } };
      const [items, total] = await Promise.all([
        ctx.db.printFile.findMany({ ...queryFromInfo({ context: ctx, info, path: ["items"] }), where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take, skip }),
        ctx.db.printFile.count({ where }),
      ]);
      return { items, total, limit: take, offset: skip };
    },
  }),
}));
