import type { SystemModule } from "../../kernel/system.ts";
import { auctionRest } from "./rest.ts";
import { stillValid } from "./auth/auth.service.ts";
import { seedAuctionDemo } from "./seed.ts";
import { auctionConfig } from "./config.ts";

export const auctionModule: SystemModule = {
  id: "auction",
  audience: "auction",
  rest: auctionRest,
  // one indexed lookup per call: blocked staff, changed passwords and changed roles revoke older tokens at once
  validatePrincipal: stillValid,
  seedDemo: seedAuctionDemo,
  isFresh: async ({ db }) => (await db.auctionStaff.count()) === 0,
  checkConfig: (c) => { auctionConfig(c); },
};
