import { z } from "zod";

export const TermLabel = z.string().trim().min(1, "This field is required").max(255, "must be at most 255 characters");
export const Weight = z.number().int("must be a whole number").min(-1_000_000).max(1_000_000);
