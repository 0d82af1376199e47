import { builder } from "../../../builder.ts";
import { SHOPKEEPER, userIdOf } from "../roles.ts";
import { PrintShopPayout } from "./payout.type.ts";
import { checkedWindow } from "./shop.validation.ts";

builder.queryFields((t) => ({
  printShopPayouts: t.prismaField({
    description: "The calling shop's payouts, newest first.",
    type: [PrintShopPayout],
    authScopes: { role: SHOPKEEPER },
    args: {
      limit: t.arg.int({ description: "1–500, default 100." }),
      offset: t.arg.int({ description: "Payouts to skip, default 0." }),
    },
    resolve: (query, _root, args, ctx) => {
      const { take, skip } = checkedWindow(args.limit, args.offset, { fallback: 100, max: 500 });
      return ctx.db.printPayout.findMany({
        ...query, where: { shopkeeperId: userIdOf(ctx) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, skip,
      });
    },
  }),
}));
