import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionNote } from "./note.type.ts";
import { noteGrammar } from "./note.grammar.ts";

const AuctionNotePage = dataPageType("AuctionNotePage", AuctionNote, "A page of notes and how many match.");
const noteListArgs = listArgs(noteGrammar);

builder.queryFields((t) => ({
  auctionNotes: t.field({
    description: "Notes (datatable) on items, orders, clients, ...: by reference (content id) and type; newest first by default.",
    type: AuctionNotePage,
    authScopes: { role: STAFF },
    args: noteListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: noteGrammar, args, model: ctx.db.auctionNote }),
  }),
}));
