import type { SystemRest } from "../../kernel/rest/route-table.ts";
import { printDialect } from "./dialect.ts";
import { authRoutes } from "./auth/auth.rest.ts";
import { profileRoutes } from "./profile/profile.rest.ts";
import { referralRoutes } from "./referral/referral.rest.ts";
import { paymentRoutes } from "./payments/payment.rest.ts";
import { walletRoutes } from "./wallet/wallet.rest.ts";
import { publicRoutes } from "./public/public.rest.ts";
import { adminRoutes } from "./admin/admin.rest.ts";
import { shopRoutes } from "./shops/shop.rest.ts";
import { queueRoutes } from "./shops/queue.rest.ts";
import { fileRoutes } from "./files/file.rest.ts";

/** The print-shop marketplace's documented REST API (../shared/specs/print.txt), one row per endpoint. */
export const printRest: SystemRest = {
  system: "print",
  title: "Print marketplace",
  description: "Print-shop marketplace: OTP sign-up, uploads with page counting, queues, payment orders, wallet, referrals, payouts, admin.",
  legacyPortEnv: "PRINT_PORT",
  documentedBaseUrl: "http://localhost:8080",
  dialect: printDialect,
  routes: [...authRoutes, ...profileRoutes, ...referralRoutes, ...shopRoutes, ...queueRoutes, ...publicRoutes, ...adminRoutes, ...paymentRoutes, ...walletRoutes, ...fileRoutes],
};
