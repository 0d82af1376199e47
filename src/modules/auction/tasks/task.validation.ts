import { z } from "zod";

export const TASK_STATUSES = ["open", "in_progress", "completed"] as const;
export const TASK_PRIORITIES = ["low", "normal", "high"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TaskStatusName = z.enum(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(", ")}` });
export const TaskPriorityName = z.enum(TASK_PRIORITIES, { message: `must be one of ${TASK_PRIORITIES.join(", ")}` });
export const TaskTitle = z.string().trim().max(255, "must be at most 255 characters");
export const TaskText = z.string().trim().max(5000, "must be at most 5000 characters");
export const DueDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) && !s.startsWith("0000"), "must be a real date (YYYY-MM-DD)");

/**
 * Status moves for the assignee and the creator: open → in_progress → completed, and open → completed directly.
 * A completed task is final for them; an administrator may move a task to any status (reopen it) and change it.
 */
export const NEXT: Record<TaskStatus, readonly TaskStatus[]> = {
  open: ["in_progress", "completed"],
  in_progress: ["completed"],
  completed: [],
};
