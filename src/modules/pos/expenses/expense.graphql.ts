import { queryFromInfo } from "@pothos/plugin-prisma";
import { z } from "zod";
import { builder } from "../../../builder.ts";
import { can } from "../permissions.ts";
import { pageArgs } from "../shared/paging.ts";
import { DayModel } from "../shared/dates.ts";
import { PosPurchasePaymentMethod, UuidArg } from "../purchases/purchase.refs.ts";
import { PosExpense, PosExpenseCategory, PosExpensePage, PosExpenseSummary } from "./expense.type.ts";
import * as expenses from "./expense.service.ts";

const Id = z.string().trim().min(1, "is required");
const Amount = z.number().int().positive("must be more than 0").max(2_000_000_000, "must be at most 20000000");
const Description = z.string().max(1000, "must be at most 1000 characters");
const Reference = z.string().max(200, "must be at most 200 characters");

const CreatePosExpenseCategoryInput = builder.inputType("CreatePosExpenseCategoryInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters") }),
  }),
});

const CreatePosExpenseInput = builder.inputType("CreatePosExpenseInput", {
  fields: (t) => ({
    categoryId: t.string({ required: true, validate: Id }),
    amount: t.field({ type: "Amount", required: true, validate: Amount }),
    date: t.string({ required: true, description: "YYYY-MM-DD", validate: DayModel }),
    description: t.string({ validate: Description.nullish() }),
    storeId: t.string({ description: "The store the expense belongs to; omitted: the whole tenant.", validate: Id.nullish() }),
    paymentMethod: t.field({ type: PosPurchasePaymentMethod, description: "Default CASH." }),
    reference: t.string({ validate: Reference.nullish() }),
  }),
});

const UpdatePosExpenseInput = builder.inputType("UpdatePosExpenseInput", {
  fields: (t) => ({
    categoryId: t.string({ validate: Id.nullish() }),
    amount: t.field({ type: "Amount", validate: Amount.nullish() }),
    date: t.string({ description: "YYYY-MM-DD", validate: DayModel.nullish() }),
    description: t.string({ validate: Description.nullish() }),
    storeId: t.string({ description: "null: the whole tenant.", validate: Id.nullish() }),
    paymentMethod: t.field({ type: PosPurchasePaymentMethod }),
    reference: t.string({ validate: Reference.nullish() }),
  }),
});

const range = (t: any) => ({
  from: t.arg.string({ description: "First day (YYYY-MM-DD), inclusive.", validate: DayModel.nullish() }),
  to: t.arg.string({ description: "Last day (YYYY-MM-DD), inclusive.", validate: DayModel.nullish() }),
  storeId: t.arg.string({ validate: UuidArg.nullish() }),
});

builder.queryFields((t) => ({
  posExpenseCategories: t.prismaField({
    description: "The tenant's expense categories by name, with how many expenses each holds.",
    type: [PosExpenseCategory],
    authScopes: { role: can("expense:read") },
    resolve: (query, _root, _args, ctx) => expenses.listCategories(ctx, query),
  }),
  posExpenseSummary: t.field({
    description: "Expense totals (count, by category, by month, by payment method) over a day range and/or one store.",
    type: PosExpenseSummary,
    authScopes: { role: can("expense:read") },
    args: range(t),
    resolve: (_root, args, ctx) => expenses.expenseSummary(ctx, args as never),
  }),
  posExpenses: t.field({
    description: "The tenant's expenses, latest day first; search matches the description.",
    type: PosExpensePage,
    authScopes: { role: can("expense:read") },
    args: { ...pageArgs(t), ...range(t), categoryId: t.arg.string({ validate: UuidArg.nullish() }) },
    resolve: (_root, args, ctx, info) => expenses.listExpenses(ctx, args as expenses.ExpenseFilter, queryFromInfo({ context: ctx, info, path: ["items"] })),
  }),
  posExpense: t.prismaField({
    description: "One expense.",
    type: PosExpense,
    authScopes: { role: can("expense:read") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => expenses.findExpense(ctx, String(id), query),
  }),
}));

builder.mutationFields((t) => ({
  createPosExpenseCategory: t.prismaField({
    description: "Create an expense category (409 when the name exists, whatever its case).",
    type: PosExpenseCategory,
    authScopes: { role: can("expense:write") },
    args: { input: t.arg({ type: CreatePosExpenseCategoryInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await expenses.createCategory(ctx, input);
      return ctx.db.posExpenseCategory.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deletePosExpenseCategory: t.prismaField({
    description: "Delete an expense category no expense uses (422 otherwise); returns it.",
    type: PosExpenseCategory,
    authScopes: { role: can("expense:write") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => expenses.deleteCategory(ctx, String(id), query),
  }),
  createPosExpense: t.prismaField({
    description: "Record an expense.",
    type: PosExpense,
    authScopes: { role: can("expense:write") },
    args: { input: t.arg({ type: CreatePosExpenseInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => expenses.findExpense(ctx, await expenses.createExpense(ctx, input), query),
  }),
  updatePosExpense: t.prismaField({
    description: "Update an expense: only the given fields change.",
    type: PosExpense,
    authScopes: { role: can("expense:write") },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePosExpenseInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await expenses.updateExpense(ctx, String(id), input);
      return expenses.findExpense(ctx, String(id), query);
    },
  }),
  deletePosExpense: t.prismaField({
    description: "Delete an expense for good; returns it as it was.",
    type: PosExpense,
    authScopes: { role: can("expense:write") },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => expenses.deleteExpense(ctx, String(id), query),
  }),
}));
