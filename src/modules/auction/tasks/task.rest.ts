import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { taskGrammar } from "./task.grammar.ts";

export const TASK = `{ id reference referenceType taskType { id label } title description status priority assignedTo { id name }
  dueDate created completedAt completionNotes createdBy { id name } updated }`;

export const taskRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1.0/tasks", operation: "Query.auctionTasks", grammar: taskGrammar, select: `{ data ${TASK} count }`,
    summary: "List Tasks: filter[reference], filter[reference_type], filter[status] (open, in_progress, completed), filter[assigned_to], filter[priority], filter[task_type], filter[due_date]; sort (default created)." },
  { method: "POST", path: "/api/v1.0/tasks", operation: "Mutation.createAuctionTask", status: 201, bodyArg: "input", envelope: "record", select: TASK,
    summary: "Create Task {reference, reference_type (default item), task_type, title (required), description, assigned_to (active staff), due_date, priority} → 201 {data: [task]}." },
  { method: "PATCH", path: "/api/v1.0/tasks/:id", operation: "Mutation.updateAuctionTask", bodyArg: "input", envelope: "record", select: TASK,
    summary: "Update Task {status, completion_notes, title, assigned_to, due_date, priority}: the assignee, the creator or an administrator (403); open → in_progress → completed (422 otherwise); completed is final except for administrators (reopen)." },
];
