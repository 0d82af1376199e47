import { builder } from "../../../builder.ts";
import { CLIENT_DESK } from "../roles.ts";
import { AuctionCall } from "./call.type.ts";
import { CallDate, CallNotes } from "./call.validation.ts";
import { createCall, type CallInput } from "./call.service.ts";

const CreateAuctionCallInput = builder.inputType("CreateAuctionCallInput", {
  fields: (t) => ({
    client: t.id({ description: "The client called (required)." }),
    date: t.string({ description: "When the call took place (ISO 8601; default now).", validate: CallDate }),
    notes: t.string({ validate: CallNotes }),
  }),
});

builder.mutationFields((t) => ({
  createAuctionCall: t.prismaField({
    description: "Log a call with a client; the signed-in staff member is its user.",
    type: AuctionCall,
    authScopes: { role: CLIENT_DESK },
    args: { input: t.arg({ type: CreateAuctionCallInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const call = await createCall(ctx, input as CallInput);
      return ctx.db.auctionCall.findUniqueOrThrow({ ...query, where: { id: call.id } });
    },
  }),
}));
