import { builder } from "../../../builder.ts";
import { ADMIN } from "../roles.ts";
import { AuctionSale, AuctionSaleStatus } from "./sale.type.ts";
import { Percent, SaleLabel, SaleVenue } from "./sale.validation.ts";
import * as sales from "./sale.service.ts";

const UpdateAuctionSaleInput = builder.inputType("UpdateAuctionSaleInput", {
  fields: (t) => ({
    label: t.string({ validate: SaleLabel.nullish() }),
    saleDate: t.field({ type: "DateTime" }),
    status: t.field({ type: AuctionSaleStatus, description: "draft → published → closed, one step at a time; never back (422)." }),
    venue: t.string({ validate: SaleVenue.nullish() }),
    lotsLocked: t.field({ type: "Flag", description: "Lock (true) or unlock the sale's lot numbers." }),
    catalog: t.id({ description: "Catalog id; null detaches the catalog." }),
    premiumRate: t.field({ type: "Money", validate: Percent.nullish() }),
    taxRate: t.field({ type: "Money", validate: Percent.nullish() }),
  }),
});

builder.mutationFields((t) => ({
  updateAuctionSale: t.prismaField({
    description: "Update a sale (administrators): only the given fields change; status moves forward only.",
    type: AuctionSale,
    authScopes: { role: ADMIN },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionSaleInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await sales.updateSale(ctx, String(id), input as sales.SaleInput);
      return sales.findSale(ctx, String(id), query);
    },
  }),
}));
