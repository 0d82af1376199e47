import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const EXPENSE = `{ id categoryId category { id name } amount date description storeId store { id name code } paymentMethod reference userId createdAt updatedAt }`;
const CATEGORY = `{ id name expenseCount createdAt }`;
const BUCKETS = `total count`;

// the fixed paths (categories, summary) come before /:id
export const expensesRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/expenses/categories", operation: "Query.posExpenseCategories", select: CATEGORY,
    summary: "Expense categories by name, each with its expenseCount." },
  { method: "POST", path: "/api/v1/expenses/categories", operation: "Mutation.createPosExpenseCategory", status: 201, bodyArg: "input", select: CATEGORY,
    summary: "Create an expense category {name} → 201; 409 when the name exists (case-insensitive)." },
  { method: "DELETE", path: "/api/v1/expenses/categories/:id", operation: "Mutation.deletePosExpenseCategory", select: CATEGORY,
    summary: "Delete an expense category → the deleted category; 422 while it has expenses." },
  { method: "GET", path: "/api/v1/expenses/summary", operation: "Query.posExpenseSummary",
    select: `{ from to storeId ${BUCKETS} byCategory { category { id name } ${BUCKETS} } byMonth { month ${BUCKETS} } byPaymentMethod { method ${BUCKETS} } }`,
    summary: "Expense summary ?from&to (days, inclusive)&storeId: total, count, byCategory, byMonth (YYYY-MM), byPaymentMethod." },
  { method: "GET", path: "/api/v1/expenses", operation: "Query.posExpenses", select: `{ items ${EXPENSE} total page limit }`,
    summary: "List expenses (page, limit, categoryId, storeId, from, to (days, inclusive), search in the description), latest day first." },
  { method: "POST", path: "/api/v1/expenses", operation: "Mutation.createPosExpense", status: 201, bodyArg: "input", select: EXPENSE,
    summary: "Record an expense {categoryId, amount, date (YYYY-MM-DD), description?, storeId?, paymentMethod? (CASH), reference?} → 201." },
  { method: "GET", path: "/api/v1/expenses/:id", operation: "Query.posExpense", select: EXPENSE, summary: "One expense." },
  { method: "PATCH", path: "/api/v1/expenses/:id", operation: "Mutation.updatePosExpense", bodyArg: "input", select: EXPENSE,
    summary: "Update an expense: only the given fields change (storeId null: tenant-wide)." },
  { method: "DELETE", path: "/api/v1/expenses/:id", operation: "Mutation.deletePosExpense", select: EXPENSE,
    summary: "Delete an expense for good → the deleted expense (audited)." },
];
