import { CATALOGUE, CLIENT_DESK, STAFF } from "../roles.ts";
import type { RoleRef } from "../../../kernel/auth/principal.ts";

/** The bulk operations the dispatcher queues, the entity types each applies to and who may dispatch it. */
export const OPERATIONS = {
  /** one PDF with a label per item (lot, description, estimates) */
  print_labels: { entities: ["item"], roles: CATALOGUE },
  /** a CSV of the given rows */
  export_csv: { entities: ["item", "client", "order"], roles: STAFF },
  /** recompute stored order totals (subtotal, grand total, payments, amount due) */
  recalculate_totals: { entities: ["order"], roles: CLIENT_DESK },
} as const satisfies Record<string, { entities: readonly string[]; roles: readonly RoleRef[] }>;

export type Operation = keyof typeof OPERATIONS;
export type BulkEntity = "item" | "client" | "order";
export const isOperation = (name: string): name is Operation => Object.hasOwn(OPERATIONS, name);
export const MAX_BULK_IDS = 1000;
