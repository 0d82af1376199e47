import type { Prisma } from "../../../../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

/**
 * The next human-facing number of a series (invoice numbers, customer numbers, consignment numbers): one atomic
 * upsert, so concurrent creations never share a number; call it inside the creating transaction.
 */
export async function nextNumber(tx: Tx, name: string, start: number): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO auction_sequences (name, value) VALUES (${name}, ${start})
    ON CONFLICT (name) DO UPDATE SET value = auction_sequences.value + 1
    RETURNING value`;
  return rows[0]!.value;
}
