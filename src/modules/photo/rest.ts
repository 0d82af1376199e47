import type { SystemRest } from "../../kernel/rest/route-table.ts";
import { photoDialect } from "./dialect.ts";
import { analyticsRoutes } from "./analytics/analytics.rest.ts";
import { purchaseRoutes } from "./purchases/purchase.rest.ts";
import { authRoutes } from "./auth/auth.rest.ts";
import { projectRoutes } from "./projects/project.rest.ts";
import { pricingRuleRoutes } from "./pricing/pricing-rule.rest.ts";
import { discountRoutes } from "./discounts/discount.rest.ts";
import { promoCodeRoutes } from "./promo-codes/promo-code.rest.ts";
import { inviteRoutes } from "./invites/invite.rest.ts";
import { photographerRoutes } from "./photographers/photographer.rest.ts";
import { operatorRoutes } from "./operators/operator.rest.ts";

/** The photo backoffice's documented REST API (../shared/specs/photo.txt), one row per endpoint. */
export const photoRest: SystemRest = {
  system: "photo",
  title: "Photo backoffice",
  description: "Photo-event sales backoffice: operators, photographers, projects, invites, pricing, discounts, promo codes, analytics, purchases.",
  legacyPortEnv: "PHOTO_PORT",
  documentedBaseUrl: "http://localhost:3001",
  dialect: photoDialect,
  routes: [...authRoutes, ...projectRoutes, ...pricingRuleRoutes, ...discountRoutes, ...promoCodeRoutes, ...inviteRoutes, ...photographerRoutes, ...operatorRoutes, ...analyticsRoutes, ...purchaseRoutes],
};
