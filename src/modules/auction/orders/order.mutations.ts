import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { AuctionOrder, AuctionOrderStatus, AuctionOrderType } from "./order.type.ts";
import { ChargeList, ItemList } from "./order.validation.ts";
import * as orders from "./order.service.ts";

export const AuctionOrderChargeInput = builder.inputType("AuctionOrderChargeInput", {
  description: "An additional charge: the term (required); amount and VAT percent default to the term's defaults.",
  fields: (t) => ({
    term: t.id(),
    amount: t.field({ type: "Money" }),
    tax: t.field({ type: "Money", description: "VAT percent on the amount." }),
    description: t.string(),
    date: t.string({ description: "YYYY-MM-DD (default: today)." }),
  }),
});

const common = (t: any) => ({
  additionalCharges: t.field({ type: [AuctionOrderChargeInput], description: "Replaces the order's charges.", validate: ChargeList.nullish() }),
  useCustomAddress: t.field({ type: "Flag" }),
  customAddress: t.field({ type: "JSON", description: "addressfield keys: name_line, thoroughfare, premise, locality, administrative_area, postal_code, country." }),
  prependText: t.string(),
  appendText: t.string(),
  paymentType: t.id({ description: "Payment type id (default: the client's default payment method)." }),
  shippingWeight: t.float({ description: "Kilograms (default: the items' weights)." }),
});

const CreateAuctionOrderInput = builder.inputType("CreateAuctionOrderInput", {
  fields: (t) => ({
    type: t.field({ type: AuctionOrderType, description: "Required: bidder, consignor or transport_invoice (credit notes come from order-create-credit-note)." }),
    sale: t.id({ description: "Required except for transport invoices." }),
    owner: t.id({ description: "The client (required)." }),
    status: t.field({ type: AuctionOrderStatus, description: "new (default) or in_process." }),
    items: t.idList({ description: "Bidder orders: items the client won in the sale; consignor statements: sold items of the client's consignments.", validate: ItemList.nullish() }),
    ...common(t),
  }),
});
const UpdateAuctionOrderInput = builder.inputType("UpdateAuctionOrderInput", {
  fields: (t) => ({
    status: t.field({ type: AuctionOrderStatus, description: "Forward along new → in_process → finished → locked, or canceled (not from locked)." }),
    ...common(t),
  }),
});

builder.mutationFields((t) => ({
  createAuctionOrder: t.prismaField({
    description: "Create an order: number from the house series, lines from the items (hammer price, premium or commission, VAT), charges, totals.",
    type: AuctionOrder,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: CreateAuctionOrderInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => orders.findOrder(ctx, await orders.createOrder(ctx, input as orders.CreateOrderInput), query) as never,
  }),
  updateAuctionOrder: t.prismaField({
    description: "Update an order (status, additional charges, custom address, texts). Locked and canceled orders refuse changes.",
    type: AuctionOrder,
    authScopes: { role: CLIENT_DESK },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionOrderInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await orders.updateOrder(ctx, String(id), input as orders.UpdateOrderInput);
      return orders.findOrder(ctx, String(id), query) as never;
    },
  }),
}));
