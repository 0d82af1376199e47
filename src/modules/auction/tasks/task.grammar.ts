import { defineGrammar } from "../../../kernel/list/grammar.ts";
import { CONTENT_TYPES } from "../activities/content.ts";
import { TASK_PRIORITIES, TASK_STATUSES } from "./task.validation.ts";

/** GET tasks: the spec's filters (reference, status, assigned_to) plus reference_type, priority, task_type and dates. */
export const taskGrammar = defineGrammar({
  name: "AuctionTask",
  table: "auction_tasks",
  filters: {
    id: { kind: "id" },
    reference: { kind: "id", column: "referenceId", description: "The id of the record the task is about." },
    reference_type: { kind: "enum", column: "referenceType", values: CONTENT_TYPES },
    status: { kind: "enum", values: TASK_STATUSES },
    assigned_to: { kind: "id", column: "assignedToId" },
    created_by: { kind: "id", column: "createdById" },
    priority: { kind: "enum", values: TASK_PRIORITIES },
    task_type: { kind: "exact", column: "taskType" },
    due_date: { kind: "date", column: "dueDate" },
    created: { kind: "date", column: "createdAt" },
  },
  sorts: {
    id: "id", created: "createdAt", updated: "updatedAt", due_date: "dueDate", priority: "priority", status: "status", title: "title",
  },
  search: ["title", "description"],
  defaultSort: "created",
});
