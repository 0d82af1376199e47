import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType } from "../../../kernel/list/page.ts";
import type { ListArgs } from "../../../kernel/list/where.ts";
import { AuctionLabel } from "../shared/types.ts";
import { STAFF } from "../roles.ts";
import { controlListGrammar } from "./control-list.grammar.ts";
import { controlList, type ControlRow } from "./control-list.service.ts";

const AuctionControlConsignment = builder.objectRef<ControlRow["consignments"][number]>("AuctionControlConsignment").implement({
  fields: (t) => ({
    id: t.id({ resolve: (c) => String(c.id) }),
    label: t.exposeString("label"),
    symbol: t.exposeString("symbol"),
    subSymbol: t.exposeString("subSymbol"),
  }),
});

const AuctionConsignerControl = builder.objectRef<ControlRow>("AuctionConsignerControl").implement({
  description: "One consignor's figures in a sale: items by status, hammer total, commission and net due.",
  fields: (t) => ({
    consignor: t.field({ type: AuctionLabel, resolve: (r) => r.consignor }),
    customerNumber: t.exposeString("customerNumber"),
    email: t.exposeString("email", { nullable: true }),
    consignments: t.field({ type: [AuctionControlConsignment], resolve: (r) => r.consignments }),
    totalItems: t.exposeInt("totalItems", { description: "Items not withdrawn." }),
    soldItems: t.exposeInt("soldItems"),
    unsoldItems: t.exposeInt("unsoldItems", { description: "Unsold or passed." }),
    availableItems: t.exposeInt("availableItems", { description: "Not yet offered." }),
    withdrawnItems: t.exposeInt("withdrawnItems"),
    totalHammerPrice: t.field({ type: "Money", description: "Hammer total of the sold items.", resolve: (r) => r.totalHammerPrice }),
    commissionAmount: t.field({ type: "Money", description: "Each consignment's commission percentage of its hammer total.", resolve: (r) => r.commissionAmount }),
    netDue: t.field({ type: "Money", description: "Hammer total less commission (before VAT and charges).", resolve: (r) => r.netDue }),
  }),
});

const AuctionConsignerControlPage = dataPageType("AuctionConsignerControlPage", AuctionConsignerControl, "Consignors of a sale with their figures.");
const controlListArgs = listArgs(controlListGrammar);

builder.queryFields((t) => ({
  auctionConsignerControlList: t.field({
    description: "Control List Consigner: per consignor in filter.sale (required), consignments, item counts, hammer, commission, net due.",
    type: AuctionConsignerControlPage,
    authScopes: { role: STAFF },
    args: controlListArgs(t),
    resolve: (_root, args, ctx) => controlList(ctx, args as ListArgs),
  }),
}));
