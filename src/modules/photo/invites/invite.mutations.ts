import { builder } from "../../../builder.ts";
import { OPERATOR } from "../roles.ts";
import { InviteEmailsModel } from "./invite.validation.ts";
import * as invites from "./invite.service.ts";

export const SendPhotoProjectInvitesInput = builder.inputType("SendPhotoProjectInvitesInput", {
  fields: (t) => ({
    emails: t.stringList({ required: true, description: "1–500 e-mail addresses (trimmed, lower-cased).", validate: InviteEmailsModel }),
  }),
});

export const PhotoInviteBatch = builder.objectRef<{ queued: number; skipped: number }>("PhotoInviteBatch").implement({
  description: "Outcome of a bulk invite: e-mails queued, and addresses skipped (duplicates, members, live invites).",
  fields: (t) => ({
    queued: t.exposeInt("queued"),
    skipped: t.exposeInt("skipped"),
  }),
});

builder.mutationFields((t) => ({
  sendPhotoProjectInvites: t.field({
    description: "Invite e-mail addresses to a project (not closed or archived); one e-mail per new invite, valid 7 days.",
    type: PhotoInviteBatch,
    authScopes: { role: OPERATOR },
    args: { id: t.arg({ type: "UUID", required: true }), input: t.arg({ type: SendPhotoProjectInvitesInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => invites.sendInvites(ctx, id, input.emails),
  }),
}));
