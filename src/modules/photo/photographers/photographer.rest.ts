import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { PHOTOGRAPHER_WITH_PROJECTS } from "../selections.ts";

export const photographerRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/photographers", operation: "Query.photoPhotographers", select: PHOTOGRAPHER_WITH_PROJECTS, summary: "List the operator's photographers with their projects" },
  { method: "PATCH", path: "/v1/photographers/:id", operation: "Mutation.updatePhotoPhotographer", bodyArg: "input", select: PHOTOGRAPHER_WITH_PROJECTS, summary: "Update a photographer's name or e-mail" },
  { method: "DELETE", path: "/v1/photographers/:id", operation: "Mutation.deletePhotoPhotographer", status: 204, summary: "Delete a photographer not assigned to any project" },
];
