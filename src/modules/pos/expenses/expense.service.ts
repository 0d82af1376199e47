import { Prisma } from "../../../../generated/prisma/client.ts";
import type { PosPaymentMethod } from "../../../../generated/prisma/enums.ts";
import type { Context } from "../../../kernel/context.ts";
import { conflict, DomainError, invalid, notFound } from "../../../kernel/errors.ts";
import type { OffsetPage } from "../../../kernel/pagination.ts";
import { audit } from "../shared/audit.ts";
import { paged } from "../shared/paging.ts";
import { live, tenantIdOf, userIdOf, uuidOf } from "../shared/tenancy.ts";
import { dayOf } from "../shared/dates.ts";
import type { ExpenseSummary } from "./expense.type.ts";

type PlannedQuery = { select?: object; include?: object };
type Tx = Prisma.TransactionClient;

// ---- categories ----

export async function listCategories(ctx: Context, query: PlannedQuery) {
  return ctx.db.posExpenseCategory.findMany({ ...query, where: { tenantId: tenantIdOf(ctx) }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/** A new category; names are unique per tenant regardless of case (409). */
export async function createCategory(ctx: Context, input: { name: string }): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const name = input.name.trim();
  return ctx.db.$transaction(async (tx) => {
    const same = await tx.posExpenseCategory.findFirst({ where: { tenantId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
    if (same) throw conflict("An expense category with this name already exists", { fields: ["name"] });
    const category = await tx.posExpenseCategory.create({ data: { tenantId, name } });
    await audit(tx, ctx, { action: "expense_category.create", entityType: "expense_category", entityId: category.id, after: category });
    return category.id;
  });
}

/** Deletes a category that no expense uses (422 otherwise); returns it as it was. */
export async function deleteCategory(ctx: Context, rawId: string, query: PlannedQuery) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Expense category");
  return ctx.db.$transaction(async (tx) => {
    // the lock keeps an expense from being filed under the category while it goes (createExpense locks it too)
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM pos_expense_categories WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (!locked.length) throw notFound("Expense category");
    const category = await tx.posExpenseCategory.findUniqueOrThrow({ ...query, where: { id } });
    const used = await tx.posExpense.count({ where: { categoryId: id } });
    if (used > 0) throw new DomainError("UNPROCESSABLE", "The category still has expenses", { code: "CATEGORY_IN_USE", expenseCount: used });
    await tx.posExpenseCategory.delete({ where: { id } });
    await audit(tx, ctx, { action: "expense_category.delete", entityType: "expense_category", entityId: id, before: category });
    return category;
  });
}

// ---- expenses ----

async function lockCategory(tx: Tx, tenantId: string, rawId: string): Promise<string> {
  const id = uuidOf(rawId, "Expense category");
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM pos_expense_categories WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR SHARE`;
  if (!rows.length) throw notFound("Expense category");
  return id;
}

async function checkStore(tx: Tx, tenantId: string, rawId: string): Promise<string> {
  const id = uuidOf(rawId, "Store");
  const store = await tx.posStore.findFirst({ where: live(tenantId, { id }), select: { id: true } });
  if (!store) throw notFound("Store");
  return id;
}

export type ExpenseFilter = {
  page?: number | null; limit?: number | null; search?: string | null; categoryId?: string | null; storeId?: string | null;
  from?: string | null; to?: string | null;
};

const dateRange = (from?: string | null, to?: string | null) =>
  (from || to ? { date: { ...(from ? { gte: dayOf(from) } : {}), ...(to ? { lte: dayOf(to) } : {}) } } : {});

export async function listExpenses(ctx: Context, f: ExpenseFilter, query: PlannedQuery): Promise<OffsetPage> {
  const { page, limit, skip, take } = paged(f);
  const search = f.search?.trim();
  const where: Prisma.PosExpenseWhereInput = {
    tenantId: tenantIdOf(ctx),
    ...(f.categoryId ? { categoryId: f.categoryId.toLowerCase() } : {}),
    ...(f.storeId ? { storeId: f.storeId.toLowerCase() } : {}),
    ...dateRange(f.from, f.to),
    ...(search ? { description: { contains: search, mode: "insensitive" } } : {}),
  };
  const [items, total] = await Promise.all([
    ctx.db.posExpense.findMany({ ...query, where, orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }], skip, take }),
    ctx.db.posExpense.count({ where }),
  ]);
  return { items, total, page, limit };
}

export async function findExpense(ctx: Context, rawId: string, query: PlannedQuery = {}) {
  const id = uuidOf(rawId, "Expense");
  const expense = await ctx.db.posExpense.findFirst({ ...query, where: { id, tenantId: tenantIdOf(ctx) } });
  if (!expense) throw notFound("Expense");
  return expense;
}

export type ExpenseInput = {
  categoryId?: string | null; amount?: number | null; date?: string | null; description?: string | null; storeId?: string | null;
  paymentMethod?: PosPaymentMethod | null; reference?: string | null;
};
const text = (s: string | null | undefined) => (s == null ? null : s.trim() || null);

export async function createExpense(ctx: Context, input: ExpenseInput & { categoryId: string; amount: number; date: string }): Promise<string> {
  const tenantId = tenantIdOf(ctx);
  const userId = userIdOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const categoryId = await lockCategory(tx, tenantId, input.categoryId);
    const storeId = input.storeId ? await checkStore(tx, tenantId, input.storeId) : null;
    const expense = await tx.posExpense.create({
      data: {
        tenantId, categoryId, storeId, userId, amount: input.amount, date: dayOf(input.date),
        description: text(input.description), paymentMethod: input.paymentMethod ?? "CASH", reference: text(input.reference),
      },
    });
    await audit(tx, ctx, { action: "expense.create", entityType: "expense", entityId: expense.id, after: expense });
    return expense.id;
  });
}

/** Changes only the given fields; `storeId: null` makes the expense tenant-wide again. */
export async function updateExpense(ctx: Context, rawId: string, input: ExpenseInput): Promise<void> {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Expense");
  await ctx.db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM pos_expenses WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (!rows.length) throw notFound("Expense");
    const before = await tx.posExpense.findUniqueOrThrow({ where: { id } });
    const data: Prisma.PosExpenseUncheckedUpdateInput = {};
    if (input.categoryId != null) data.categoryId = await lockCategory(tx, tenantId, input.categoryId);
    if (input.storeId !== undefined) data.storeId = input.storeId === null ? null : await checkStore(tx, tenantId, input.storeId);
    if (input.amount != null) data.amount = input.amount;
    if (input.date != null) data.date = dayOf(input.date);
    if (input.description !== undefined) data.description = text(input.description);
    if (input.paymentMethod != null) data.paymentMethod = input.paymentMethod;
    if (input.reference !== undefined) data.reference = text(input.reference);
    const after = await tx.posExpense.update({ where: { id }, data });
    await audit(tx, ctx, { action: "expense.update", entityType: "expense", entityId: id, before, after });
  });
}

/** Hard delete; returns the expense as it was. */
export async function deleteExpense(ctx: Context, rawId: string, query: PlannedQuery) {
  const tenantId = tenantIdOf(ctx);
  const id = uuidOf(rawId, "Expense");
  return ctx.db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM pos_expenses WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (!rows.length) throw notFound("Expense");
    const shown = await tx.posExpense.findUniqueOrThrow({ ...query, where: { id } });
    const before = await tx.posExpense.delete({ where: { id } });
    await audit(tx, ctx, { action: "expense.delete", entityType: "expense", entityId: id, before });
    return shown;
  });
}

// ---- summary ----

/**
 * Totals over the tenant's expenses (optionally a day range, inclusive, and one store), grouped in the database by
 * category, by calendar month of the expense day, and by payment method.
 */
export async function expenseSummary(ctx: Context, f: { from?: string | null; to?: string | null; storeId?: string | null }): Promise<ExpenseSummary> {
  const tenantId = tenantIdOf(ctx);
  if (f.from && f.to && f.from > f.to) throw invalid("Validation failed", { fields: [{ path: "from", message: "must not be after to" }] });
  const storeId = f.storeId ? f.storeId.toLowerCase() : null;
  const where: Prisma.PosExpenseWhereInput = { tenantId, ...(storeId ? { storeId } : {}), ...dateRange(f.from, f.to) };
  const conds = [Prisma.sql`"tenantId" = ${tenantId}::uuid`];
  if (storeId) conds.push(Prisma.sql`"storeId" = ${storeId}::uuid`);
  if (f.from) conds.push(Prisma.sql`date >= ${f.from}::date`);
  if (f.to) conds.push(Prisma.sql`date <= ${f.to}::date`);
  const [all, byCategory, byMethod, byMonth] = await Promise.all([
    ctx.db.posExpense.aggregate({ where, _sum: { amount: true }, _count: { _all: true } }),
    ctx.db.posExpense.groupBy({ by: ["categoryId"], where, _sum: { amount: true }, _count: { _all: true } }),
    ctx.db.posExpense.groupBy({ by: ["paymentMethod"], where, _sum: { amount: true }, _count: { _all: true } }),
    ctx.db.$queryRaw<{ month: string; total: bigint; count: bigint }[]>`
      SELECT to_char(date, 'YYYY-MM') AS month, SUM(amount)::bigint AS total, COUNT(*)::bigint AS count
      FROM pos_expenses WHERE ${Prisma.join(conds, " AND ")}
      GROUP BY 1 ORDER BY 1`,
  ]);
  const categories = byCategory.length
    ? await ctx.db.posExpenseCategory.findMany({ where: { id: { in: byCategory.map((c) => c.categoryId) } }, select: { id: true, name: true } })
    : [];
  const names = new Map(categories.map((c) => [c.id, c]));
  const desc = <T extends { total: number }>(rows: T[]) => rows.sort((a, b) => b.total - a.total);
  return {
    from: f.from ?? null, to: f.to ?? null, storeId,
    total: all._sum.amount ?? 0,
    count: all._count._all,
    byCategory: desc(byCategory.map((c) => ({
      category: names.get(c.categoryId) ?? { id: c.categoryId, name: "" }, total: c._sum.amount ?? 0, count: c._count._all,
    }))),
    byMonth: byMonth.map((m) => ({ month: m.month, total: Number(m.total), count: Number(m.count) })),
    byPaymentMethod: desc(byMethod.map((m) => ({ method: m.paymentMethod, total: m._sum.amount ?? 0, count: m._count._all }))),
  };
}
