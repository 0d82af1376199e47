import { builder } from "../../../builder.ts";
import { PrintCsrfTokenPayload } from "./auth.type.ts";
import { issueCsrfToken } from "./session.ts";

builder.queryFields((t) => ({
  // public although documented among the protected endpoints: a web client needs it before it can log in
  printCsrfToken: t.field({
    description: "A double-submit CSRF token. Over REST (GET /csrf-token) the matching http-only cookie is set too; bearer-token clients need none.",
    type: PrintCsrfTokenPayload,
    resolve: (_root, _args, ctx) => ({ csrfToken: issueCsrfToken(ctx) }),
  }),
}));
