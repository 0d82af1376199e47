import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionOrder } from "./order.type.ts";
import { orderGrammar } from "./order.grammar.ts";
import { attachedText, findOrder } from "./order.service.ts";

export const AuctionOrderPage = dataPageType("AuctionOrderPage", AuctionOrder, "A page of orders and how many match.");
const orderListArgs = listArgs(orderGrammar);

const AuctionOrderAttachedTextFilter = builder.inputType("AuctionOrderAttachedTextFilter", {
  fields: (t) => ({ order: t.id({ description: "The order's id (required)." }) }),
});
const AuctionOrderAttachedText = builder.objectRef<{ order: number; prependText: string; appendText: string }>("AuctionOrderAttachedText").implement({
  description: "The texts printed before and after an order's lines.",
  fields: (t) => ({
    order: t.id({ resolve: (a) => String(a.order) }),
    prependText: t.exposeString("prependText"),
    appendText: t.exposeString("appendText"),
  }),
});

builder.queryFields((t) => ({
  auctionOrders: t.field({
    description: "Orders (datatable): typed filters, sort (default -order_id), page (0-indexed) and global search (client, sale).",
    type: AuctionOrderPage,
    authScopes: { role: STAFF },
    args: orderListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: orderGrammar, args, model: ctx.db.auctionOrder }),
  }),
  auctionOrder: t.prismaField({
    description: "One order with its invoice data, lines and additional charges.",
    type: AuctionOrder,
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findOrder(ctx, String(id), query) as never,
  }),
  auctionOrdersAttachedText: t.field({
    description: "The prepend/append text of one order (filter.order required).",
    type: AuctionOrderAttachedText,
    authScopes: { role: STAFF },
    args: { filter: t.arg({ type: AuctionOrderAttachedTextFilter }) },
    resolve: (_root, { filter }, ctx) => attachedText(ctx, filter as { order?: string | null } | null),
  }),
}));
