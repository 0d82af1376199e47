import { z } from "zod";
import { EmailModel } from "../validation.ts";

/** The documented batch size: 1–500 addresses per request. */
export const MAX_INVITES_PER_REQUEST = 500;
export const InviteEmailsModel = z.array(EmailModel)
  .min(1, "must contain at least one e-mail address")
  .max(MAX_INVITES_PER_REQUEST, `must contain at most ${MAX_INVITES_PER_REQUEST} e-mail addresses`);
