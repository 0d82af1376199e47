import { z } from "zod";

/** The records a note may be about. */
export const REFERENCE_TYPES = ["item", "order", "client", "sale", "consignment", "transaction", "task"] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export const NoteText = z.string().trim().max(10_000, "must be at most 10000 characters").nullish();
export const NoteReferenceType = z.enum(REFERENCE_TYPES, { message: `must be one of ${REFERENCE_TYPES.join(", ")}` }).nullish();
