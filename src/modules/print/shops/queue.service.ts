import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { Context } from "../../../kernel/context.ts";
import { notFound } from "../../../kernel/errors.ts";
import type { QueueGroup } from "./queue.type.ts";

/** Files still to be printed: withdrawn, cancelled and printed (downloaded) files leave the queue. */
const WAITING = ["uploaded", "printing"] as const;

/**
 * The shop's queue grouped by payment order (a file without an order is its own group), oldest first.
 * One statement whatever the queue length: grouping, sums and the customer's name are done in SQL.
 */
export function listQueue(ctx: Context, shopId: number): Promise<QueueGroup[]> {
  return ctx.db.$queryRaw<QueueGroup[]>`
    WITH g AS (
      SELECT COALESCE('order-' || f."paymentOrderId"::text, 'file-' || f.id::text) AS "orderGroupId",
        MIN(f.id) AS "firstFileId", MIN(f."paymentOrderId") AS "paymentOrderId", MIN(f."userId") AS "userId",
        COUNT(*)::int AS "filesCount", SUM(f."numPages")::int AS "totalPages", SUM(f.cost)::int AS "totalCost",
        MIN(f."createdAt") AS "createdAt",
        CASE WHEN bool_or(f.status = 'printing') THEN 'printing' ELSE 'uploaded' END AS status
      FROM print_files f
      WHERE f."shopkeeperId" = ${shopId} AND f."printType" = 'queue' AND f.status IN ('uploaded', 'printing')
      GROUP BY 1
    )
    SELECT g."orderGroupId", g."firstFileId", g."paymentOrderId", o."orderId", o.status::text AS "paymentStatus",
      COALESCE(oc."fullName", fc."fullName") AS "customerName",
      g."filesCount", g."totalPages", g."totalCost", g."createdAt", g.status
    FROM g
    LEFT JOIN print_payment_orders o ON o.id = g."paymentOrderId"
    LEFT JOIN print_users oc ON oc.id = o."userId"
    LEFT JOIN print_users fc ON fc.id = g."userId"
    ORDER BY g."createdAt", g."firstFileId"`;
}

/**
 * The files of one queue group at this shop: `order-<id>` (or a bare payment order id) or `file-<id>`.
 * An unknown key matches nothing, like another shop's group.
 */
export function groupWhere(shopId: number, orderGroupId: string): Prisma.PrintFileWhereInput {
  const scope = { shopkeeperId: shopId, printType: "queue" as const, status: { not: "cancelled" as const } };
  const order = /^(?:order-)?(\d{1,9})$/.exec(orderGroupId);
  if (order) return { ...scope, paymentOrderId: Number(order[1]) };
  const file = /^file-(\d{1,9})$/.exec(orderGroupId);
  if (file) return { ...scope, id: Number(file[1]), paymentOrderId: null };
  throw notFound("Order");
}

/** A file of this shop's queue that can still be downloaded (waiting to print, bytes still stored). */
export async function downloadableFile(ctx: Context, shopId: number, fileId: number) {
  const file = await ctx.db.printFile.findFirst({
    where: { id: fileId, shopkeeperId: shopId, printType: "queue", status: { in: [...WAITING] }, storageKey: { not: null } },
    select: { id: true, storageKey: true, originalName: true, mimeType: true },
  });
  if (!file) throw notFound("File");
  return file as typeof file & { storageKey: string };
}
