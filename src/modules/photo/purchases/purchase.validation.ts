import { z } from "zod";

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;

// Over-max limits are rejected (400) rather than clamped: the envelope echoes `limit`, so a silent clamp would
// answer a different question than the one asked.
export const PageModel = z.number().int().min(1, "must be 1 or more").max(100_000, "must be at most 100000");
export const LimitModel = z.number().int().min(1, "must be 1 or more").max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`);
