import { builder } from "../../../builder.ts";

export const AuctionCataloguePart = builder.prismaObject("AuctionCataloguePart", {
  description: "A part (section) of a catalogue, ordered by weight; unpublished parts stay off the public catalogue.",
  fields: (t) => ({
    id: t.exposeID("id"),
    catalog: t.exposeID("catalogId", { description: "The catalogue's id." }),
    label: t.exposeString("label"),
    description: t.exposeString("description"),
    weight: t.exposeInt("weight"),
    published: t.exposeBoolean("published"),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** What the public catalogue may show of a part: no publication flag, no back-office timestamps. */
export const AuctionPublicCataloguePart = builder.prismaObject("AuctionCataloguePart", {
  variant: "AuctionPublicCataloguePart",
  description: "A published catalogue part of a published or closed sale's catalogue.",
  fields: (t) => ({
    id: t.exposeID("id"),
    catalog: t.exposeID("catalogId", { description: "The catalogue's id." }),
    label: t.exposeString("label"),
    description: t.exposeString("description"),
    weight: t.exposeInt("weight"),
  }),
});
