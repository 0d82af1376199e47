import { builder } from "../../../builder.ts";
import { CATALOGUE } from "../roles.ts";
import { AuctionDeleted } from "../shared/types.ts";
import { AuctionCataloguePart } from "./catalogue-part.type.ts";
import { PartDescription, PartLabel, PartWeight } from "./catalogue-part.validation.ts";
import * as parts from "./catalogue-part.service.ts";

const fields = (t: any) => ({
  catalog: t.id({ description: "The catalogue's id (must exist)." }),
  label: t.string({ validate: PartLabel.nullish() }),
  description: t.string({ validate: PartDescription.nullish() }),
  weight: t.int({ validate: PartWeight.nullish() }),
  published: t.field({ type: "Flag", description: "Shown on the public catalogue (default true)." }),
});

const CreateAuctionCataloguePartInput = builder.inputType("CreateAuctionCataloguePartInput", { fields });
const UpdateAuctionCataloguePartInput = builder.inputType("UpdateAuctionCataloguePartInput", { fields });

builder.mutationFields((t) => ({
  createAuctionCataloguePart: t.prismaField({
    description: "Add a part to a catalogue (catalog and label required).",
    type: AuctionCataloguePart,
    authScopes: { role: CATALOGUE },
    args: { input: t.arg({ type: CreateAuctionCataloguePartInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await parts.createPart(ctx, input as parts.CataloguePartInput);
      return parts.findPart(ctx, String(created.id), query);
    },
  }),
  updateAuctionCataloguePart: t.prismaField({
    description: "Update a catalogue part: only the given fields change (label, description, weight, published, catalog).",
    type: AuctionCataloguePart,
    authScopes: { role: CATALOGUE },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionCataloguePartInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await parts.updatePart(ctx, String(id), input as parts.CataloguePartInput);
      return parts.findPart(ctx, String(id), query);
    },
  }),
  deleteAuctionCataloguePart: t.field({
    description: "Delete a catalogue part.",
    type: AuctionDeleted,
    authScopes: { role: CATALOGUE },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => parts.deletePart(ctx, String(id)),
  }),
}));
