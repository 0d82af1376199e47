import { builder } from "../../../builder.ts";
import { CLIENT_DESK, FINANCE } from "../roles.ts";
import { ItemList } from "./order.validation.ts";
import * as actions from "./order-actions.service.ts";

const AuctionOrderSplit = builder.objectRef<{ newOrderId: number; originalOrderId: number; movedItems: number[] }>("AuctionOrderSplit").implement({
  description: "Where split items went: the receiving order (new or the client's open one), the original, the items moved.",
  fields: (t) => ({
    newOrderId: t.id({ resolve: (s) => String(s.newOrderId) }),
    originalOrderId: t.id({ resolve: (s) => String(s.originalOrderId) }),
    movedItems: t.idList({ resolve: (s) => s.movedItems.map(String) }),
  }),
});
const AuctionCreditNoteCreated = builder.objectRef<{ creditNoteOrderNid: number }>("AuctionCreditNoteCreated").implement({
  fields: (t) => ({ creditNoteOrderNid: t.id({ description: "The credit note's order id.", resolve: (r) => String(r.creditNoteOrderNid) }) }),
});
const AuctionOrderReissued = builder.objectRef<{ newOrderNid: number; creditNoteNid: number }>("AuctionOrderReissued").implement({
  fields: (t) => ({
    newOrderNid: t.id({ description: "The reissued order's id.", resolve: (r) => String(r.newOrderNid) }),
    creditNoteNid: t.id({ description: "The credit note's id.", resolve: (r) => String(r.creditNoteNid) }),
  }),
});
const AuctionStatementChargesReset = builder.objectRef<{ success: boolean; chargesReset: number }>("AuctionStatementChargesReset").implement({
  fields: (t) => ({
    success: t.exposeBoolean("success"),
    chargesReset: t.exposeInt("chargesReset", { description: "How many charges the statement now carries." }),
  }),
});

const SplitAuctionOrderInput = builder.inputType("SplitAuctionOrderInput", {
  fields: (t) => ({
    order: t.id({ description: "The order to split (required)." }),
    items: t.idList({ description: "Items to move (required, not all of the order's).", validate: ItemList.nullish() }),
  }),
});
const CreateAuctionCreditNoteInput = builder.inputType("CreateAuctionCreditNoteInput", {
  fields: (t) => ({ items: t.idList({ description: "1 to 100 items of the order to credit." }) }),
});

builder.mutationFields((t) => ({
  splitAuctionOrder: t.field({
    description: "Move items of an open order to the client's other open order of the same type and sale, or to a new order.",
    type: AuctionOrderSplit,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: SplitAuctionOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => actions.splitOrder(ctx, input),
  }),
  createAuctionOrderCreditNote: t.field({
    description: "Credit items of a finished or locked bidder order: a credit_note order with the lines negated.",
    type: AuctionCreditNoteCreated,
    authScopes: { role: FINANCE },
    args: { orderId: t.arg.id({ required: true }), input: t.arg({ type: CreateAuctionCreditNoteInput, required: true }) },
    resolve: (_root, { orderId, input }, ctx) => actions.createCreditNote(ctx, String(orderId), input),
  }),
  cancelAndReissueAuctionOrder: t.field({
    description: "Locked orders only: credit note for all lines and charges, the order canceled, a new order with the same lines and charges.",
    type: AuctionOrderReissued,
    authScopes: { role: FINANCE },
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_root, { orderId }, ctx) => actions.cancelAndReissue(ctx, String(orderId)),
  }),
  resetAuctionStatementCharges: t.field({
    description: "Consignor statements: replace the additional charges by the consignor's default charges.",
    type: AuctionStatementChargesReset,
    authScopes: { role: FINANCE },
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_root, { orderId }, ctx) => actions.resetStatementCharges(ctx, String(orderId)),
  }),
}));
