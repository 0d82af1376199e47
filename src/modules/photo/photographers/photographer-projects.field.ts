import { builder } from "../../../builder.ts";
import { PhotoProject } from "../projects/project.type.ts";
import { PhotoPhotographer } from "./photographer.type.ts";

// Declared apart from the type so PhotoProject and PhotoPhotographer do not import each other.
builder.prismaObjectFields(PhotoPhotographer, (t) => ({
  projects: t.field({
  description: "Projects the photographer is assigned to.",
  type: [PhotoProject],
  select: (_args, _ctx, nested) => ({ assignments: { select: { project: nested(true) }, orderBy: { assignedAt: "asc" } } }),
  resolve: (p) => p.assignments.map((a) => a.project),
  }),
}));
