import { builder } from "../../../builder.ts";

/** Category terms form a tree (parent → children); the lists show the parent as its id. */
export const AuctionCategory = builder.prismaObject("AuctionCategory", {
  description: "An item/client category term; `parent` is the parent term's id (null at the root).",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    parent: t.exposeID("parentId", { nullable: true }),
    weight: t.exposeInt("weight"),
  }),
});

export const AuctionChargeTerm = builder.prismaObject("AuctionChargeTerm", {
  description: "An additional charge term (shipping fee, insurance, ...) with the amount and VAT percent orders start from.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    defaultAmount: t.expose("defaultAmount", { type: "Money" }),
    defaultVat: t.expose("defaultVat", { type: "Money", description: "VAT in percent, e.g. \"21.00\"." }),
  }),
});

/** "****1234": the lists never show a whole account number. */
export function maskAccountNumber(number: string): string {
  const compact = number.replace(/\s+/g, "");
  return compact.length > 4 ? `****${compact.slice(-4)}` : "****";
}

export const AuctionBankAccount = builder.prismaObject("AuctionBankAccount", {
  description: "A house bank account payments are received on.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    accountNumber: t.string({
      description: "Masked: only the last four characters are shown.",
      select: { accountNumber: true },
      resolve: (b) => maskAccountNumber(b.accountNumber),
    }),
    branch: t.exposeString("branch", { nullable: true }),
    currency: t.exposeString("currency"),
  }),
});

export const AuctionPaymentType = builder.prismaObject("AuctionPaymentType", {
  description: "A payment method; `letter` is the one-letter code shown on orders.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    letter: t.exposeString("letter"),
  }),
});

export const AuctionBidStep = builder.prismaObject("AuctionBidStep", {
  description: "A bid increment: from this price on, bids rise by `step`.",
  fields: (t) => ({
    id: t.exposeID("id"),
    from: t.expose("priceFrom", { type: "Money" }),
    step: t.expose("step", { type: "Money" }),
  }),
});

export const AuctionCatalog = builder.prismaObject("AuctionCatalog", {
  description: "A catalogue: its parts (sections) and the sales printed from it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label"),
    // relation counts are loaded with the page's rows (one query), never one per catalogue
    partCount: t.relationCount("parts"),
    saleCount: t.relationCount("sales"),
  }),
});
