import type { Prisma } from "../../../../generated/prisma/client.ts";

/**
 * Serializes a tenant's catalog writes (products, variants, categories) for the rest of the transaction. SKU and
 * barcode are unique across two tables (products and variants) and category names among siblings, which no single
 * unique index can enforce: checking then writing under this lock keeps two concurrent requests from both passing.
 */
export async function lockCatalog(tx: Prisma.TransactionClient, tenantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pos-catalog:${tenantId}`}))`;
}

/** A soft-deleted row's unique code, freed for reuse (the unique indexes also cover deleted rows). */
export const deletedCode = (code: string | null, id: string) => (code === null ? null : `${code}~deleted~${id}`);
