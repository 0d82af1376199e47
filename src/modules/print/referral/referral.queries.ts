import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../../../builder.ts";
import { CUSTOMER } from "../roles.ts";
import { PrintReferralHistory, PrintReferralSummary } from "./referral.type.ts";
import { referralHistory, referralSummary } from "./referral.service.ts";

builder.queryFields((t) => ({
  printReferralSummary: t.field({
    description: "The calling customer's referral figures.",
    type: PrintReferralSummary,
    authScopes: { role: CUSTOMER },
    resolve: (_root, _args, ctx) => referralSummary(ctx),
  }),
  printReferralHistory: t.field({
    description: "The calling customer's referrals, newest first.",
    type: PrintReferralHistory,
    authScopes: { role: CUSTOMER },
    args: {
      limit: t.arg.int({ defaultValue: 50, description: "1–100." }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, ctx, info) =>
      referralHistory(ctx, { limit: args.limit ?? 50, offset: args.offset ?? 0 }, queryFromInfo({ context: ctx, info, path: ["referrals"] })),
  }),
}));
