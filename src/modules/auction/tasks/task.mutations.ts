import { builder } from "../../../builder.ts";
import { TASKS } from "../roles.ts";
import { ContentTypeName, MachineName } from "../activities/activity.validation.ts";
import { AuctionTask } from "./task.type.ts";
import { DueDate, TaskPriorityName, TaskStatusName, TaskText, TaskTitle } from "./task.validation.ts";
import { createTask, findTask, updateTask, type CreateTaskInput, type UpdateTaskInput } from "./task.service.ts";

const common = (t: any) => ({
  taskType: t.string({ description: "Task type id (machine name), e.g. photography; default general.", validate: MachineName.nullish() }),
  title: t.string({ description: "Required on create.", validate: TaskTitle.nullish() }),
  description: t.string({ validate: TaskText.nullish() }),
  assignedTo: t.id({ description: "An active staff member; null unassigns." }),
  dueDate: t.string({ description: "YYYY-MM-DD; null clears.", validate: DueDate.nullish() }),
  priority: t.string({ description: "low, normal (default) or high.", validate: TaskPriorityName.nullish() }),
});

const CreateAuctionTaskInput = builder.inputType("CreateAuctionTaskInput", {
  fields: (t) => ({
    reference: t.id({ description: "Id of the record the task is about. Required." }),
    referenceType: t.string({ description: "item (default), order, client, sale, consignment or transaction.", validate: ContentTypeName.nullish() }),
    ...common(t),
  }),
});
const UpdateAuctionTaskInput = builder.inputType("UpdateAuctionTaskInput", {
  fields: (t) => ({
    status: t.string({ description: "open → in_progress → completed (or open → completed); reopening: administrators only.", validate: TaskStatusName.nullish() }),
    completionNotes: t.string({ validate: TaskText.nullish() }),
    ...common(t),
  }),
});

builder.mutationFields((t) => ({
  createAuctionTask: t.prismaField({
    description: "Create a task on a record (any staff member); the caller is its creator.",
    type: AuctionTask,
    authScopes: { role: TASKS },
    args: { input: t.arg({ type: CreateAuctionTaskInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const task = await createTask(ctx, input as CreateTaskInput);
      return findTask(ctx, String(task.id), query);
    },
  }),
  updateAuctionTask: t.prismaField({
    description: "Change a task (its assignee, its creator or an administrator): status, completion notes, title, assignee, due date, priority.",
    type: AuctionTask,
    authScopes: { role: TASKS },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAuctionTaskInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateTask(ctx, String(id), input as UpdateTaskInput);
      return findTask(ctx, String(id), query);
    },
  }),
}));
