import { builder } from "../../../builder.ts";
import { notFound } from "../../../kernel/errors.ts";
import { CUSTOMER, userIdOf } from "../roles.ts";
import { PrintPaymentOrder } from "./payment-order.type.ts";
import { pageOf } from "./payment-order.validation.ts";

const MAX_INT = 2 ** 31 - 1;
/** The caller's order by its numeric id or its order_id string; anyone else's is simply not found. */
function ownOrder(userId: number, ref: string) {
  const n = /^\d{1,10}$/.test(ref) ? Number(ref) : NaN;
  return { userId, OR: [{ orderId: ref }, ...(n <= MAX_INT ? [{ id: n }] : [])] };
}

builder.queryFields((t) => ({
  printPaymentOrder: t.prismaField({
    description: "One of the caller's payment orders, by numeric id or order_id.",
    type: PrintPaymentOrder,
    authScopes: { role: CUSTOMER },
    args: { orderId: t.arg.string({ required: true, description: "The numeric id or the order_id (`order_…`, `wallet_…`)." }) },
    resolve: async (query, _root, { orderId }, ctx) => {
      const order = await ctx.db.printPaymentOrder.findFirst({ ...query, where: ownOrder(userIdOf(ctx), orderId) });
      if (!order) throw notFound("Payment order");
      return order;
    },
  }),
  printMyOrders: t.prismaField({
    description: "The caller's payment orders, newest first.",
    type: [PrintPaymentOrder],
    authScopes: { role: CUSTOMER },
    args: { limit: t.arg.int({ description: "1-100, default 50." }), offset: t.arg.int({ description: "Default 0." }) },
    resolve: (query, _root, args, ctx) => {
      const { limit, offset } = pageOf(args);
      return ctx.db.printPaymentOrder.findMany({ ...query, where: { userId: userIdOf(ctx) }, orderBy: { id: "desc" }, skip: offset, take: limit });
    },
  }),
}));
