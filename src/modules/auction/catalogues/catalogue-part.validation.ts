import { z } from "zod";

export const PartLabel = z.string().trim().min(1, "This field is required").max(255, "must be at most 255 characters");
export const PartDescription = z.string().trim().max(10_000, "must be at most 10000 characters");
export const PartWeight = z.number().int("must be a whole number").min(-1_000_000).max(1_000_000);
