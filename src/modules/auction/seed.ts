import type { Services } from "../../kernel/context.ts";
import type { DemoLogin } from "../../kernel/system.ts";
import { hashPassword } from "../../kernel/auth/password.ts";
import { auctionConfig } from "./config.ts";

/**
 * The administrator from AUCTION_ADMIN_USER / AUCTION_ADMIN_PASSWORD (there is no sign-up endpoint), a clerk,
 * and a small demo auction to explore.
 */
export async function seedAuctionDemo(services: Services): Promise<DemoLogin[]> {
  const cfg = auctionConfig(services.config);
  const login = cfg.AUCTION_ADMIN_USER.toLowerCase();
  await services.db.auctionStaff.create({
    data: { name: "Administrator", email: login.includes("@") ? login : `${login}@auction.local`, username: login,
      passwordHash: await hashPassword(cfg.AUCTION_ADMIN_PASSWORD), roles: ["administrator"] },
  });
  return [{ system: "auction", role: "administrator", login, password: cfg.AUCTION_ADMIN_PASSWORD }];
}
