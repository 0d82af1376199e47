import { builder } from "../../../builder.ts";
import { AuctionLabel, AuctionStaffRef } from "../shared/types.ts";
import { dateOnly } from "../shared/dates.ts";
import { contentLabels, titleOf } from "../activities/content.ts";
import { AuctionContentRef } from "../activities/activity.type.ts";

export const AuctionTask = builder.prismaObject("AuctionTask", {
  description: "A piece of work on a record (photograph an item, call a client, ...), assigned to a staff member.",
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeID("referenceId", { description: "Id of the record the task is about." }),
    referenceType: t.exposeString("referenceType", { description: "item, order, client, sale, consignment or transaction." }),
    content: t.field({
      type: AuctionContentRef,
      description: "The record the task is about, labelled (one query per content type for a whole page).",
      select: { referenceType: true, referenceId: true },
      resolve: async (task, _args, ctx) => ({
        id: task.referenceId, type: task.referenceType, label: await contentLabels(ctx).load(`${task.referenceType}:${task.referenceId}`),
      }),
    }),
    taskType: t.field({ type: AuctionLabel, select: { taskType: true }, resolve: (task) => ({ id: task.taskType, label: titleOf(task.taskType) }) }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    status: t.exposeString("status", { description: "open, in_progress or completed." }),
    priority: t.exposeString("priority", { description: "low, normal or high." }),
    assignedTo: t.field({
      type: AuctionStaffRef, nullable: true,
      select: { assignedTo: { select: { id: true, name: true } } },
      resolve: (task) => task.assignedTo,
    }),
    createdBy: t.field({
      type: AuctionStaffRef, nullable: true,
      select: { createdBy: { select: { id: true, name: true } } },
      resolve: (task) => task.createdBy,
    }),
    dueDate: t.string({ nullable: true, description: "YYYY-MM-DD", select: { dueDate: true }, resolve: (task) => dateOnly(task.dueDate) }),
    completionNotes: t.exposeString("completionNotes"),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    created: t.expose("createdAt", { type: "DateTime" }),
    updated: t.expose("updatedAt", { type: "DateTime" }),
  }),
});
