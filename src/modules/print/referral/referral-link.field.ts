import { builder } from "../../../builder.ts";
import { PrintUser } from "../users/user.type.ts";
import { referralLink } from "./referral-code.ts";

builder.prismaObjectFields(PrintUser, (t) => ({
  referralLink: t.string({
    description: "The customer's shareable sign-up link (PRINT_PUBLIC_URL/r/<code>); null without a code.",
    nullable: true,
    select: { referralCode: true, role: true },
    resolve: (user, _args, ctx) => (user.role === "customer" && user.referralCode ? referralLink(ctx.config, user.referralCode) : null),
  }),
}));
