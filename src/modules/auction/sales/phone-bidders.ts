import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import { builder } from "../../../builder.ts";
import type { Context } from "../../../kernel/context.ts";
import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { AuctionLabel } from "../shared/types.ts";

/** The description of lot `lot` of sale `saleId`, for a page of cards in one query. Key: `${saleId}:${lot}`. */
const lotDescriptions = createContextCache((ctx: Context) => new DataLoader<string, string | null>(async (keys) => {
  const bySale = new Map<number, string[]>();
  for (const key of keys) {
    const [sale, ...lot] = key.split(":");
    bySale.set(Number(sale), [...(bySale.get(Number(sale)) ?? []), lot.join(":")]);
  }
  const items = await ctx.db.auctionItem.findMany({
    where: { OR: [...bySale].map(([saleId, lots]) => ({ saleId, lot: { in: lots } })) },
    select: { saleId: true, lot: true, description: true },
    orderBy: { position: "asc" },
  });
  const found = new Map<string, string>();
  for (const i of items) if (!found.has(`${i.saleId}:${i.lot}`)) found.set(`${i.saleId}:${i.lot}`, i.description);
  return keys.map((k) => found.get(k) ?? null);
}));

const AuctionLotDescription = builder.objectRef<{ lot: string; description: string | null }>("AuctionLotDescription").implement({
  fields: (t) => ({ lot: t.exposeString("lot"), description: t.exposeString("description", { nullable: true }) }),
});

/** A phone bidder of a session, as printed on the calling card. */
export const AuctionPhoneBidderCard = builder.prismaObject("AuctionSaleBidder", {
  variant: "AuctionPhoneBidderCard",
  description: "A phone bidder registered for a session (or for the whole sale), with the lots to be called for.",
  fields: (t) => ({
    id: t.exposeID("id"),
    bidderNumber: t.exposeString("bidderNumber"),
    session: t.id({ nullable: true, description: "The session, or null when registered for the whole sale.", resolve: (b) => (b.sessionId ? String(b.sessionId) : null) }),
    client: t.field({
      type: AuctionLabel,
      select: { client: { select: { id: true, firstName: true, lastName: true } } },
      resolve: (b) => ({ id: b.client.id, label: `${b.client.firstName} ${b.client.lastName}`.trim() }),
    }),
    phone: t.string({
      nullable: true, description: "The client's phone, else its mobile.",
      select: { client: { select: { phone: true, mobile: true } } },
      resolve: (b) => b.client.phone || b.client.mobile || null,
    }),
    lots: t.exposeStringList("lots", { description: "Lot numbers the bidder is to be called for." }),
    lotDescriptions: t.field({
      type: [AuctionLotDescription],
      resolve: async (b, _a, ctx) => {
        const descriptions = await lotDescriptions(ctx).loadMany(b.lots.map((lot) => `${b.saleId}:${lot}`));
        return b.lots.map((lot, i) => ({ lot, description: typeof descriptions[i] === "string" ? descriptions[i] as string : null }));
      },
    }),
  }),
});

/**
 * sale-session-phone-bidders-card: filter[session] (required) matches the phone bidders of that session and those
 * registered for its whole sale (no session).
 */
export const phoneBidderGrammar = defineGrammar({
  name: "AuctionPhoneBidderCard",
  filters: {
    session: {
      kind: "id",
      where: (c) => ({ OR: [{ sessionId: c }, { sessionId: null, sale: { sessions: { some: { id: c } } } }] }),
    },
    client: { kind: "id", column: "clientId" },
  },
  sorts: { bidder_number: "bidderNumber", client: (d) => [{ client: { lastName: d } }, { client: { firstName: d } }], id: "id" },
  defaultSort: "bidder_number",
});
