import { z } from "zod";

export const CategoryName = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
export const SortOrder = z.number().int().min(0).max(1_000_000);
export const CategoryFormat = z.enum(["flat", "tree"], { message: "must be flat or tree" });
