import { builder } from "../../../builder.ts";
import { PrintRole } from "../enums.ts";
import type { AuthResult } from "./session.ts";

export const PrintAuthPayload = builder.objectRef<AuthResult>("PrintAuthPayload").implement({
  description: "A signed print JWT and who it is for. REST answers also set it as the http-only `token` cookie.",
  fields: (t) => ({
    token: t.exposeString("token"),
    role: t.expose("role", { type: PrintRole }),
    username: t.exposeString("username"),
  }),
});

export const PrintAccountMessagePayload = builder.objectRef<{ message: string }>("PrintAccountMessagePayload").implement({
  description: "A sentence for the user about an account action (generic where telling more would reveal accounts).",
  fields: (t) => ({ message: t.exposeString("message") }),
});

export const PrintSignupTokenPayload = builder.objectRef<{ signupToken: string; email: string }>("PrintSignupTokenPayload").implement({
  description: "Proof of a verified e-mail for registration, valid 30 minutes.",
  fields: (t) => ({ signupToken: t.exposeString("signupToken"), email: t.exposeString("email") }),
});

export const PrintCsrfTokenPayload = builder.objectRef<{ csrfToken: string }>("PrintCsrfTokenPayload").implement({
  description: "Echo it in X-CSRF-Token on state-changing cookie-authenticated requests.",
  fields: (t) => ({ csrfToken: t.exposeString("csrfToken") }),
});
