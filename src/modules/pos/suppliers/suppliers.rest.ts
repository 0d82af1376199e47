import type { RestRoute } from "../../../kernel/rest/route-table.ts";

const SUPPLIER_LIST = "id name contactName email phone address balance createdAt updatedAt";
const SUPPLIER = `{ ${SUPPLIER_LIST} purchases { orderCount openOrderCount totalOrdered totalReceived totalPaid lastOrderAt } }`;

export const suppliersRoutes: RestRoute[] = [
  { method: "GET", path: "/api/v1/suppliers", operation: "Query.posSuppliers", select: `{ items { ${SUPPLIER_LIST} } total page limit }`,
    summary: "List suppliers (page, limit ≤ 100, search over name/contactName/email/phone) → data: [...], meta." },
  { method: "POST", path: "/api/v1/suppliers", operation: "Mutation.createPosSupplier", status: 201, bodyArg: "input", select: SUPPLIER,
    summary: "Create supplier {name, contactName?, email?, phone?, address?} → 201; 409 when a live supplier has the name." },
  { method: "GET", path: "/api/v1/suppliers/:id", operation: "Query.posSupplier", select: SUPPLIER,
    summary: "Supplier detail with purchase totals {orderCount, openOrderCount, totalOrdered, totalReceived, totalPaid, lastOrderAt} and balance." },
  { method: "PATCH", path: "/api/v1/suppliers/:id", operation: "Mutation.updatePosSupplier", bodyArg: "input", select: SUPPLIER,
    summary: "Update supplier: only the given fields change; 409 when the new name is taken." },
  { method: "DELETE", path: "/api/v1/suppliers/:id", operation: "Mutation.deletePosSupplier", select: SUPPLIER,
    summary: "Soft-delete supplier → the deleted supplier; 422 SUPPLIER_HAS_OPEN_ORDERS / SUPPLIER_HAS_BALANCE." },
];
