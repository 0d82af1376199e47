import type { SystemRest } from "../../kernel/rest/route-table.ts";
import { printDialect } from "./dialect.ts";

/** The print-shop marketplace's documented REST API (../shared/specs/print.txt), one row per endpoint. */
export const printRest: SystemRest = {
  system: "print",
  title: "Print marketplace",
  description: "Print-shop marketplace: OTP sign-up, uploads with page counting, queues, payment orders, wallet, referrals, payouts, admin.",
  legacyPortEnv: "PRINT_PORT",
  documentedBaseUrl: "http://localhost:8080",
  dialect: printDialect,
  routes: [],
};
