import { builder } from "../../../builder.ts";
import { CUSTOMER } from "../roles.ts";
import { PrintReferralInvitePayload } from "./referral.type.ts";
import { sendInvite } from "./referral.service.ts";

export const SendPrintReferralInviteInput = builder.inputType("SendPrintReferralInviteInput", {
  fields: (t) => ({ email: t.string({ required: true, description: "The friend's e-mail (not yet registered)." }) }),
});

builder.mutationFields((t) => ({
  sendPrintReferralInvite: t.field({
    description: "Mail the caller's referral link to a friend (10 invites per 24 h).",
    type: PrintReferralInvitePayload,
    authScopes: { role: CUSTOMER },
    args: { input: t.arg({ type: SendPrintReferralInviteInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendInvite(ctx, input),
  }),
}));
