import { builder } from "../../../builder.ts";
import { AuctionLabel } from "../shared/types.ts";
import { fileUrl } from "../files/file.service.ts";
import { Decimal } from "../shared/money.ts";
import { ITEM_STATUSES, itemLabel } from "./item-history.ts";

export const AuctionItemStatus = builder.enumType("AuctionItemStatus", {
  description: "available → sold | unsold | passed; withdrawn items are out of the sale.",
  values: ITEM_STATUSES,
});

type Dim = { height: Decimal | null; width: Decimal | null; depth: Decimal | null; unit: string };
/** "30.00" + "cm" → "30cm"; null stays null. */
const measure = (v: Decimal | null, unit: string) => (v === null ? null : `${new Decimal(v).toString()}${unit}`);

const AuctionItemDimensions = builder.objectRef<Dim>("AuctionItemDimensions").implement({
  description: "An item's measures with their unit, as the item list shows them (\"30cm\").",
  fields: (t) => ({
    height: t.string({ nullable: true, resolve: (d) => measure(d.height, d.unit) }),
    width: t.string({ nullable: true, resolve: (d) => measure(d.width, d.unit) }),
    depth: t.string({ nullable: true, resolve: (d) => measure(d.depth, d.unit) }),
  }),
});

const AuctionItemImageRef = builder.objectRef<{ fileId: number }>("AuctionItemImageLink").implement({
  description: "An image of an item: the stored file's id and where it is downloaded.",
  fields: (t) => ({
    id: t.id({ description: "The file id (fid).", resolve: (i) => String(i.fileId) }),
    url: t.string({ resolve: (i, _a, ctx) => fileUrl(ctx.config, i.fileId) }),
    thumbnail: t.string({ resolve: (i, _a, ctx) => `${fileUrl(ctx.config, i.fileId)}&style=thumbnail` }),
  }),
});

type Consignment = { id: number; symbol: string; subSymbol: string };
const AuctionItemConsignment = builder.objectRef<Consignment>("AuctionItemConsignment").implement({
  fields: (t) => ({
    id: t.id({ resolve: (c) => String(c.id) }),
    symbol: t.exposeString("symbol"),
    subSymbol: t.exposeString("subSymbol"),
  }),
});

type Winner = { id: number; firstName: string; lastName: string; bidderNumber: string | null };
const AuctionItemWinner = builder.objectRef<Winner>("AuctionItemWinner").implement({
  description: "The client who won the item and the paddle number it bid with.",
  fields: (t) => ({
    id: t.id({ resolve: (w) => String(w.id) }),
    label: t.string({ resolve: (w) => `${w.firstName} ${w.lastName}`.trim() }),
    bidderNumber: t.exposeString("bidderNumber", { nullable: true }),
  }),
});

const images = { images: { select: { fileId: true }, orderBy: [{ weight: "asc" }, { id: "asc" }] } } as const;
const dimension = { dimension: { select: { height: true, width: true, depth: true, unit: true } } } as const;

/** The fields staff and the website share (descriptive data, no reserve, winner or consignor). */
const common = (t: any) => ({
  id: t.exposeID("id"),
  label: t.string({ description: "\"Item #<lot>\" (the id while there is no lot).", select: { lot: true }, resolve: (i: { id: number; lot: string | null }) => itemLabel(i) }),
  lot: t.exposeString("lot", { nullable: true }),
  position: t.exposeInt("position", { description: "Running position in the sale." }),
  description: t.exposeString("description"),
  sale: t.field({ type: AuctionLabel, select: { sale: { select: { id: true, label: true } } }, resolve: (i: { sale: { id: number; label: string } }) => i.sale }),
  category: t.field({
    type: AuctionLabel, nullable: true, select: { category: { select: { id: true, label: true } } },
    resolve: (i: { category: { id: number; label: string } | null }) => i.category,
  }),
  estimateLow: t.expose("estimateLow", { type: "Money", nullable: true }),
  estimateHigh: t.expose("estimateHigh", { type: "Money", nullable: true }),
  hammerPrice: t.expose("hammerPrice", { type: "Money", nullable: true }),
  status: t.expose("status", { type: AuctionItemStatus }),
  images: t.field({ type: [AuctionItemImageRef], select: images, resolve: (i: { images: { fileId: number }[] }) => i.images }),
  dimensions: t.field({ type: AuctionItemDimensions, nullable: true, select: dimension, resolve: (i: { dimension: Dim | null }) => i.dimension }),
  created: t.expose("createdAt", { type: "DateTime" }),
  updated: t.expose("updatedAt", { type: "DateTime" }),
});

export const AuctionItem = builder.prismaObject("AuctionItem", {
  description: "An item (lot) of a sale.",
  fields: (t) => ({
    ...common(t),
    consignment: t.field({
      type: AuctionItemConsignment, nullable: true,
      select: { consignment: { select: { id: true, symbol: true, subSymbol: true } } },
      resolve: (i) => i.consignment,
    }),
    reservePrice: t.expose("reservePrice", { type: "Money", nullable: true }),
    winner: t.field({
      type: AuctionItemWinner, nullable: true,
      select: { winnerBidderNumber: true, winner: { select: { id: true, firstName: true, lastName: true } } },
      resolve: (i) => (i.winner ? { ...i.winner, bidderNumber: i.winnerBidderNumber } : null),
    }),
  }),
});

/** What the website may see of an item: no reserve price, no winner, nothing about the consignor. */
export const AuctionPublicItem = builder.prismaObject("AuctionItem", {
  variant: "AuctionPublicItem",
  description: "An item of a published or closed sale as the website shows it.",
  fields: (t) => common(t),
});
