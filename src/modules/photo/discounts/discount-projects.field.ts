import { builder } from "../../../builder.ts";
import { PhotoProject } from "../projects/project.type.ts";
import { PhotoDiscount } from "./discount.type.ts";

// Declared apart from the type so PhotoProject and PhotoDiscount do not import each other.
builder.prismaObjectFields(PhotoDiscount, (t) => ({
  projects: t.field({
  description: "Projects the discount is linked to.",
  type: [PhotoProject],
  select: (_args, _ctx, nested) => ({ projects: { select: { project: nested(true) }, orderBy: { linkedAt: "asc" } } }),
  resolve: (d) => d.projects.map((p) => p.project),
  }),
}));
