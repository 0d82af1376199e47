import type { SystemRest } from "../../kernel/rest/route-table.ts";
import { posDialect } from "./dialect.ts";
import { authRoutes } from "./auth/auth.rest.ts";
import { usersRoutes } from "./users/users.rest.ts";
import { superAdminRoutes } from "./super-admin/super-admin.rest.ts";
import { auditRoutes } from "./audit/audit.rest.ts";
import { productsRoutes } from "./products/products.rest.ts";
import { categoriesRoutes } from "./categories/categories.rest.ts";
import { inventoryRoutes } from "./inventory/inventory.rest.ts";
import { salesRoutes } from "./sales/sales.rest.ts";
import { paymentsRoutes } from "./payments/payments.rest.ts";
import { receiptsRoutes } from "./receipts/receipts.rest.ts";
import { customersRoutes } from "./customers/customers.rest.ts";
import { suppliersRoutes } from "./suppliers/suppliers.rest.ts";
import { purchasesRoutes } from "./purchases/purchases.rest.ts";
import { expensesRoutes } from "./expenses/expenses.rest.ts";
import { reportsRoutes } from "./reports/reports.rest.ts";
import { storesRoutes } from "./stores/stores.rest.ts";
import { tenantsRoutes } from "./tenants/tenants.rest.ts";

/** Every documented pos endpoint (../shared/specs/pos.txt), module by module. */
export const posRest: SystemRest = {
  system: "pos",
  title: "Point of sale",
  description: "Multi-store point of sale API: products, inventory, checkout, payments, customers, loyalty, suppliers, reports. "
    + "Success {success: true, data, meta?}; errors {success: false, error: {code, message, details}}.",
  legacyPortEnv: "POS_PORT",
  documentedBaseUrl: "http://localhost:5000/api",
  routes: [...authRoutes, ...usersRoutes, ...superAdminRoutes, ...auditRoutes, ...productsRoutes, ...categoriesRoutes, ...inventoryRoutes, ...salesRoutes, ...paymentsRoutes, ...receiptsRoutes, ...customersRoutes, ...suppliersRoutes, ...purchasesRoutes, ...expensesRoutes, ...reportsRoutes, ...storesRoutes, ...tenantsRoutes],
  dialect: posDialect,
};
