import { builder } from "../../../builder.ts";
import { AuctionStaffRef } from "../shared/types.ts";

export const AuctionCall = builder.prismaObject("AuctionCall", {
  description: "A logged phone call with a client.",
  fields: (t) => ({
    id: t.exposeID("id"),
    client: t.exposeID("clientId", { description: "The client's id." }),
    date: t.expose("date", { type: "DateTime", description: "When the call took place." }),
    notes: t.exposeString("notes"),
    user: t.field({
      type: AuctionStaffRef, nullable: true, description: "The staff member who logged it.",
      select: { user: { select: { id: true, name: true } } },
      resolve: (c) => c.user,
    }),
    created: t.expose("createdAt", { type: "DateTime" }),
  }),
});
