import type { SystemModule } from "../../kernel/system.ts";
import { printRest } from "./rest.ts";
import { seedPrintDemo } from "./seed.ts";
import { printJobs } from "./jobs.ts";

export const printModule: SystemModule = {
  id: "print",
  audience: "print",
  rest: printRest,
  // web clients authenticate with the http-only `token` cookie; their state-changing calls need X-CSRF-Token
  session: { system: "print", cookie: "token", csrf: true },
  jobs: printJobs,
  seedDemo: seedPrintDemo,
  isFresh: async ({ db }) => (await db.printUser.count()) === 0,
};
