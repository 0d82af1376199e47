import { builder } from "../../../builder.ts";
import { PhotoProject } from "../projects/project.type.ts";
import { PhotoPhotographer } from "./photographer.type.ts";
import { OPERATOR } from "../roles.ts";

// Declared apart from the type so PhotoProject and PhotoPhotographer do not import each other.
builder.prismaObjectFields(PhotoPhotographer, (t) => ({
  projects: t.field({
  description: "Projects the photographer is assigned to.",
  type: [PhotoProject],
  // a photographer reaches PhotoPhotographer through photoProject { photographers }: without this, it would read a
  // co-photographer's other projects, unassigned and archived ones included
  authScopes: { role: OPERATOR },
  select: (_args, _ctx, nested) => ({ assignments: { select: { project: nested(true) }, orderBy: { assignedAt: "asc" } } }),
  resolve: (p) => p.assignments.map((a) => a.project),
  }),
}));
