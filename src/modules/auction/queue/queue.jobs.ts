import type { BackgroundJob } from "../../../kernel/system.ts";
import { runAuctionQueueOnce } from "./queue.worker.ts";

/** auction's background work: the bulk-dispatcher queue, worked every 2 seconds in the serving process. */
export const auctionJobs: BackgroundJob[] = [
  { name: "auction-queue", everyMs: 2_000, run: async (services) => { await runAuctionQueueOnce(services); } },
];
