import { builder } from "../../../builder.ts";
import { STAFF } from "../roles.ts";
import { AuctionNote } from "./note.type.ts";
import { NoteReferenceType, NoteText, REFERENCE_TYPES } from "./note.validation.ts";
import { createNote, type NoteInput } from "./note.service.ts";

const CreateAuctionNoteInput = builder.inputType("CreateAuctionNoteInput", {
  fields: (t) => ({
    reference: t.id({ description: "The id of the record the note is about (required)." }),
    note: t.string({ description: "The text (required).", validate: NoteText }),
    referenceType: t.string({ description: `What the reference is: ${REFERENCE_TYPES.join(", ")} (default item).`, validate: NoteReferenceType }),
  }),
});

builder.mutationFields((t) => ({
  createAuctionNote: t.prismaField({
    description: "Write a note on a record; the record must exist. Any staff member may write notes.",
    type: AuctionNote,
    authScopes: { role: STAFF },
    args: { input: t.arg({ type: CreateAuctionNoteInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const note = await createNote(ctx, input as NoteInput);
      return ctx.db.auctionNote.findUniqueOrThrow({ ...query, where: { id: note.id } });
    },
  }),
}));
