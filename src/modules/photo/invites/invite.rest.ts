import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { INVITE } from "../selections.ts";

export const inviteRoutes: RestRoute[] = [
  { method: "GET", path: "/v1/projects/:id/invites", operation: "Query.photoProjectInvites", select: INVITE, summary: "List a project's invites with registration status" },
  { method: "POST", path: "/v1/projects/:id/invites/bulk", operation: "Mutation.sendPhotoProjectInvites", status: 202, bodyArg: "input", select: "{ queued skipped }", summary: "Invite e-mail addresses to a project" },
];
