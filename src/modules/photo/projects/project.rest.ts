import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { PROJECT_DETAIL, PROJECT_SUMMARY } from "../selections.ts";

export const projectRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/projects", operation: "Query.photoProjects", select: PROJECT_SUMMARY, summary: "List the operator's projects" },
  { method: "POST", path: "/v1/projects", operation: "Mutation.createPhotoProject", status: 201, bodyArg: "input", select: PROJECT_DETAIL, summary: "Create a project" },
  { method: "GET", path: "/v1/projects/:id", operation: "Query.photoProject", select: PROJECT_DETAIL, summary: "Project detail with assigned photographers" },
  { method: "PATCH", path: "/v1/projects/:id", operation: "Mutation.updatePhotoProject", bodyArg: "input", select: PROJECT_DETAIL, summary: "Update project fields" },
  { method: "PATCH", path: "/v1/projects/:id/status", operation: "Mutation.updatePhotoProjectStatus", bodyArg: "input", select: PROJECT_DETAIL, summary: "Transition a project to a new status" },
  { method: "POST", path: "/v1/projects/:id/photographers", operation: "Mutation.assignPhotoProjectPhotographer", status: 204, bodyArg: "input", select: "{ id }", summary: "Assign a photographer" },
  { method: "DELETE", path: "/v1/projects/:id/photographers/:photographerId", operation: "Mutation.unassignPhotoProjectPhotographer", status: 204, select: "{ id }", summary: "Remove a photographer" },
  { method: "POST", path: "/v1/projects/:id/discounts", operation: "Mutation.linkPhotoProjectDiscount", status: 204, bodyArg: "input", select: "{ id }", summary: "Link a discount" },
  { method: "DELETE", path: "/v1/projects/:id/discounts/:discountId", operation: "Mutation.unlinkPhotoProjectDiscount", status: 204, select: "{ id }", summary: "Unlink a discount" },
  { method: "DELETE", path: "/v1/projects/:id", operation: "Mutation.deletePhotoProject", status: 204, summary: "Permanently delete a project and its photos" },
  { method: "GET", path: "/v1/photographers/me/projects", operation: "Query.photoAssignedProjects", select: PROJECT_SUMMARY, summary: "Projects the photographer is assigned to" },
  { method: "GET", path: "/v1/photographers/me/projects/:id", operation: "Query.photoAssignedProject", select: PROJECT_DETAIL, summary: "One assigned project" },
];
