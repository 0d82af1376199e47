import { builder } from "../../../builder.ts";
import { offsetPageType } from "../../../kernel/pagination.ts";
import { dayText } from "../shared/dates.ts";
import { PosPurchasePaymentMethod, PosStoreRef, storeRefs } from "../purchases/purchase.refs.ts";

export const PosExpenseCategory = builder.prismaObject("PosExpenseCategory", {
  description: "A category of expenses (rent, utilities, salaries...), unique by name per tenant.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    expenseCount: t.relationCount("expenses", { description: "Expenses filed under the category." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

type CategoryRef = { id: string; name: string };
export const PosExpenseCategoryRef = builder.objectRef<CategoryRef>("PosExpenseCategoryRef").implement({
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

export const PosExpense = builder.prismaObject("PosExpense", {
  description: "Money spent outside purchases (rent, utilities...), on a day, optionally for one store.",
  fields: (t) => ({
    id: t.exposeID("id"),
    categoryId: t.exposeID("categoryId"),
    category: t.field({ type: PosExpenseCategoryRef, select: { category: { select: { id: true, name: true } } }, resolve: (e) => e.category }),
    amount: t.field({ type: "Amount", resolve: (e) => e.amount }),
    date: t.string({ description: "The day of the expense, YYYY-MM-DD.", select: { date: true }, resolve: (e) => dayText(e.date) }),
    description: t.exposeString("description", { nullable: true }),
    storeId: t.exposeID("storeId", { nullable: true }),
    store: t.field({ type: PosStoreRef, nullable: true, resolve: (e, _a, ctx) => (e.storeId ? storeRefs(ctx).load(e.storeId) : null) }),
    paymentMethod: t.field({ type: PosPurchasePaymentMethod, resolve: (e) => e.paymentMethod }),
    reference: t.exposeString("reference", { nullable: true }),
    userId: t.exposeID("userId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PosExpensePage = offsetPageType("PosExpensePage", PosExpense, "A page of expenses, latest day first.");

type Bucket = { total: number; count: number };
const PosExpenseCategoryTotal = builder.objectRef<Bucket & { category: CategoryRef }>("PosExpenseCategoryTotal").implement({
  fields: (t) => ({
    category: t.field({ type: PosExpenseCategoryRef, resolve: (b) => b.category }),
    total: t.field({ type: "Amount", resolve: (b) => b.total }),
    count: t.exposeInt("count"),
  }),
});
const PosExpenseMonthTotal = builder.objectRef<Bucket & { month: string }>("PosExpenseMonthTotal").implement({
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    total: t.field({ type: "Amount", resolve: (b) => b.total }),
    count: t.exposeInt("count"),
  }),
});
const PosExpenseMethodTotal = builder.objectRef<Bucket & { method: string }>("PosExpenseMethodTotal").implement({
  fields: (t) => ({
    method: t.field({ type: PosPurchasePaymentMethod, resolve: (b) => b.method as never }),
    total: t.field({ type: "Amount", resolve: (b) => b.total }),
    count: t.exposeInt("count"),
  }),
});

export type ExpenseSummary = Bucket & {
  from: string | null; to: string | null; storeId: string | null;
  byCategory: (Bucket & { category: CategoryRef })[]; byMonth: (Bucket & { month: string })[]; byPaymentMethod: (Bucket & { method: string })[];
};
export const PosExpenseSummary = builder.objectRef<ExpenseSummary>("PosExpenseSummary").implement({
  description: "Expense totals over a period (computed in the database), by category, month and payment method.",
  fields: (t) => ({
    from: t.exposeString("from", { nullable: true }),
    to: t.exposeString("to", { nullable: true }),
    storeId: t.exposeID("storeId", { nullable: true }),
    total: t.field({ type: "Amount", resolve: (s) => s.total }),
    count: t.exposeInt("count"),
    byCategory: t.field({ type: [PosExpenseCategoryTotal], description: "Largest total first.", resolve: (s) => s.byCategory }),
    byMonth: t.field({ type: [PosExpenseMonthTotal], description: "Chronological.", resolve: (s) => s.byMonth }),
    byPaymentMethod: t.field({ type: [PosExpenseMethodTotal], description: "Largest total first.", resolve: (s) => s.byPaymentMethod }),
  }),
});
