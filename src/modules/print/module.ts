import type { SystemModule } from "../../kernel/system.ts";
import { printRest } from "./rest.ts";
import { seedPrintDemo } from "./seed.ts";
import { printJobs } from "./jobs.ts";
import { printConfig } from "./config.ts";

export const printModule: SystemModule = {
  id: "print",
  audience: "print",
  rest: printRest,
  // web clients authenticate with the http-only `token` cookie; their state-changing calls need X-CSRF-Token
  session: { system: "print", cookie: "token", csrf: true },
  jobs: printJobs,
  // one indexed lookup per authenticated call: reset passwords and deleted accounts revoke their tokens at once
  validatePrincipal: async (p, { db }) => {
    if (p.role === "signup") return true; // sign-up tokens name an e-mail, not an account
    const user = await db.printUser.findUnique({ where: { id: Number(p.id) }, select: { tokenVersion: true } });
    return user !== null && user.tokenVersion === (p.version ?? 0);
  },
  seedDemo: seedPrintDemo,
  isFresh: async ({ db }) => (await db.printUser.count()) === 0,
  // production refuses the public development gateway secrets (and any bad print setting) before serving
  checkConfig: (c) => { printConfig(c); },
};
