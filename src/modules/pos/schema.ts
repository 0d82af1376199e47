// The pos system's GraphQL types and fields register themselves on import (keep these side-effect imports).
import "./auth/schema.ts";
import "./users/schema.ts";
import "./super-admin/schema.ts";
import "./audit/schema.ts";
import "./products/schema.ts";
import "./categories/schema.ts";
import "./inventory/schema.ts";
import "./sales/schema.ts";
import "./payments/schema.ts";
import "./receipts/schema.ts";
import "./customers/schema.ts";
import "./suppliers/schema.ts";
import "./purchases/schema.ts";
import "./expenses/schema.ts";
import "./reports/schema.ts";
import "./stores/schema.ts";
import "./tenants/schema.ts";
