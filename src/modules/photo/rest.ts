import type { SystemRest } from "../../kernel/rest/route-table.ts";
import { photoDialect } from "./dialect.ts";
import { authRoutes } from "./auth/auth.rest.ts";
import { projectRoutes } from "./projects/project.rest.ts";

/** The photo backoffice's documented REST API (../shared/specs/photo.txt), one row per endpoint. */
export const photoRest: SystemRest = {
  system: "photo",
  title: "Photo backoffice",
  description: "Photo-event sales backoffice: operators, photographers, projects, invites, pricing, discounts, promo codes, analytics, purchases.",
  legacyPortEnv: "PHOTO_PORT",
  documentedBaseUrl: "http://localhost:3001",
  dialect: photoDialect,
  routes: [...authRoutes, ...projectRoutes],
};
