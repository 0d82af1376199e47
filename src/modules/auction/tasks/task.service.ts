import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, forbidden, invalid } from "../../../kernel/errors.ts";
import { hasRole } from "../../../kernel/auth/principal.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { idOf, missing } from "../shared/ids.ts";
import { parseDate } from "../shared/dates.ts";
import { ADMIN, staffIdOf } from "../roles.ts";
import { assertContentExists, referenceIdOf, type ContentType } from "../activities/content.ts";
import { logActivity } from "../activities/activity.service.ts";
import { NEXT, type TaskPriority, type TaskStatus } from "./task.validation.ts";

export type CreateTaskInput = {
  reference?: string | number | null; referenceType?: ContentType | null; taskType?: string | null; title?: string | null;
  description?: string | null; assignedTo?: string | number | null; dueDate?: string | null; priority?: TaskPriority | null;
};
export type UpdateTaskInput = {
  status?: TaskStatus | null; completionNotes?: string | null; title?: string | null; description?: string | null;
  taskType?: string | null; assignedTo?: string | number | null; dueDate?: string | null; priority?: TaskPriority | null;
};

const required = (field: string) => invalid(`The field '${field}' is required`, { fields: [{ path: field, message: "This field is required" }] });
const unprocessable = (message: string) => new DomainError("UNPROCESSABLE", message, { title: message });
const isAdmin = (ctx: Context) => ADMIN.some((r) => hasRole(ctx.principal, r));

/** An assignee must be an active staff member (a blocked account cannot work tasks); null/"" unassigns. */
async function assigneeOf(ctx: Context, raw: string | number | null | undefined): Promise<number | null> {
  if (raw === null || raw === undefined || String(raw).trim() === "") return null;
  const id = referenceIdOf(raw, "assignedTo");
  const staff = await ctx.db.auctionStaff.findUnique({ where: { id }, select: { status: true } });
  if (!staff || staff.status !== "active") {
    throw invalid("Unknown assignee", { fields: [{ path: "assignedTo", message: `Staff member ${id} does not exist or is blocked` }] });
  }
  return id;
}

const dueDateOf = (raw: string | null | undefined) => (raw ? parseDate(raw)! : null);

/** POST tasks: a title and an existing reference (an item unless reference_type says otherwise); the caller creates. */
export async function createTask(ctx: Context, input: CreateTaskInput) {
  if (!input.title) throw required("title");
  if (input.reference === undefined || input.reference === null || String(input.reference).trim() === "") throw required("reference");
  const referenceType = input.referenceType ?? "item";
  const referenceId = referenceIdOf(input.reference, "reference");
  await assertContentExists(ctx.db, referenceType, referenceId, "reference");
  const assignedToId = await assigneeOf(ctx, input.assignedTo);
  const me = staffIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const task = await tx.auctionTask.create({
      data: {
        referenceType, referenceId, taskType: input.taskType ?? "general", title: input.title!, description: input.description ?? "",
        priority: input.priority ?? "normal", assignedToId, createdById: me, dueDate: dueDateOf(input.dueDate),
      },
    });
    await logActivity(tx, { type: "task_created", contentType: referenceType, contentId: referenceId, userId: me, message: `Task created: ${task.title}`, details: { task: String(task.id) } });
    return task;
  });
}

/**
 * PATCH tasks/:id: only the assignee, the creator or an administrator may change a task (403). Status moves follow
 * NEXT (422 otherwise); completing stamps completed_at, leaving completed (administrators only) clears it. The update
 * is conditional on the status read, so two concurrent moves cannot both win (409).
 */
export async function updateTask(ctx: Context, rawId: string, input: UpdateTaskInput) {
  const id = idOf(rawId, "Task");
  const task = await ctx.db.auctionTask.findUnique({ where: { id } });
  if (!task) throw missing("Task", rawId);
  const me = staffIdOf(ctx);
  const admin = isAdmin(ctx);
  if (!admin && task.assignedToId !== me && task.createdById !== me) {
    throw forbidden("Only the assignee, the creator or an administrator may change this task");
  }
  if (task.status === "completed" && !admin) throw unprocessable("The task is completed: only an administrator can reopen or change it");

  const data: Prisma.AuctionTaskUncheckedUpdateInput = {};
  if (input.title !== undefined) {
    if (!input.title) throw required("title");
    data.title = input.title;
  }
  if (input.description !== undefined) data.description = input.description ?? "";
  if (input.taskType) data.taskType = input.taskType;
  if (input.priority) data.priority = input.priority;
  if (input.completionNotes !== undefined) data.completionNotes = input.completionNotes ?? "";
  if (input.dueDate !== undefined) data.dueDate = dueDateOf(input.dueDate);
  if (input.assignedTo !== undefined) data.assignedToId = await assigneeOf(ctx, input.assignedTo);
  const status = input.status ?? task.status;
  if (status !== task.status) {
    if (!admin && !NEXT[task.status].includes(status)) throw unprocessable(`A task cannot move from ${task.status} to ${status}`);
    data.status = status;
    data.completedAt = status === "completed" ? new Date() : null;
  }

  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.auctionTask.updateMany({ where: { id, status: task.status }, data: data as Prisma.AuctionTaskUncheckedUpdateManyInput });
    if (count === 0) throw conflict("The task was changed meanwhile; reload it and try again");
    if (data.status) {
      await logActivity(tx, {
        type: status === "completed" ? "task_completed" : "task_status_change", contentType: task.referenceType as ContentType, contentId: task.referenceId,
        userId: me, message: `Task "${task.title}": ${task.status} → ${status}`, details: { task: String(id), old_value: task.status, new_value: status },
      });
    }
    return id;
  });
}

export async function findTask(ctx: Context, rawId: string, query: object) {
  const task = await ctx.db.auctionTask.findUnique({ ...query, where: { id: idOf(rawId, "Task") } });
  if (!task) throw missing("Task", rawId);
  return task;
}
