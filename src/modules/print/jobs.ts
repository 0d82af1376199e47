import type { BackgroundJob } from "../../kernel/system.ts";

/** print's background work (the shop sweeper is registered here by the shops module). */
export const printJobs: BackgroundJob[] = [];
