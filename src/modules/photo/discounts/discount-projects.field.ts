import { builder } from "../../../builder.ts";
import { PhotoProject } from "../projects/project.type.ts";
import { PhotoDiscount } from "./discount.type.ts";
import { OPERATOR } from "../roles.ts";

// Declared apart from the type so PhotoProject and PhotoDiscount do not import each other.
builder.prismaObjectFields(PhotoDiscount, (t) => ({
  projects: t.field({
  description: "Projects the discount is linked to.",
  type: [PhotoProject],
  // every project of the discount, archived ones included: never for a photographer, whatever path reaches it
  authScopes: { role: OPERATOR },
  select: (_args, _ctx, nested) => ({ projects: { select: { project: nested(true) }, orderBy: { linkedAt: "asc" } } }),
  resolve: (d) => d.projects.map((p) => p.project),
  }),
}));
