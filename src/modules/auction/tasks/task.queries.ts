import { builder } from "../../../builder.ts";
import { listArgs } from "../../../kernel/list/inputs.ts";
import { dataPageType, resolveDataPage } from "../../../kernel/list/page.ts";
import { STAFF } from "../roles.ts";
import { AuctionTask } from "./task.type.ts";
import { taskGrammar } from "./task.grammar.ts";
import { findTask } from "./task.service.ts";

export const AuctionTaskPage = dataPageType("AuctionTaskPage", AuctionTask, "A page of tasks and how many match.");
const taskArgs = listArgs(taskGrammar);

builder.queryFields((t) => ({
  auctionTasks: t.field({
    description: "Tasks: filter by reference, reference_type, status, assigned_to, priority, task_type, due_date; oldest first.",
    type: AuctionTaskPage,
    authScopes: { role: STAFF },
    args: taskArgs(t),
    resolve: (_root, args, ctx, info) => resolveDataPage({ ctx, info, grammar: taskGrammar, args, model: ctx.db.auctionTask }),
  }),
  auctionTask: t.prismaField({
    description: "One task.",
    type: AuctionTask,
    authScopes: { role: STAFF },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => findTask(ctx, String(id), query),
  }),
}));
