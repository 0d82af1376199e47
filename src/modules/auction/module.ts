import type { SystemModule } from "../../kernel/system.ts";
import { auctionRest } from "./rest.ts";
import { stillValid } from "./auth/auth.service.ts";
import { seedAuctionDemo } from "./seed.ts";
import { auctionConfig } from "./config.ts";
import { auctionJobs } from "./queue/queue.jobs.ts";

export const auctionModule: SystemModule = {
  id: "auction",
  audience: "auction",
  rest: auctionRest,
  // one indexed lookup per call: blocked staff, changed passwords and changed roles revoke older tokens at once
  validatePrincipal: stillValid,
  // the bulk-dispatcher queue is worked by the serving process (rows in auction_jobs survive restarts)
  jobs: auctionJobs,
  seedDemo: seedAuctionDemo,
  isFresh: async ({ db }) => (await db.auctionStaff.count()) === 0,
  checkConfig: (c) => { auctionConfig(c); },
};
