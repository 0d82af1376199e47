import { z } from "zod";
import { builder } from "../../../builder.ts";
import { CATALOGUE } from "../roles.ts";
import { AuctionSaleSession } from "./session.type.ts";
import * as sessions from "./session.service.ts";

const SessionNumber = z.number().int().min(1, "must be 1 or more").max(999, "must be at most 999");
const LotText = z.string().trim().max(20, "must be at most 20 characters");

const common = (t: any) => ({
  sessionDate: t.field({ type: "DateTime" }),
  sessionNumber: t.int({ validate: SessionNumber.nullish() }),
  auctioneer: t.id({ description: "An active staff member's id; null removes the auctioneer." }),
  itemRangeStart: t.string({ description: "First lot of the session.", validate: LotText.nullish() }),
  itemRangeEnd: t.string({ description: "Last lot of the session.", validate: LotText.nullish() }),
});

const SaveAuctionSaleSessionInput = builder.inputType("SaveAuctionSaleSessionInput", {
  fields: (t) => ({ sale: t.id({ description: "The sale's id (required)." }), ...common(t) }),
});
const UpdateAuctionSaleSessionInput = builder.inputType("UpdateAuctionSaleSessionInput", { fields: common });

builder.mutationFields((t) => ({
  saveAuctionSaleSession: t.prismaField({
    description: "Create/Update Sale Session: creates the session (sale, session_number) or, when it exists, updates its given fields.",
    type: AuctionSaleSession,
    authScopes: { role: CATALOGUE },
    args: { input: t.arg({ type: SaveAuctionSaleSessionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => sessions.findSession(ctx, await sessions.saveSession(ctx, input as sessions.SessionInput), query),
  }),
  updateAuctionSaleSession: t.prismaField({
    description: "Update a sale session: only the given fields change; a session number used elsewhere in the sale is a conflict.",
    type: AuctionSaleSession,
    authScopes: { role: CATALOGUE },
    args: { sessionId: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionSaleSessionInput, required: true }) },
    resolve: async (query, _root, { sessionId, input }, ctx) => {
      await sessions.updateSession(ctx, String(sessionId), input as sessions.SessionInput);
      return sessions.findSession(ctx, Number(sessionId), query);
    },
  }),
}));
