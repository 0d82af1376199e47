import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";

/** A sale row inserted directly (checkout is tested in the sales area); amounts in cents. */
export function posSaleRow(app: TestApp, f: { tenantId: string; storeId: string; cashierId: string; total: number; createdAt?: Date; status?: "COMPLETED" | "VOIDED" | "PARTIALLY_RETURNED"; refundedTotal?: number }) {
  return app.services.db.posSale.create({
    data: {
      tenantId: f.tenantId, storeId: f.storeId, cashierId: f.cashierId, number: unique("S"), subtotal: f.total, total: f.total,
      paidTotal: f.total, status: f.status ?? "COMPLETED", refundedTotal: f.refundedTotal ?? 0, ...(f.createdAt ? { createdAt: f.createdAt } : {}),
    },
  });
}

/** A transfer row inserted directly (transfers are tested in the inventory area). */
export function posTransferRow(app: TestApp, f: { tenantId: string; fromStoreId: string; toStoreId: string; status?: "PENDING" | "IN_TRANSIT" | "COMPLETED" | "CANCELLED" }) {
  return app.services.db.posTransfer.create({ data: { tenantId: f.tenantId, fromStoreId: f.fromStoreId, toStoreId: f.toStoreId, number: unique("T"), status: f.status ?? "PENDING" } });
}
