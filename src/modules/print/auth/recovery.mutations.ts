import { builder } from "../../../builder.ts";
import { PrintAccountMessagePayload } from "./auth.type.ts";
import { resetPassword, sendPasswordReset, sendUsernameReminder } from "./recovery.service.ts";

export const SendPrintPasswordResetInput = builder.inputType("SendPrintPasswordResetInput", {
  fields: (t) => ({ email: t.string({ required: true }) }),
});

export const UpdatePrintPasswordWithResetTokenInput = builder.inputType("UpdatePrintPasswordWithResetTokenInput", {
  fields: (t) => ({
    token: t.string({ required: true, description: "From the reset link." }),
    password: t.string({ required: true, description: "At least 8 characters." }),
  }),
});

export const SendPrintUsernameReminderInput = builder.inputType("SendPrintUsernameReminderInput", {
  fields: (t) => ({ email: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  sendPrintPasswordReset: t.field({
    description: "Mail a one-hour, single-use password reset link if the e-mail is registered (same answer either way).",
    type: PrintAccountMessagePayload,
    args: { input: t.arg({ type: SendPrintPasswordResetInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendPasswordReset(ctx, input),
  }),
  updatePrintPasswordWithResetToken: t.field({
    description: "Set a new password with a reset token; the account's other reset tokens stop working too.",
    type: PrintAccountMessagePayload,
    args: { input: t.arg({ type: UpdatePrintPasswordWithResetTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) => resetPassword(ctx, input),
  }),
  // public although documented among the protected endpoints: whoever forgot the username cannot be logged in
  sendPrintUsernameReminder: t.field({
    description: "Mail the username to a registered e-mail (same answer either way).",
    type: PrintAccountMessagePayload,
    args: { input: t.arg({ type: SendPrintUsernameReminderInput, required: true }) },
    resolve: (_root, { input }, ctx) => sendUsernameReminder(ctx, input),
  }),
}));
