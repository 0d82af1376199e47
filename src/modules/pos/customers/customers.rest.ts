import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const GROUP = "{ id name discountPercent customerCount createdAt updatedAt }";
const CUSTOMER_LIST = "id name email phone address groupId group { id name discountPercent } creditLimit balance availableCredit loyaltyPoints createdAt updatedAt";
const CUSTOMER = `{ ${CUSTOMER_LIST} totals { salesCount salesTotal refundedTotal lastSaleAt } }`;
const LEDGER_ENTRY = "id customerId type amount balanceAfter referenceType referenceId note userId createdAt";
const LOYALTY_ENTRY = "id customerId type points balanceAfter saleId reason userId createdAt";

export const customersRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/customers/groups", operation: "Query.posCustomerGroups", select: GROUP,
    summary: "List customer groups by name → data: [{id, name, discountPercent (percent), customerCount}]." },
  { method: "POST", path: "/api/v1/customers/groups", operation: "Mutation.createPosCustomerGroup", status: 201, bodyArg: "input", select: GROUP,
    summary: "Create group {name, discountPercent? (0..100, ≤ 2 decimals)} → 201; 409 when the name exists." },
  { method: "PATCH", path: "/api/v1/customers/groups/:id", operation: "Mutation.updatePosCustomerGroup", bodyArg: "input", select: GROUP,
    summary: "Update group {name?, discountPercent?}; 409 when the new name exists." },
  { method: "DELETE", path: "/api/v1/customers/groups/:id", operation: "Mutation.deletePosCustomerGroup", select: GROUP,
    summary: "Delete group: its customers stay, without a group → the deleted group." },
  { method: "GET", path: "/api/v1/customers/loyalty/program", operation: "Query.posLoyaltyProgram",
    select: "{ enabled pointsPerUnit redeemValue minRedeemPoints currency earnRule redeemRule }",
    summary: "Loyalty program config (tenant settings; changed through PATCH /api/v1/tenants/me/settings): redeemValue is currency units per point." },
  { method: "GET", path: "/api/v1/customers", operation: "Query.posCustomers", select: `{ items { ${CUSTOMER_LIST} } total page limit }`,
    summary: "List customers (page, limit ≤ 100, search over name/phone/email, groupId, hasDue=true|false) → data: [...], meta." },
  { method: "POST", path: "/api/v1/customers", operation: "Mutation.createPosCustomer", status: 201, bodyArg: "input", select: CUSTOMER,
    summary: "Create customer {name, email?, phone?, address?, groupId?, creditLimit?} → 201; 409 when the e-mail or phone belongs to a live customer." },
  { method: "GET", path: "/api/v1/customers/:id", operation: "Query.posCustomer", select: CUSTOMER,
    summary: "Customer detail: group, balance, creditLimit, availableCredit, loyaltyPoints, totals {salesCount, salesTotal, refundedTotal, lastSaleAt}." },
  { method: "PATCH", path: "/api/v1/customers/:id", operation: "Mutation.updatePosCustomer", bodyArg: "input", select: CUSTOMER,
    summary: "Update customer: only the given fields change; null clears email/phone/address/groupId." },
  { method: "DELETE", path: "/api/v1/customers/:id", operation: "Mutation.deletePosCustomer", select: CUSTOMER,
    summary: "Soft-delete customer → the deleted customer; 422 CUSTOMER_HAS_BALANCE while balance ≠ 0." },
  { method: "GET", path: "/api/v1/customers/:id/ledger", operation: "Query.posCustomerLedger", select: `{ items { ${LEDGER_ENTRY} } total page limit }`,
    summary: "Customer financial ledger, newest first: signed amount (> 0 raises what is owed) and balanceAfter per entry → data: [...], meta." },
  { method: "GET", path: "/api/v1/customers/:id/loyalty", operation: "Query.posCustomerLoyalty",
    select: `{ customerId points pointsValue entries { ${LOYALTY_ENTRY} } pagination { page limit total totalPages } }`,
    summary: "Loyalty point history → data: {customerId, points (current), pointsValue, entries (newest first), pagination}." },
  { method: "POST", path: "/api/v1/customers/:id/loyalty/adjust", operation: "Mutation.adjustPosCustomerLoyalty", bodyArg: "input",
    select: `{ points customer { id name loyaltyPoints } entry { ${LOYALTY_ENTRY} } }`,
    summary: "Adjust loyalty points {points (signed, ≠ 0), reason} → {points, customer, entry}; 422 INSUFFICIENT_POINTS below zero." },
];
