import { builder } from "../../../builder.ts";
import { AuctionStaffRef } from "../shared/types.ts";

export const AuctionNote = builder.prismaObject("AuctionNote", {
  description: "A staff note on a record (item, order, client, sale, consignment, transaction, task).",
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeID("referenceId", { description: "The id of the record the note is about." }),
    referenceType: t.exposeString("referenceType", { description: "What the reference is: item, order, client, ..." }),
    note: t.exposeString("note"),
    user: t.field({
      type: AuctionStaffRef, nullable: true, description: "Who wrote it.",
      select: { user: { select: { id: true, name: true } } },
      resolve: (n) => n.user,
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
