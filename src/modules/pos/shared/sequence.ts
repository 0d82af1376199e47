import type { Prisma } from "../../../../generated/prisma/client.ts";

/**
 * The next number of a tenant's series (sale receipts `S-000123`, transfers, purchase orders): one atomic upsert
 * inside the creating transaction, so concurrent creations never share a number.
 */
export async function nextNumber(tx: Prisma.TransactionClient, tenantId: string, name: string, prefix: string): Promise<string> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO pos_sequences ("tenantId", name, value) VALUES (${tenantId}::uuid, ${name}, 1)
    ON CONFLICT ("tenantId", name) DO UPDATE SET value = pos_sequences.value + 1
    RETURNING value`;
  return `${prefix}-${String(rows[0]!.value).padStart(6, "0")}`;
}
