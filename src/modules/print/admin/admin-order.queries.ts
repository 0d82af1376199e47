import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { PrintPaymentStatus } from "../enums.ts";
import { assertAdminAccess } from "./admin-access.ts";
import { PrintAdminOrderPage } from "./admin-order.type.ts";
import { DEFAULT_LIMIT, LimitModel, PageModel } from "./admin.validation.ts";
import { listOrders } from "./admin-order.service.ts";

builder.queryFields((t) => ({
  printAdminOrders: t.field({
    description: "All payment orders, newest first, with the customer's username and the shop's name.",
    type: PrintAdminOrderPage,
    authScopes: { role: ADMIN },
    args: {
      page: t.arg.int({ defaultValue: 1, description: "1-indexed.", validate: PageModel.nullish() }),
      limit: t.arg.int({ defaultValue: DEFAULT_LIMIT, description: "Items per page, at most 100.", validate: LimitModel.nullish() }),
      status: t.arg({ type: PrintPaymentStatus }),
    },
    resolve: (_root, args, ctx, info) => {
      assertAdminAccess(ctx);
      return listOrders(ctx, args, queryFromInfo({ context: ctx, info, path: ["items"] }));
    },
  }),
}));
