import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF, staffIdOf } from "../roles.ts";
import { AuctionStaff } from "./staff.type.ts";
import { staffGrammar } from "./staff.grammar.ts";
import { findStaff } from "./staff.service.ts";

const AuctionStaffPage = dataPageType("AuctionStaffPage", AuctionStaff, "A page of staff members and how many match.");
const staffListArgs = listArgs(staffGrammar);

builder.queryFields((t) => ({
  auctionStaffMembers: t.field({
    description: "Staff members (filter by role and status; default order: name).",
    type: AuctionStaffPage,
    authScopes: { role: STAFF },
    args: staffListArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: staffGrammar, args, model: ctx.db.auctionStaff }),
  }),
  auctionMe: t.prismaField({
    description: "The signed-in staff member, with the permissions their roles grant.",
    type: AuctionStaff,
    authScopes: { role: STAFF },
    resolve: (query, _root, _args, ctx) => findStaff(ctx, staffIdOf(ctx), query),
  }),
}));
