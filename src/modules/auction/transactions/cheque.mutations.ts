import { builder } from "../../../builder.ts";
import { FINANCE } from "../roles.ts";
import { generateCheque, type GeneratedCheque } from "./cheque.service.ts";

const AuctionGeneratedCheque = builder.objectRef<GeneratedCheque>("AuctionGeneratedCheque").implement({
  description: "Where a generated cheque can be downloaded: the printable PDF and its picture (SVG).",
  fields: (t) => ({
    transactionId: t.id({ resolve: (c) => String(c.transactionId) }),
    chequeUrl: t.exposeString("chequeUrl"),
    illustratedChequeUrl: t.exposeString("illustratedChequeUrl"),
  }),
});

const GenerateAuctionChequeInput = builder.inputType("GenerateAuctionChequeInput", {
  fields: (t) => ({ id: t.id({ description: "The Cheque transaction's id." }) }),
});

builder.mutationFields((t) => ({
  generateAuctionCheque: t.field({
    description: "Generate a printable cheque (PDF) and its picture (SVG) for a Cheque transaction; regenerating replaces them.",
    type: AuctionGeneratedCheque,
    authScopes: { role: FINANCE },
    args: { input: t.arg({ type: GenerateAuctionChequeInput, required: true }) },
    resolve: (_root, { input }, ctx) => generateCheque(ctx, input.id ? String(input.id) : null),
  }),
}));
